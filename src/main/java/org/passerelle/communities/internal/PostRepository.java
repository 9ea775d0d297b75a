package org.passerelle.communities.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.passerelle.communities.PostStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostRepository extends JpaRepository<Post, Long> {

    /** One chunk of a topic: posts from a number on, in order (an index on topic and number makes it cheap). */
    @Query("select p from Post p where p.topicId = :topicId and p.number >= :from and p.status in :statuses"
            + " order by p.number")
    List<Post> chunk(long topicId, int from, Collection<PostStatus> statuses, Limit limit);

    @Query("select coalesce(max(p.number), 0) from Post p where p.topicId = :topicId")
    int lastNumber(long topicId);

    Optional<Post> findByTopicIdAndNumber(long topicId, int number);

    long countByAuthorIdAndStatus(long authorId, PostStatus status);

    @Query("select max(p.createdAt) from Post p where p.topicId = :topicId and p.authorId = :authorId")
    Optional<Instant> lastByAuthorInTopic(long topicId, long authorId);

    /** Published posts after a number: unread counts. */
    @Query("select count(p) from Post p where p.topicId = :topicId and p.number > :after and p.status = 'PUBLISHED'")
    int publishedAfter(long topicId, int after);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);

    @Query("select p from Post p, Topic t where p.topicId = t.id and t.communityId = :communityId"
            + " and p.status in :statuses order by p.createdAt")
    List<Post> inCommunity(long communityId, Collection<PostStatus> statuses);

    List<Post> findByTopicId(long topicId);

    /** How many posts the author has published, counting no further than {@code cap} (cheap for prolific members). */
    @Query(
            value = "select count(*) from (select 1 from post where author_id = :authorId and status = 'PUBLISHED'"
                    + " fetch first :cap rows only) capped",
            nativeQuery = true)
    long publishedCapped(long authorId, int cap);
}
