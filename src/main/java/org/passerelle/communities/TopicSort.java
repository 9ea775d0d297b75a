package org.passerelle.communities;

/** How a community's topics are listed (pinned topics always first). */
public enum TopicSort {
    LATEST,
    NEW,
    TOP;

    public String labelKey() {
        return "topic.sort." + name();
    }
}
