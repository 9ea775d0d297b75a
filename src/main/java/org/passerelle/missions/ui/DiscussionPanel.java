package org.passerelle.missions.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionDiscussionService;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;

/** The mission's private discussion between the institution and its selected experts. */
class DiscussionPanel extends VerticalLayout {

    DiscussionPanel(MissionDiscussionService discussion, MissionDetails mission, Runnable reload) {
        setPadding(false);
        setId("discussion");
        add(new H2(getTranslation("discussion.title")), new Paragraph(getTranslation("discussion.intro")));
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (var message : discussion.messages(mission.id())) {
            var author = new Paragraph(message.authorName()
                    + (message.fromInstitution() ? " (" + getTranslation("discussion.institution") + ")" : "")
                    + " · " + times.format(message.at()));
            author.addClassName("message-author");
            // sanitised when written
            var body = new Div(new Html("<div>" + message.bodyHtml() + "</div>"));
            body.addClassName("message-body");
            add(author, body);
        }
        var text = Fields.area(this, "discussion.message", MissionDiscussionService.MAX_LENGTH);
        text.setId("discussion-text");
        text.setWidthFull();
        text.setHelperText(getTranslation("mission.markdown.help"));
        var send = new Button(getTranslation("discussion.send"), e -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("discussion.length"));
                text.setInvalid(true);
                return;
            }
            if (Attempt.run(() -> discussion.post(mission.id(), text.getValue()))) {
                reload.run();
            }
        });
        send.setId("discussion-send");
        add(text, send);
    }
}
