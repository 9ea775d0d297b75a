package org.passerelle.communities.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.passerelle.communities.PostDetails;
import org.passerelle.communities.TopicDetails;
import org.springframework.modulith.NamedInterface;

/**
 * What other modules add to a topic page: actions on a post (flagging, moderators' tools) and on the topic
 * (moderators' tools). Provided by the moderation module; the forum works without it.
 */
@NamedInterface("extensions")
public interface ForumExtensions {

    /** Extra actions for a published post, e.g. a flag button. */
    Optional<Component> postActions(TopicDetails topic, PostDetails post, Runnable refresh);

    /** Extra actions for the topic, e.g. lock or pin for its moderators. */
    Optional<Component> topicActions(TopicDetails topic, Runnable refresh);
}
