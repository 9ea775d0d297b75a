package org.passerelle.missions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.passerelle.missions.CertificateService;
import org.passerelle.missions.ClosingDetails;
import org.passerelle.missions.FeedbackForm;
import org.passerelle.missions.MissionClosingService;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionLifecycle;
import org.passerelle.missions.OutcomeForm;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;

/**
 * The end of a completed mission for its participants: outcomes (the institution), feedback both ways, and the
 * expert's certificate.
 */
class ClosingPanel extends VerticalLayout {

    private final MissionClosingService closing;
    private final MissionDetails mission;
    private final Runnable reload;

    ClosingPanel(
            MissionClosingService closing,
            CertificateService certificates,
            MissionDetails mission,
            boolean institution,
            Runnable reload) {
        this.closing = closing;
        this.mission = mission;
        this.reload = reload;
        setPadding(false);
        setId("closing-panel");
        add(new H2(getTranslation("closing.title")));
        var view = closing.closing(mission.id());
        if (institution) {
            add(outcomes(view.outcomes()));
            add(summary());
        } else if (view.outcomes() != null) {
            add(new Paragraph(getTranslation(
                    "closing.outcomes.summary",
                    view.outcomes().getPeopleTrained(),
                    view.outcomes().getServicesDelivered(),
                    view.outcomes().getJobsCreated())));
        }
        for (var participant : view.awaitingMyFeedback()) {
            add(feedbackForm(participant));
        }
        for (var feedback : view.feedback()) {
            var about = feedback.aboutExpert()
                    ? getTranslation("closing.feedback.aboutExpert", feedback.expertName())
                    : getTranslation("closing.feedback.aboutInstitution", feedback.expertName());
            add(new Paragraph(
                    about + " — " + getTranslation("closing.rating", feedback.rating()) + " — " + feedback.comment()));
        }
        if (!institution && MissionLifecycle.closing(mission.status()) && certificates.available(mission.id())) {
            var language = getLocale();
            var download = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        var bytes = certificates.certificate(mission.id(), language);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "passerelle-certificate-" + mission.id() + ".pdf",
                                "application/pdf",
                                bytes.length);
                    }),
                    getTranslation("certificate.download"));
            download.setId("certificate-download");
            add(download);
        }
    }

    private VerticalLayout outcomes(OutcomeForm recorded) {
        var form = recorded == null ? new OutcomeForm() : recorded;
        var binder = Fields.binder(OutcomeForm.class);
        var trained = count("outcome-trained", "outcome.peopleTrained");
        var services = count("outcome-services", "outcome.servicesDelivered");
        var jobs = count("outcome-jobs", "outcome.jobsCreated");
        var followUp = new Checkbox(getTranslation("outcome.followUp"));
        followUp.setId("outcome-follow-up");
        var notes = Fields.area(this, "outcome.notes", 4000);
        notes.setId("outcome-notes");
        notes.setWidthFull();
        binder.forField(trained)
                .asRequired(getTranslation("outcome.count.range"))
                .bind("peopleTrained");
        binder.forField(services)
                .asRequired(getTranslation("outcome.count.range"))
                .bind("servicesDelivered");
        binder.forField(jobs).asRequired(getTranslation("outcome.count.range")).bind("jobsCreated");
        binder.forField(followUp).bind("followUpPlanned");
        binder.forField(notes).bind("notes");
        binder.setBean(form);
        var save = new Button(getTranslation("outcome.save"), e -> {
            if (binder.validate().isOk() && Attempt.run(() -> closing.recordOutcomes(mission.id(), form))) {
                Attempt.done("outcome.saved");
                reload.run();
            }
        });
        save.setId("outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new VerticalLayout(
                new H3(getTranslation("outcome.title")), trained, services, jobs, followUp, notes, save);
        layout.setPadding(false);
        layout.setId("outcome-form");
        return layout;
    }

    /** The institution shares what the mission achieved, as a topic in the sector's community. */
    private VerticalLayout summary() {
        var text = Fields.area(this, "closing.summary", 10_000);
        text.setId("closing-summary");
        text.setWidthFull();
        text.setHelperText(getTranslation("closing.summary.help"));
        var publish = new Button(getTranslation("closing.summary.publish"), e -> {
            var topic = new long[1];
            if (Attempt.run(() -> topic[0] = closing.publishSummary(mission.id(), text.getValue()))) {
                getUI().ifPresent(ui -> ui.navigate("topic/" + topic[0]));
            }
        });
        publish.setId("closing-summary-publish");
        var layout = new VerticalLayout(new H3(getTranslation("closing.summary.title")), text, publish);
        layout.setPadding(false);
        return layout;
    }

    private IntegerField count(String id, String labelKey) {
        var field = Fields.integer(this, labelKey, 0, 1_000_000, "outcome.count.range");
        field.setId(id);
        return field;
    }

    private VerticalLayout feedbackForm(ClosingDetails.Participant participant) {
        var form = new FeedbackForm();
        var binder = Fields.binder(FeedbackForm.class);
        var rating = new Select<Integer>();
        rating.setLabel(getTranslation("closing.ratingLabel"));
        rating.setItems(5, 4, 3, 2, 1);
        rating.setItemLabelGenerator(r -> getTranslation("closing.rating", r));
        var comment = Fields.area(this, "closing.comment", 2000);
        comment.setWidthFull();
        var suffix = participant.expertUserId() == null ? "institution" : String.valueOf(participant.expertUserId());
        rating.setId("feedback-rating-" + suffix);
        comment.setId("feedback-comment-" + suffix);
        binder.forField(rating)
                .asRequired(getTranslation("feedback.rating.range"))
                .bind("rating");
        binder.forField(comment).bind("comment");
        binder.setBean(form);
        var send = new Button(getTranslation("closing.send"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            var sent = Attempt.run(() -> {
                if (participant.expertUserId() == null) {
                    closing.rateInstitution(mission.id(), form);
                } else {
                    closing.rateExpert(mission.id(), participant.expertUserId(), form);
                }
            });
            if (sent) {
                Attempt.done("closing.thanks");
                reload.run();
            }
        });
        send.setId("feedback-send-" + suffix);
        var layout =
                new VerticalLayout(new H3(getTranslation("closing.rate", participant.name())), rating, comment, send);
        layout.setPadding(false);
        return layout;
    }
}
