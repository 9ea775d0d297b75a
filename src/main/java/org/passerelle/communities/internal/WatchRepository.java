package org.passerelle.communities.internal;

import java.util.List;
import java.util.Optional;
import org.passerelle.communities.WatchLevel;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WatchRepository extends JpaRepository<Watch, Long> {

    Optional<Watch> findByUserIdAndTopicId(long userId, long topicId);

    Optional<Watch> findByUserIdAndCommunityId(long userId, long communityId);

    List<Watch> findByTopicIdAndLevel(long topicId, WatchLevel level);

    List<Watch> findByCommunityIdAndLevel(long communityId, WatchLevel level);
}
