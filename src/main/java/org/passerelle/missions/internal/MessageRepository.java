package org.passerelle.missions.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageRepository extends JpaRepository<Message, Long> {

    List<Message> findByMissionIdOrderByCreatedAtAscIdAsc(long missionId);

    List<Message> findByAuthorIdOrderByCreatedAtAsc(long authorId);
}
