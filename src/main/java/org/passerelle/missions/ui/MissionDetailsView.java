package org.passerelle.missions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.institutions.Representation;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.CertificateService;
import org.passerelle.missions.MissionClosingService;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionDiscussionService;
import org.passerelle.missions.MissionLifecycle;
import org.passerelle.missions.MissionQueryService;
import org.passerelle.missions.MissionReviewService;
import org.passerelle.missions.MissionService;
import org.passerelle.missions.MissionStatus;
import org.passerelle.missions.MissionTransition;
import org.passerelle.shared.ui.Attempt;

/**
 * One mission. Everyone reads a mission on the board; experts apply or answer an invitation here; the institution's
 * representatives move the mission and decide on applicants; administrators review it. Drafts and missions under
 * review look not found to anyone else.
 */
@Route("mission")
@AnonymousAllowed
public class MissionDetailsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MissionQueryService board;
    private final MissionService missions;
    private final MissionReviewService review;
    private final ApplicationService applications;
    private final MissionClosingService closing;
    private final CertificateService certificates;
    private final MissionDiscussionService discussion;
    private final CurrentUser currentUser;
    private final Representation representation;
    private final Countries countries;
    private final Languages languages;
    private final SectorService sectors;
    private long missionId;
    private String title = "";

    public MissionDetailsView(
            MissionQueryService board,
            MissionService missions,
            MissionReviewService review,
            ApplicationService applications,
            MissionClosingService closing,
            CertificateService certificates,
            MissionDiscussionService discussion,
            CurrentUser currentUser,
            Representation representation,
            Countries countries,
            Languages languages,
            SectorService sectors) {
        this.board = board;
        this.missions = missions;
        this.review = review;
        this.applications = applications;
        this.closing = closing;
        this.certificates = certificates;
        this.discussion = discussion;
        this.currentUser = currentUser;
        this.representation = representation;
        this.countries = countries;
        this.languages = languages;
        this.sectors = sectors;
        setMaxWidth("70em");
        setId("mission-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var mission = id == null ? null : board.view(id).orElse(null);
        if (mission == null) {
            throw new NotFoundException();
        }
        missionId = id;
        show(mission);
    }

    private void reload() {
        board.view(missionId).ifPresentOrElse(this::show, () -> getUI().ifPresent(ui -> ui.navigate("")));
    }

    private void show(MissionDetails mission) {
        removeAll();
        title = mission.title();
        var sectorNames =
                sectors.active().stream().collect(Collectors.toMap(SectorInfo::code, s -> s.name(getLocale())));
        add(new H1(mission.title()), new MissionDetailsPanel(mission, countries, languages, sectorNames));
        var user = currentUser.get().orElse(null);
        if (user == null) {
            // how a visitor takes part: sign in (or register) as an expert
            var visitor = new Paragraph(
                    new Span(getTranslation("mission.visitor.text") + " "),
                    new Anchor("login", getTranslation("mission.visitor.signIn")),
                    new Span(" · "),
                    new Anchor("register", getTranslation("mission.visitor.register")));
            visitor.setId("mission-visitor");
            add(visitor);
            return;
        }
        var owner = user.has(Role.INSTITUTION_REP)
                && representation
                        .institutionOf(user.id())
                        .map(i -> i.id() == mission.institutionId())
                        .orElse(false);
        if (owner) {
            add(new OwnerPanel(missions, applications, mission, this::reload));
        } else if (user.has(Role.EXPERT) && mission.status().isPublic()) {
            add(new ApplicationPanel(applications, mission, this::reload));
        }
        var participant = (owner || user.has(Role.EXPERT)) && discussion.participates(mission.id());
        if (participant && MissionLifecycle.closing(mission.status())) {
            add(new ClosingPanel(closing, certificates, mission, owner, this::reload));
        }
        if (participant) {
            add(new DiscussionPanel(discussion, mission, this::reload));
        }
        if (owner) {
            add(history(missions.history(mission.id())));
        }
        if (user.has(Role.ADMIN)) {
            if (mission.status() == MissionStatus.SUBMITTED) {
                add(reviewActions(mission));
            }
            add(history(review.history(mission.id())));
        }
    }

    private HorizontalLayout reviewActions(MissionDetails mission) {
        var publish = new Button(getTranslation("mission.publish"), e -> {
            if (Attempt.run(() -> review.publish(mission.id(), mission.version()))) {
                Attempt.done("mission.moved");
            }
            reload();
        });
        publish.setId("mission-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var changes = new Button(
                getTranslation("mission.requestChanges"),
                e -> new ReasonDialog(
                                getTranslation("mission.requestChanges.title", mission.title()),
                                "mission.requestChanges.reason",
                                2000,
                                true,
                                "mission.requestChanges",
                                reason -> {
                                    Attempt.run(() -> review.requestChanges(mission.id(), mission.version(), reason));
                                    reload();
                                })
                        .open());
        changes.setId("mission-request-changes");
        var bar = new HorizontalLayout(publish, changes);
        bar.setId("review-actions");
        return bar;
    }

    private VerticalLayout history(List<MissionTransition> transitions) {
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var grid = new Grid<MissionTransition>();
        grid.setId("mission-history");
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> times.format(t.at()))
                .setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.action().labelKey())).setHeader(getTranslation("history.what"));
        grid.addColumn(t -> t.actorName() == null ? getTranslation("history.platform") : t.actorName())
                .setHeader(getTranslation("history.who"));
        grid.addColumn(MissionTransition::reason)
                .setHeader(getTranslation("history.why"))
                .setFlexGrow(3);
        grid.setItems(transitions);
        var layout = new VerticalLayout(new H2(getTranslation("history.title")), grid);
        layout.setPadding(false);
        return layout;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
