package org.passerelle.communities;

import java.util.List;

/** A topic and one chunk of its posts. */
public record TopicDetails(
        long id,
        long communityId,
        String title,
        List<String> tags,
        boolean closed,
        boolean locked,
        boolean pinned,
        int totalPosts,
        List<PostDetails> posts,
        Membership membership) {}
