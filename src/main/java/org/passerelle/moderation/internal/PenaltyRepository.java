package org.passerelle.moderation.internal;

import java.util.List;
import org.passerelle.moderation.PenaltyKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PenaltyRepository extends JpaRepository<Penalty, Long> {

    List<Penalty> findByUserIdAndKindAndLiftedAtIsNull(long userId, PenaltyKind kind);

    List<Penalty> findByUserIdOrderByCreatedAtDesc(long userId);

    List<Penalty> findTop200ByOrderByCreatedAtDesc();
}
