package org.passerelle.communities.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The two small tables with composite keys: likes and how far each member has read each topic. */
@Component
public class ForumTables {

    private final JdbcClient jdbc;

    ForumTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a like; false if the user already liked the post. */
    public boolean like(long postId, long userId) {
        try {
            return jdbc.sql("insert into post_like (post_id, user_id) values (?, ?)")
                            .params(postId, userId)
                            .update()
                    == 1;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    /** Removes a like; false if there was none. */
    public boolean unlike(long postId, long userId) {
        return jdbc.sql("delete from post_like where post_id = ? and user_id = ?")
                        .params(postId, userId)
                        .update()
                == 1;
    }

    public boolean liked(long postId, long userId) {
        return jdbc.sql("select count(*) from post_like where post_id = ? and user_id = ?")
                        .params(postId, userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Which of these posts the user liked. */
    public Set<Long> likedAmong(Collection<Long> postIds, long userId) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select post_id from post_like where user_id = :user and post_id in (:posts)")
                .param("user", userId)
                .param("posts", postIds)
                .query(Long.class)
                .list());
    }

    /** The highest post number the user has read in the topic, or -1 if never opened. */
    public int lastRead(long topicId, long userId) {
        return jdbc.sql("select last_read from topic_read where topic_id = ? and user_id = ?")
                .params(topicId, userId)
                .query(Integer.class)
                .optional()
                .orElse(-1);
    }

    /** Remembers that the user has read up to this post number (never goes back). */
    public void read(long topicId, long userId, int number) {
        var updated = jdbc.sql(
                        "update topic_read set last_read = ? where topic_id = ? and user_id = ? and last_read < ?")
                .params(number, topicId, userId, number)
                .update();
        if (updated == 0 && lastRead(topicId, userId) < 0) {
            try {
                jdbc.sql("insert into topic_read (topic_id, user_id, last_read) values (?, ?, ?)")
                        .params(topicId, userId, number)
                        .update();
            } catch (DuplicateKeyException concurrent) {
                read(topicId, userId, number);
            }
        }
    }
}
