package org.passerelle.moderation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PenaltyMessageRepository extends JpaRepository<PenaltyMessage, Long> {

    List<PenaltyMessage> findByPenaltyIdOrderByCreatedAtAsc(long penaltyId);

    List<PenaltyMessage> findByAuthorIdOrderByCreatedAtAsc(long authorId);
}
