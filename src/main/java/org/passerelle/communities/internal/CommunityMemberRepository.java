package org.passerelle.communities.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommunityMemberRepository extends JpaRepository<CommunityMember, Long> {

    Optional<CommunityMember> findByCommunityIdAndUserId(long communityId, long userId);

    List<CommunityMember> findByCommunityIdAndStatusOrderByCreatedAtAsc(long communityId, String status);

    long countByCommunityIdAndStatus(long communityId, String status);
}
