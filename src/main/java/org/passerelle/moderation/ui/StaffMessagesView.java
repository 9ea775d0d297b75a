package org.passerelle.moderation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.moderation.StaffMessageService;
import org.passerelle.moderation.StaffMessageService.Summary;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.ui.Attempt;

/**
 * Messages between a member and the moderators under a warning, silence or suspension. A member sees their own
 * threads; moderators and administrators see the latest ones, those awaiting an answer first.
 */
@Route("staff-messages")
@PermitAll
public class StaffMessagesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final StaffMessageService service;
    private final Grid<Summary> threads = new Grid<>();
    private final VerticalLayout thread = new VerticalLayout();
    private final DateTimeFormatter times;

    public StaffMessagesView(StaffMessageService service) {
        this.service = service;
        setMaxWidth("70em");
        times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        threads.setId("staff-threads");
        threads.addColumn(s -> times.format(s.lastAt()))
                .setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        if (service.staff()) {
            threads.addColumn(Summary::memberName).setHeader(getTranslation("log.target"));
        }
        threads.addColumn(s -> getTranslation(s.kind().labelKey()))
                .setHeader(getTranslation("history.what"))
                .setAutoWidth(true);
        threads.addColumn(Summary::reason)
                .setHeader(getTranslation("history.why"))
                .setFlexGrow(2);
        threads.addColumn(s -> s.awaitingStaff()
                        ? getTranslation("staffMessage.awaiting")
                        : getTranslation("staffMessage.replies", s.replies()))
                .setAutoWidth(true);
        threads.setAllRowsVisible(true);
        threads.addItemClickListener(e ->
                UI.getCurrent().navigate(StaffMessagesView.class, e.getItem().penaltyId()));
        thread.setId("staff-thread");
        thread.setPadding(false);
        add(new H1(getTranslation("staffMessage.title")), threads, thread);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long penaltyId) {
        var all = service.threads();
        threads.setItems(all);
        threads.setVisible(!all.isEmpty());
        thread.removeAll();
        if (all.isEmpty()) {
            thread.add(new Paragraph(getTranslation("staffMessage.none")));
        } else if (penaltyId != null) {
            try {
                show(service.thread(penaltyId));
            } catch (RefusedException refused) {
                thread.add(new Paragraph(getTranslation(refused.messageKey())));
            }
        }
    }

    private void show(StaffMessageService.Thread shown) {
        thread.removeAll();
        var until =
                shown.until() == null ? "" : " · " + getTranslation("staffMessage.until", times.format(shown.until()));
        var lifted = shown.lifted() ? " · " + getTranslation("staffMessage.lifted") : "";
        thread.add(new H2(getTranslation(shown.kind().labelKey()) + " — " + shown.memberName()));
        thread.add(message(shown.moderatorName(), true, shown.reason(), times.format(shown.at()) + until + lifted));
        shown.messages()
                .forEach(m -> thread.add(message(m.authorName(), m.fromStaff(), m.text(), times.format(m.at()))));
        var reply = new TextArea(getTranslation("staffMessage.reply"));
        reply.setId("staff-reply");
        reply.setWidthFull();
        reply.setMaxLength(StaffMessageService.MAX_LENGTH);
        reply.setHelperText(getTranslation("staffMessage.private"));
        var send = new Button(getTranslation("staffMessage.send"), e -> {
            if (reply.getValue().isBlank()) {
                reply.setErrorMessage(getTranslation("staffMessage.required"));
                reply.setInvalid(true);
                return;
            }
            if (Attempt.run(() -> service.reply(shown.penaltyId(), reply.getValue()))) {
                Attempt.done("staffMessage.sent");
                setParameter(null, shown.penaltyId());
            }
        });
        send.setId("staff-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        thread.add(reply, send);
    }

    private Div message(String author, boolean fromStaff, String text, String when) {
        var head = new Span(
                author + (fromStaff ? " (" + getTranslation("staffMessage.moderator") + ")" : "") + " · " + when);
        head.addClassName("staff-message-head");
        // plain text, shown as text
        var body = new Paragraph(text);
        body.getStyle().set("white-space", "pre-wrap");
        var box = new Div(head, body);
        box.addClassName(fromStaff ? "staff-message-staff" : "staff-message-member");
        box.addClassName("staff-message");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staffMessage.title");
    }
}
