package org.passerelle.notifications.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.notifications.NotificationService;

/** The link at the bottom of every forum mail: stops forum mail, without logging in, for a genuine signed token. */
@Route("unsubscribe")
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationService notifications;
    private final Paragraph outcome = new Paragraph();

    public UnsubscribeView(NotificationService notifications) {
        this.notifications = notifications;
        outcome.setId("unsubscribe-outcome");
        add(new H1(getTranslation("unsubscribe.title")), outcome);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        outcome.setText(getTranslation(notifications.unsubscribe(token) ? "unsubscribe.done" : "unsubscribe.invalid"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title");
    }
}
