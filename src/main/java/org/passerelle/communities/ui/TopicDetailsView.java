package org.passerelle.communities.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.PostDetails;
import org.passerelle.communities.PostForm;
import org.passerelle.communities.PostStatus;
import org.passerelle.communities.TopicDetails;
import org.passerelle.communities.WatchService;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.ui.Attempt;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A topic: its posts in chunks of {@link ForumService#CHUNK} ("more" appends the next chunk, nothing already shown is
 * drawn again), likes, replies, quotes, the author's edits (with the history) and deletion, and the reply composer.
 */
@Route("topic")
@PermitAll
public class TopicDetailsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ForumService forum;
    private final VerticalLayout posts = new VerticalLayout();
    private final Button more = new Button();
    private Composer composer;
    private Integer replyTo;
    private final Span replying = new Span();
    private final HorizontalLayout replyingBar = new HorizontalLayout();
    private long topicId;
    private int nextNumber = 1;
    private String title = "";

    private final ObjectProvider<ForumExtensions> extensions;

    private final WatchService watches;

    public TopicDetailsView(ForumService forum, WatchService watches, ObjectProvider<ForumExtensions> extensions) {
        this.forum = forum;
        this.watches = watches;
        this.extensions = extensions;
        setMaxWidth("70em");
        setId("topic-page");
        posts.setPadding(false);
        posts.setId("posts");
        more.setText(getTranslation("topic.more"));
        more.setId("topic-more");
        more.addClickListener(e -> loadMore());
        replying.setId("replying-to");
        var cancelReply = new Button(getTranslation("post.replyTo.cancel"), e -> replyTo(null, null));
        cancelReply.setId("replying-cancel");
        cancelReply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        replyingBar.add(replying, cancelReply);
        replyingBar.setAlignItems(Alignment.BASELINE);
        replyingBar.setVisible(false);
    }

    /** Which post the next reply answers (shown above the composer), or none. */
    private void replyTo(Integer number, String authorName) {
        replyTo = number;
        replyingBar.setVisible(number != null);
        replying.setText(number == null ? "" : getTranslation("post.replyingTo", number, authorName));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        TopicDetails topic;
        try {
            topic = forum.topic(id, 1);
        } catch (RefusedException none) {
            throw new NotFoundException();
        }
        topicId = id;
        title = topic.title();
        removeAll();
        posts.removeAll();
        var heading = new H1(topic.title());
        heading.setId("topic-heading");
        add(new Anchor("community/" + topic.communityId(), getTranslation("topic.backToCommunity")), heading);
        if (!topic.tags().isEmpty()) {
            add(new Paragraph(String.join(" · ", topic.tags())));
        }
        add(WatchSelect.of(this, "topic-watch", watches.topicLevel(id), level -> watches.watchTopic(id, level)));
        var extension = extensions.getIfAvailable();
        if (extension != null) {
            extension
                    .topicActions(
                            topic, () -> getUI().ifPresent(ui -> ui.getPage().reload()))
                    .ifPresent(this::add);
        }
        if (topic.closed() || topic.locked()) {
            add(new Paragraph(getTranslation(topic.locked() ? "topic.locked" : "topic.closed")));
        }
        add(posts, more);
        append(topic);
        if (topic.membership().canPost() && !topic.locked()) {
            composer = new Composer(forum, "reply", "post.reply", this::send);
            add(replyingBar, composer);
        }
    }

    private void loadMore() {
        append(forum.topic(topicId, nextNumber));
    }

    private void append(TopicDetails topic) {
        topic.posts().forEach(post -> posts.add(card(topic, post)));
        if (!topic.posts().isEmpty()) {
            nextNumber = topic.posts().getLast().number() + 1;
        }
        more.setVisible(topic.posts().size() == ForumService.CHUNK);
    }

    private void send(String body) {
        var sent = new PostDetails[1];
        if (Attempt.run(() -> sent[0] = forum.reply(topicId, new PostForm(body, replyTo)))) {
            composer.clear();
            replyTo(null, null);
            if (sent[0].status() == PostStatus.PENDING) {
                Attempt.done("post.pending");
            }
            // show everything up to the new post, without drawing again what is on the page
            while (!more.isVisible() || nextNumber <= sent[0].number()) {
                var before = nextNumber;
                loadMore();
                if (nextNumber == before) {
                    break;
                }
            }
        }
    }

    private Div card(TopicDetails topic, PostDetails post) {
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var card = new Div();
        card.addClassName("result-card");
        card.setId("post-" + post.number());
        var header = new HorizontalLayout(
                new Span("#" + post.number()), new Span(post.authorName()), new Span(times.format(post.createdAt())));
        header.addClassName("post-header");
        if (post.replyTo() != null) {
            header.add(new Anchor("#post-" + post.replyTo(), getTranslation("post.inReplyTo", post.replyTo())));
        }
        if (post.status() != PostStatus.PUBLISHED) {
            var status = new Span(getTranslation(post.status().labelKey()));
            status.getElement().getThemeList().add("badge contrast");
            header.add(status);
        }
        if (post.edited()) {
            var history = new Button(getTranslation("post.edited"), e -> history(post));
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            history.setId("history-" + post.number());
            header.add(history);
        }
        // sanitised when written
        var body = new Div(new Html("<div>" + post.cooked() + "</div>"));
        body.addClassName("post-body");
        body.setId("post-body-" + post.number());
        card.add(header, body, actions(topic, post, card));
        return card;
    }

    private HorizontalLayout actions(TopicDetails topic, PostDetails post, Div card) {
        var bar = new HorizontalLayout();
        var like = new Button(getTranslation(post.likedByMe() ? "post.unlike" : "post.like", post.likes()));
        like.setId("like-" + post.number());
        like.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        like.setEnabled(!post.mine() && post.status() == PostStatus.PUBLISHED);
        like.addClickListener(e -> {
            var liked = new boolean[1];
            if (Attempt.run(() -> liked[0] = forum.toggleLike(post.id()))) {
                var count = post.likes() + (liked[0] == post.likedByMe() ? 0 : liked[0] ? 1 : -1);
                like.setText(getTranslation(liked[0] ? "post.unlike" : "post.like", count));
            }
        });
        bar.add(like);
        if (composer != null || post.status() == PostStatus.PUBLISHED) {
            var reply = new Button(getTranslation("post.replyTo"), e -> {
                if (composer != null) {
                    replyTo(post.number(), post.authorName());
                    composer.focus();
                }
            });
            reply.setId("reply-" + post.number());
            reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            var quote = new Button(getTranslation("post.quote"), e -> {
                if (composer != null) {
                    replyTo(post.number(), post.authorName());
                    var quoted = post.raw()
                            .lines()
                            .map(l -> "> " + l)
                            .reduce((a, b) -> a + "\n" + b)
                            .orElse("");
                    composer.setText(getTranslation("post.quoteIntro", post.authorName()) + "\n" + quoted + "\n\n"
                            + composer.text());
                    composer.focus();
                }
            });
            quote.setId("quote-" + post.number());
            quote.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            bar.add(reply, quote);
        }
        var extension = extensions.getIfAvailable();
        if (extension != null && post.status() == PostStatus.PUBLISHED) {
            extension
                    .postActions(
                            topic,
                            post,
                            () -> getUI().ifPresent(ui -> ui.getPage().reload()))
                    .ifPresent(bar::add);
        }
        if (post.mine()) {
            var edit = new Button(getTranslation("post.edit"), e -> edit(topic, post, card));
            edit.setId("edit-" + post.number());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            var delete = new Button(getTranslation("post.delete"), e -> {
                if (Attempt.run(() -> forum.delete(post.id()))) {
                    card.removeAll();
                    card.add(new Paragraph(getTranslation("post.deleted")));
                }
            });
            delete.setId("delete-" + post.number());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            bar.add(edit, delete);
        }
        return bar;
    }

    private void edit(TopicDetails topic, PostDetails post, Div card) {
        var dialog = new Dialog(getTranslation("post.edit"));
        dialog.setWidth("50em");
        var editor = new Composer(forum, "edit", "post.save", text -> {
            var saved = new PostDetails[1];
            if (Attempt.run(() -> saved[0] = forum.edit(post.id(), new PostForm(text, post.replyTo())))) {
                dialog.close();
                posts.replace(card, card(topic, saved[0]));
            }
        });
        editor.setText(post.raw());
        dialog.add(editor);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private void history(PostDetails post) {
        var dialog = new Dialog(getTranslation("post.history"));
        dialog.setId("post-history");
        dialog.setWidth("50em");
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Attempt.run(() -> forum.revisions(post.id())
                .forEach(revision -> dialog.add(
                        new Paragraph(getTranslation(
                                "post.revision", revision.editorName(), times.format(revision.editedAt()))),
                        new Pre(revision.raw()))));
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
