package org.passerelle.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.notifications.DevOutboxService;
import org.passerelle.notifications.OutboxMail;

/** Mails the platform has sent or is about to send; with no SMTP server, their full text (links included). */
@Route("admin/outbox")
@Menu(title = "nav.admin.outbox", order = 110)
@RolesAllowed("ADMIN")
public class DevOutboxView extends VerticalLayout implements HasDynamicTitle {

    public DevOutboxView(DevOutboxService outbox) {
        setSizeFull();
        add(new H1(getTranslation("outbox.title")));
        add(new Paragraph(getTranslation(outbox.logMode() ? "outbox.logMode" : "outbox.smtpMode")));
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var grid = new Grid<OutboxMail>();
        grid.setId("outbox-grid");
        grid.addColumn(m -> times.format(m.createdAt())).setHeader(getTranslation("outbox.created"));
        grid.addColumn(OutboxMail::recipient).setHeader(getTranslation("outbox.recipient"));
        grid.addColumn(OutboxMail::subject)
                .setHeader(getTranslation("outbox.subject"))
                .setFlexGrow(2);
        grid.addColumn(m -> getTranslation("outbox.status." + m.status())).setHeader(getTranslation("outbox.status"));
        grid.addColumn(OutboxMail::attempts).setHeader(getTranslation("outbox.attempts"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(mail -> {
            var body = new Pre(mail.body());
            body.addClassName("mail-body");
            return body;
        }));
        grid.setItems(query -> outbox.latest(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query ->
                (int) outbox.count());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
