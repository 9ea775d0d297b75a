package org.passerelle.missions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.passerelle.missions.ApplicationDetails;
import org.passerelle.missions.ApplicationForm;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.ApplicationStatus;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionLifecycle;
import org.passerelle.shared.ui.Attempt;
import org.passerelle.shared.ui.Fields;

/**
 * The expert's side of a mission: apply (motivation and availability), answer an invitation, follow the application,
 * withdraw.
 */
class ApplicationPanel extends VerticalLayout {

    private final ApplicationService applications;
    private final MissionDetails mission;
    private final Runnable reload;

    ApplicationPanel(ApplicationService applications, MissionDetails mission, Runnable reload) {
        this.applications = applications;
        this.mission = mission;
        this.reload = reload;
        setPadding(false);
        setId("application-panel");
        add(new H2(getTranslation("application.title")));
        var mine = applications.mineFor(mission.id());
        if (mine.isEmpty()) {
            if (MissionLifecycle.recruiting(mission.status())) {
                add(form(null));
            } else {
                add(new Paragraph(getTranslation("application.notRecruiting")));
            }
            return;
        }
        var application = mine.get();
        var status = new Paragraph(getTranslation(application.status().labelKey()));
        status.setId("application-status");
        add(status);
        if (application.status() == ApplicationStatus.INVITED) {
            if (!application.invitationMessage().isEmpty()) {
                add(new Paragraph(getTranslation("application.invitationMessage", application.invitationMessage())));
            }
            var decline = new Button(getTranslation("application.declineInvitation"), e -> {
                if (Attempt.run(() -> applications.declineInvitation(application.id()))) {
                    Attempt.done("application.invitationDeclined");
                }
                reload.run();
            });
            decline.setId("application-decline-invitation");
            add(form(application), decline);
        } else if (application.status() == ApplicationStatus.DECLINED) {
            add(new Paragraph(getTranslation("application.declinedPolitely")));
        } else if (application.status().mayBeWithdrawn() && mission.status().isOpen()) {
            var withdraw = new Button(getTranslation("application.withdraw"), e -> {
                if (Attempt.run(() -> applications.withdraw(application.id()))) {
                    Attempt.done("application.withdrawn");
                }
                reload.run();
            });
            withdraw.setId("application-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(withdraw);
        }
    }

    /** The form to apply, or (given an invitation) to accept it. */
    private VerticalLayout form(ApplicationDetails invitation) {
        var form = new ApplicationForm();
        var binder = Fields.binder(ApplicationForm.class);
        var motivation = Fields.area(this, "application.motivation", 3000);
        motivation.setId("application-motivation");
        motivation.setWidthFull();
        var availability = Fields.text(this, "application.availability", 500);
        availability.setId("application-availability");
        availability.setHelperText(getTranslation("application.availability.help"));
        availability.setWidthFull();
        binder.forField(motivation)
                .asRequired(getTranslation("application.motivation.required"))
                .bind("motivation");
        binder.forField(availability).bind("availability");
        binder.setBean(form);
        var send = new Button(
                getTranslation(invitation == null ? "application.apply" : "application.acceptInvitation"), e -> {
                    if (!binder.validate().isOk()) {
                        return;
                    }
                    var sent = Attempt.run(() -> {
                        if (invitation == null) {
                            applications.apply(mission.id(), form);
                        } else {
                            applications.accept(invitation.id(), form);
                        }
                    });
                    if (sent) {
                        Attempt.done("application.sent");
                        reload.run();
                    }
                });
        send.setId("application-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new VerticalLayout(motivation, availability, new HorizontalLayout(send));
        layout.setPadding(false);
        return layout;
    }
}
