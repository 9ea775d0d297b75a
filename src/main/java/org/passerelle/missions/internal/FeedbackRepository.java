package org.passerelle.missions.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findByMissionIdOrderByIdAsc(long missionId);

    List<Feedback> findByAuthorId(long authorId);

    boolean existsByMissionIdAndExpertUserIdAndAboutExpert(long missionId, long expertUserId, boolean aboutExpert);
}
