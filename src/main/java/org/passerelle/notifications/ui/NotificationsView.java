package org.passerelle.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.notifications.EmailFrequency;
import org.passerelle.notifications.NotificationService;
import org.passerelle.shared.ui.Attempt;

/** The notification centre: what happened in the topics and communities the member follows, and mail settings. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final VerticalLayout list = new VerticalLayout();

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        setMaxWidth("60em");
        var email = new Select<EmailFrequency>();
        email.setId("notifications-email");
        email.setLabel(getTranslation("notifications.email"));
        email.setItems(EmailFrequency.values());
        email.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        email.setValue(notifications.myFrequency());
        email.addValueChangeListener(e -> {
            notifications.setMyFrequency(e.getValue());
            Attempt.done("notifications.saved");
        });
        email.setWidth("25em");
        var markAll = new Button(getTranslation("notifications.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notifications-mark-all");
        list.setPadding(false);
        list.setId("notifications-list");
        add(new H1(getTranslation("notifications.title")), email, markAll, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var items = notifications.mine(100);
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        for (var item : items) {
            var row = new Div();
            row.addClassName(item.read() ? "notification-read" : "notification-unread");
            row.setId("notification-" + item.id());
            var link = new Anchor(
                    item.link(), getTranslation("notification.kind." + item.kind(), item.actorName(), item.title()));
            link.getElement().addEventListener("click", e -> notifications.markRead(item.id()));
            row.add(link, new Span(" · " + times.format(item.at())));
            list.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
