package org.passerelle.communities;

/** The full-text index of forum posts: entity and field names shared by the mapping and the queries. */
public final class ForumIndex {

    public static final String ENTITY = "Post";

    public static final String TEXT_EN = "text_en";
    public static final String TEXT_FR = "text_fr";
    public static final String STATUS = "status";
    public static final String AUTHOR = "authorId";
    public static final String CREATED = "createdAt";
    public static final String NUMBER = "number";
    public static final String TOPIC_ID = "topicId";
    public static final String TOPIC_TITLE_EN = "topic.title_en";
    public static final String TOPIC_TITLE_FR = "topic.title_fr";
    public static final String TOPIC_COMMUNITY = "topic.communityId";
    public static final String TOPIC_CLOSED = "topic.closed";

    private ForumIndex() {}
}
