package org.passerelle.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Optional;
import org.passerelle.communities.CommunityDetails;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.Membership;
import org.passerelle.communities.PostDetails;
import org.passerelle.communities.TopicDetails;
import org.passerelle.communities.TopicSort;
import org.passerelle.communities.TopicSummary;
import org.passerelle.communities.ui.ForumExtensions;
import org.passerelle.moderation.FlagReason;
import org.passerelle.moderation.FlagService;
import org.passerelle.moderation.TopicModerationService;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;

/** Adds flagging to others' posts, moving of replies for moderators, and the topic tools of its community's moderators, to the topic page. */
@org.springframework.stereotype.Component
class ModerationExtensions implements ForumExtensions {

    private final FlagService flags;
    private final TopicModerationService topics;
    private final CommunityService communities;
    private final ForumService forum;

    ModerationExtensions(
            FlagService flags, TopicModerationService topics, CommunityService communities, ForumService forum) {
        this.flags = flags;
        this.topics = topics;
        this.communities = communities;
        this.forum = forum;
    }

    /** Flagging others' posts; for moderators, moving a reply to another topic. */
    @Override
    public Optional<Component> postActions(TopicDetails topic, PostDetails post, Runnable refresh) {
        var bar = new HorizontalLayout();
        bar.setSpacing(false);
        if (!post.mine()) {
            var flag = new Button(
                    text("flag.action"), e -> flagDialog(post, refresh).open());
            flag.setId("flag-" + post.number());
            flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            bar.add(flag);
        }
        if (topic.membership() == Membership.MODERATOR && post.number() > 1) {
            var move = new Button(
                    text("moderation.movePost"),
                    e -> moveDialog(topic, post, refresh).open());
            move.setId("move-" + post.number());
            move.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            bar.add(move);
        }
        return bar.getComponentCount() == 0 ? Optional.empty() : Optional.of(bar);
    }

    private Dialog moveDialog(TopicDetails topic, PostDetails post, Runnable refresh) {
        var dialog = new Dialog(text("moderation.movePost.title", post.number()));
        dialog.setId("move-dialog");
        var target = new ComboBox<TopicSummary>(text("moderation.movePost.to"));
        target.setId("move-target");
        target.setItems(forum.topics(topic.communityId(), TopicSort.LATEST, 0, 100).stream()
                .filter(t -> t.id() != topic.id())
                .toList());
        target.setItemLabelGenerator(TopicSummary::title);
        target.setWidth("25em");
        target.setRequiredIndicatorVisible(true);
        var reason = Fields.text(dialog, "moderation.movePost.reason", 2000);
        reason.setId("move-reason");
        reason.setWidth("25em");
        var send = new Button(text("moderation.movePost"), e -> {
            if (target.getValue() == null) {
                target.setErrorMessage(text("moderation.movePost.choose"));
                target.setInvalid(true);
                return;
            }
            if (Attempt.run(() -> topics.movePost(post.id(), target.getValue().id(), reason.getValue()))) {
                dialog.close();
                Attempt.done("moderation.movePost.done", target.getValue().title());
                refresh.run();
            }
        });
        send.setId("move-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(target, reason));
        dialog.getFooter().add(new Button(text("common.cancel"), e -> dialog.close()), send);
        return dialog;
    }

    @Override
    public Optional<Component> topicActions(TopicDetails topic, Runnable refresh) {
        if (topic.membership() != Membership.MODERATOR) {
            return Optional.empty();
        }
        var bar = new HorizontalLayout();
        bar.setId("topic-moderation");
        bar.add(
                action(
                        "topic-lock",
                        topic.locked() ? "moderation.unlock" : "moderation.lock",
                        () -> topics.lock(topic.id(), !topic.locked(), ""),
                        refresh),
                action(
                        "topic-close",
                        topic.closed() ? "moderation.open" : "moderation.close",
                        () -> topics.close(topic.id(), !topic.closed(), ""),
                        refresh),
                action(
                        "topic-pin",
                        topic.pinned() ? "moderation.unpin" : "moderation.pin",
                        () -> topics.pin(topic.id(), !topic.pinned()),
                        refresh));
        var slow = Fields.integer(
                bar,
                "moderation.slowMode",
                0,
                TopicModerationService.MAX_SLOW_MODE_SECONDS,
                "moderation.slowMode.range");
        slow.setId("topic-slow-mode");
        slow.setWidth("12em");
        var setSlow = action(
                "topic-slow-mode-set",
                "moderation.slowMode.set",
                () -> topics.slowMode(topic.id(), slow.getValue() == null ? 0 : slow.getValue()),
                refresh);
        var move = new Select<CommunityDetails>();
        move.setId("topic-move");
        move.setLabel(text("moderation.move"));
        move.setItems(communities.all().stream()
                .filter(c -> c.id() != topic.communityId())
                .filter(c -> communities.membership(c.id()) == Membership.MODERATOR)
                .toList());
        move.setItemLabelGenerator(c -> c.name(UI.getCurrent().getLocale()));
        move.addValueChangeListener(e -> {
            if (e.getValue() != null
                    && Attempt.run(() -> topics.move(topic.id(), e.getValue().id(), ""))) {
                refresh.run();
            }
        });
        bar.add(slow, setSlow, move);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return Optional.of(bar);
    }

    private static Button action(String id, String labelKey, Runnable action, Runnable refresh) {
        var button = new Button(text(labelKey), e -> {
            if (Attempt.run(action)) {
                refresh.run();
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Dialog flagDialog(PostDetails post, Runnable refresh) {
        var dialog = new Dialog(text("flag.title"));
        dialog.setId("flag-dialog");
        var reason = new Select<FlagReason>();
        reason.setId("flag-reason");
        reason.setLabel(text("flag.reason"));
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(r -> text(r.labelKey()));
        reason.setValue(FlagReason.SPAM);
        var note = Fields.area(dialog, "flag.note", 1000);
        note.setId("flag-note");
        note.setWidth("25em");
        var send = new Button(text("flag.send"), e -> {
            var hidden = new boolean[1];
            if (Attempt.run(() -> hidden[0] = flags.flag(post.id(), reason.getValue(), note.getValue()))) {
                dialog.close();
                Attempt.done(hidden[0] ? "flag.hidden" : "flag.thanks");
                refresh.run();
            }
        });
        send.setId("flag-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason, note);
        dialog.getFooter().add(new Button(text("common.cancel"), e -> dialog.close()), send);
        return dialog;
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
