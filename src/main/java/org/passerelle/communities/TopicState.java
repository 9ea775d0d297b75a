package org.passerelle.communities;

/** A topic's place and state, as its moderators change it. */
public record TopicState(
        long id, long communityId, String title, boolean closed, boolean locked, boolean pinned, int slowModeSeconds) {}
