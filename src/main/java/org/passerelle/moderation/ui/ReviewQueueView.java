package org.passerelle.moderation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import org.passerelle.communities.CommunityDetails;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.Membership;
import org.passerelle.communities.PostForm;
import org.passerelle.moderation.MemberModerationService;
import org.passerelle.moderation.PenaltyKind;
import org.passerelle.moderation.ReviewItem;
import org.passerelle.moderation.ReviewService;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;

/**
 * The review queue of the communities a moderator moderates: posts waiting for approval, flagged or hidden, each with
 * its flags; approve, reject, hide, edit, dismiss the flags, or warn / silence / suspend the author.
 */
@Route("moderation/review")
@Menu(title = "nav.review", order = 95)
@RolesAllowed({"MODERATOR", "ADMIN"})
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewService review;
    private final MemberModerationService members;
    private final Select<CommunityDetails> community = new Select<>();
    private final VerticalLayout items = new VerticalLayout();
    private final VerticalLayout penalties = new VerticalLayout();

    public ReviewQueueView(ReviewService review, MemberModerationService members, CommunityService communities) {
        this.review = review;
        this.members = members;
        setMaxWidth("70em");
        community.setId("review-community");
        community.setLabel(getTranslation("review.community"));
        community.setItems(communities.all().stream()
                .filter(c -> communities.membership(c.id()) == Membership.MODERATOR)
                .toList());
        community.setItemLabelGenerator(c -> c.name(getLocale()));
        community.addValueChangeListener(e -> refresh());
        items.setPadding(false);
        items.setId("review-items");
        penalties.setPadding(false);
        penalties.setId("active-penalties");
        add(new H1(getTranslation("nav.review")), community, items, penalties);
        showPenalties();
        community.getListDataView().getItems().findFirst().ifPresent(community::setValue);
    }

    private void refresh() {
        items.removeAll();
        if (community.getValue() == null) {
            return;
        }
        var queue = review.queue(community.getValue().id());
        if (queue.isEmpty()) {
            items.add(new Paragraph(getTranslation("review.empty")));
        }
        queue.forEach(item -> items.add(card(item)));
    }

    private void showPenalties() {
        penalties.removeAll();
        var active = members.active();
        if (active.isEmpty()) {
            return;
        }
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        penalties.add(new H2(getTranslation("review.penalties")));
        for (var penalty : active) {
            var lift = new Button(getTranslation("review.lift"), e -> {
                Attempt.run(() -> members.lift(penalty.userId(), ""));
                showPenalties();
            });
            lift.setId("lift-" + penalty.userId());
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            penalties.add(new HorizontalLayout(
                    new Span(getTranslation(
                            "review.penaltyLine",
                            penalty.name(),
                            getTranslation(penalty.kind().labelKey()),
                            times.format(penalty.until()),
                            penalty.reason())),
                    lift));
        }
    }

    private Div card(ReviewItem item) {
        var card = new Div();
        card.addClassName("result-card");
        card.setId("review-" + item.postId());
        var status = new Span(getTranslation(item.status().labelKey()));
        status.getElement().getThemeList().add("badge contrast");
        card.add(
                new H3(new Anchor("topic/" + item.topicId(), item.topicTitle() + " #" + item.number())),
                new HorizontalLayout(new Span(item.authorName()), status));
        if (!item.flags().isEmpty()) {
            card.add(new Paragraph(getTranslation("review.flags", String.join(" · ", item.flags()))));
        }
        // sanitised when written
        card.add(new Div(new Html("<div>" + item.cooked() + "</div>")));
        var approve = button("review.approve", "approve-" + item.postId(), () -> review.approve(item.postId()));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        var reject = new Button(
                getTranslation("review.reject"),
                e -> reason("review.reject", r -> {
                    Attempt.run(() -> review.reject(item.postId(), r));
                    refresh();
                }));
        reject.setId("reject-" + item.postId());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        var hide = new Button(
                getTranslation("review.hide"),
                e -> reason("review.hide", r -> {
                    Attempt.run(() -> review.hide(item.postId(), r));
                    refresh();
                }));
        hide.setId("hide-" + item.postId());
        hide.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var edit = new Button(getTranslation("review.edit"), e -> edit(item));
        edit.setId("edit-" + item.postId());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var bar = new HorizontalLayout(approve, reject, hide, edit);
        if (!item.flags().isEmpty()) {
            bar.add(button("review.dismiss", "dismiss-" + item.postId(), () -> review.dismissFlags(item.postId())));
        }
        if (item.authorId() != null) {
            var author = new Button(
                    getTranslation("review.member"), e -> memberDialog(item).open());
            author.setId("member-" + item.postId());
            author.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            bar.add(author);
        }
        card.add(bar);
        return card;
    }

    private Button button(String labelKey, String id, Runnable action) {
        var button = new Button(getTranslation(labelKey), e -> {
            Attempt.run(action);
            refresh();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void reason(String titleKey, Consumer<String> then) {
        var dialog = new Dialog(getTranslation(titleKey));
        dialog.setId("review-reason-dialog");
        var reason = Fields.area(dialog, "review.reason", 2000);
        reason.setId("review-reason");
        reason.setWidth("25em");
        var ok = new Button(getTranslation(titleKey), e -> {
            dialog.close();
            then.accept(reason.getValue());
        });
        ok.setId("review-reason-confirm");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void edit(ReviewItem item) {
        var dialog = new Dialog(getTranslation("review.edit"));
        dialog.setWidth("45em");
        var text = Fields.area(dialog, "post.body", PostForm.MAX_LENGTH);
        text.setValue(item.raw());
        text.setWidthFull();
        var reason = Fields.text(dialog, "review.reason", 2000);
        reason.setWidthFull();
        var save = new Button(getTranslation("post.save"), e -> {
            if (Attempt.run(() -> review.edit(item.postId(), text.getValue(), reason.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        dialog.add(text, reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Dialog memberDialog(ReviewItem item) {
        var dialog = new Dialog(getTranslation("review.memberTitle", item.authorName()));
        dialog.setId("member-dialog");
        var action = new Select<PenaltyKind>();
        action.setId("member-action");
        action.setLabel(getTranslation("review.memberAction"));
        action.setItems(PenaltyKind.values());
        action.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        action.setValue(PenaltyKind.WARNING);
        var days = Fields.integer(dialog, "review.days", 1, 3650, "moderation.duration.range");
        days.setId("member-days");
        days.setValue(7);
        var reason = Fields.area(dialog, "review.reason", 2000);
        reason.setId("member-reason");
        reason.setWidth("25em");
        var ok = new Button(getTranslation("review.memberConfirm"), e -> {
            var duration = Duration.ofDays(days.getValue() == null ? 0 : days.getValue());
            var done = Attempt.run(() -> {
                switch (action.getValue()) {
                    case SILENCE -> members.silence(item.authorId(), duration, reason.getValue());
                    case SUSPENSION -> members.suspend(item.authorId(), duration, reason.getValue());
                    case WARNING -> members.warn(item.authorId(), reason.getValue());
                }
            });
            if (done) {
                dialog.close();
                Attempt.done("review.memberDone");
                showPenalties();
            }
        });
        ok.setId("member-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(action, days, reason));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review");
    }
}
