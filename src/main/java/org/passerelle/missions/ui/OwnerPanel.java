package org.passerelle.missions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.missions.ApplicationDetails;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.ApplicationStatus;
import org.passerelle.missions.MissionAction;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionLifecycle;
import org.passerelle.missions.MissionService;
import org.passerelle.missions.MissionStatus;
import org.passerelle.missions.ResponseStats;
import org.passerelle.shared.ui.Attempt;

/**
 * The institution's side of its own mission: move it through its life (edit, submit, start, complete, cancel), find
 * candidates, and decide on applicants.
 */
class OwnerPanel extends VerticalLayout {

    private final MissionService missions;
    private final ApplicationService applications;
    private final MissionDetails mission;
    private final Runnable reload;

    OwnerPanel(MissionService missions, ApplicationService applications, MissionDetails mission, Runnable reload) {
        this.missions = missions;
        this.applications = applications;
        this.mission = mission;
        this.reload = reload;
        setPadding(false);
        setId("owner-panel");
        add(actions());
        if (mission.status().ordinal() >= MissionStatus.PUBLISHED.ordinal()) {
            add(applicants());
        }
    }

    private HorizontalLayout actions() {
        var bar = new HorizontalLayout();
        bar.setId("mission-actions");
        var status = mission.status();
        if (MissionLifecycle.editable(status)) {
            var edit = new Button(
                    getTranslation("mission.edit"),
                    e -> getUI().ifPresent(ui -> ui.navigate(MissionEditorView.class, mission.id())));
            edit.setId("mission-edit");
            bar.add(edit);
        }
        if (MissionLifecycle.allows(status, MissionAction.SUBMIT)) {
            bar.add(action("mission-submit", "mission.submit", () -> missions.submit(mission.id(), mission.version())));
        }
        if (MissionLifecycle.recruiting(status)) {
            var candidates = new Anchor("candidates/" + mission.id(), getTranslation("mission.candidates"));
            candidates.setId("mission-candidates");
            bar.add(candidates);
        }
        if (MissionLifecycle.allows(status, MissionAction.START)) {
            bar.add(action(
                    "mission-start", "mission.start.action", () -> missions.start(mission.id(), mission.version())));
        }
        if (MissionLifecycle.allows(status, MissionAction.COMPLETE)) {
            bar.add(action(
                    "mission-complete",
                    "mission.complete.action",
                    () -> missions.complete(mission.id(), mission.version())));
        }
        if (MissionLifecycle.allows(status, MissionAction.CANCEL)) {
            var cancel = new Button(
                    getTranslation("mission.cancel.action"),
                    e -> new ReasonDialog(
                                    getTranslation("mission.cancel.title", mission.title()),
                                    "mission.reason",
                                    2000,
                                    true,
                                    "mission.cancel.action",
                                    reason -> {
                                        Attempt.run(() -> missions.cancel(mission.id(), mission.version(), reason));
                                        reload.run();
                                    })
                            .open());
            cancel.setId("mission-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(cancel);
        }
        return bar;
    }

    private Button action(String id, String labelKey, Runnable action) {
        var button = new Button(getTranslation(labelKey), e -> {
            if (Attempt.run(action)) {
                Attempt.done("mission.moved");
            }
            reload.run();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private VerticalLayout applicants() {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new H2(getTranslation("application.applicants")));
        var stats = applications.responseStats();
        var rate = new Paragraph(statsText(this, stats));
        rate.setId("response-stats");
        layout.add(rate);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var grid = new Grid<ApplicationDetails>();
        grid.setId("applicants-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(a -> new Anchor("experts/" + a.profileId(), a.expertName()))
                .setHeader(getTranslation("application.expert"));
        grid.addColumn(a -> getTranslation(a.status().labelKey())).setHeader(getTranslation("application.status"));
        grid.addColumn(a ->
                        a.appliedAt() == null ? "" : dates.format(a.appliedAt().atZone(ZoneOffset.UTC)))
                .setHeader(getTranslation("application.appliedOn"));
        grid.addColumn(ApplicationDetails::motivation)
                .setHeader(getTranslation("application.motivation"))
                .setFlexGrow(3);
        grid.addColumn(ApplicationDetails::availability).setHeader(getTranslation("application.availability"));
        grid.addComponentColumn(this::decisions).setKey("decisions").setAutoWidth(true);
        grid.setItems(applications.applicants(mission.id()));
        layout.add(grid);
        return layout;
    }

    /** How the institution answers applications, in a sentence. */
    static String statsText(Component owner, ResponseStats stats) {
        return stats.medianResponse() == null
                ? owner.getTranslation("application.stats.none", stats.received())
                : owner.getTranslation(
                        "application.stats",
                        stats.ratePercent(),
                        stats.received(),
                        Math.max(1, stats.medianResponse().toHours()));
    }

    private HorizontalLayout decisions(ApplicationDetails application) {
        var buttons = new HorizontalLayout();
        if (application.status() == ApplicationStatus.APPLIED) {
            buttons.add(small(
                    "application.shortlist",
                    "shortlist-" + application.id(),
                    () -> applications.shortlist(application.id(), application.version())));
        }
        if (ApplicationStatus.UNDER_CONSIDERATION.contains(application.status())
                && MissionLifecycle.recruiting(mission.status())) {
            buttons.add(small(
                    "application.select",
                    "select-" + application.id(),
                    () -> applications.select(application.id(), application.version())));
        }
        if (ApplicationStatus.UNDER_CONSIDERATION.contains(application.status())) {
            var decline = new Button(
                    getTranslation("application.decline"),
                    e -> new ReasonDialog(
                                    getTranslation("application.decline.title", application.expertName()),
                                    "application.decline.reason",
                                    1000,
                                    false,
                                    "application.decline",
                                    reason -> {
                                        Attempt.run(() ->
                                                applications.decline(application.id(), application.version(), reason));
                                        reload.run();
                                    })
                            .open());
            decline.setId("decline-" + application.id());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(decline);
        }
        return buttons;
    }

    private Button small(String labelKey, String id, Runnable action) {
        var button = new Button(getTranslation(labelKey), e -> {
            Attempt.run(action);
            reload.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }
}
