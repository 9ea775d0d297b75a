package org.passerelle.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorService;
import org.passerelle.matching.Candidate;
import org.passerelle.matching.MissionMatchService;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionService;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.ui.Attempt;

/**
 * The ranked, explained shortlist of experts for one of the representative's missions, in tiers: strong matches,
 * partial matches and, collapsed, experts who share only the sector. Each candidate has an invitation button (also
 * those flagged as not available during the mission) and an explanation saying which criteria matched, which did
 * not, and with what. When there is no strong match, the page says so and how to widen the search.
 */
@Route("candidates")
@RolesAllowed("INSTITUTION_REP")
public class CandidatesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final int SHOWN = 50;

    private final MissionMatchService matching;
    private final MissionService missions;
    private final ApplicationService applications;
    private String title = "";

    private final Explanation.Names names;

    public CandidatesView(
            MissionMatchService matching,
            MissionService missions,
            ApplicationService applications,
            SectorService sectors,
            Countries countries,
            Languages languages) {
        this.matching = matching;
        this.names = Explanation.Names.of(sectors, countries, languages, getLocale());
        this.missions = missions;
        this.applications = applications;
        setMaxWidth("70em");
        setId("candidates");
    }

    @Override
    public void setParameter(BeforeEvent event, Long missionId) {
        removeAll();
        try {
            var mission = missions.get(missionId);
            show(mission);
        } catch (RefusedException refused) {
            add(new H1(getTranslation(refused.messageKey())));
        }
    }

    private void show(MissionDetails mission) {
        removeAll();
        title = getTranslation("candidates.title", mission.title());
        add(new H1(title), new Anchor("mission/" + mission.id(), getTranslation("candidates.back")));
        add(new Paragraph(
                getTranslation(mission.languages().isEmpty() ? "candidates.rules" : "candidates.rules.languages")));
        var shortlist = matching.shortlist(mission.id(), SHOWN);
        if (shortlist.leftOutForLanguage() > 0) {
            var leftOut =
                    new Paragraph(getTranslation("candidates.leftOutForLanguage", shortlist.leftOutForLanguage()));
            leftOut.setId("left-out-for-language");
            add(leftOut);
        }
        var strong = tier(
                "strong", getTranslation("candidates.strong", shortlist.strong().size()));
        add(strong);
        if (shortlist.strong().isEmpty()) {
            var widen = new Paragraph(getTranslation("candidates.noStrong"));
            widen.setId("no-strong-matches");
            add(widen);
        }
        shortlist.strong().forEach(c -> add(card(mission, c)));
        if (!shortlist.partial().isEmpty()) {
            add(tier(
                    "partial",
                    getTranslation("candidates.partial", shortlist.partial().size())));
            shortlist.partial().forEach(c -> add(card(mission, c)));
        }
        if (!shortlist.sectorOnly().isEmpty()) {
            var sectorOnly = new VerticalLayout();
            sectorOnly.setPadding(false);
            shortlist.sectorOnly().forEach(c -> sectorOnly.add(card(mission, c)));
            var details = new Details(
                    getTranslation(
                            "candidates.sectorOnly", shortlist.sectorOnly().size()),
                    sectorOnly);
            details.setId("tier-sector-only");
            details.setOpened(false);
            add(details);
        }
        if (shortlist.strong().isEmpty()
                && shortlist.partial().isEmpty()
                && shortlist.sectorOnly().isEmpty()) {
            add(new Paragraph(getTranslation("candidates.none")));
        }
    }

    private static H2 tier(String id, String text) {
        var heading = new H2(text);
        heading.setId("tier-" + id);
        return heading;
    }

    private Div card(MissionDetails mission, Candidate candidate) {
        var card = new Div();
        card.addClassName("result-card");
        card.setId("candidate-" + candidate.profileId());
        card.add(
                new H3(
                        new Span(candidate.rank() + ". "),
                        new Anchor("experts/" + candidate.profileId(), candidate.name())),
                new Paragraph(candidate.headline() == null ? "" : candidate.headline()));
        if (candidate.unavailable()) {
            var away = new Span(getTranslation("candidates.unavailable"));
            away.getElement().getThemeList().add("badge contrast");
            away.addClassName("candidate-unavailable");
            card.add(away);
        }
        card.add(new Explanation(candidate.explanation(), names));
        if (candidate.application() != null) {
            var status = new Span(getTranslation(candidate.application().labelKey()));
            status.getElement().getThemeList().add("badge");
            card.add(status);
        } else {
            var invite = new Button(
                    getTranslation("candidates.invite"),
                    e -> new InviteDialog(candidate.name(), message -> {
                                if (Attempt.run(
                                        () -> applications.invite(mission.id(), candidate.profileId(), message))) {
                                    Attempt.done("candidates.invited", candidate.name());
                                }
                                show(missions.get(mission.id()));
                            })
                            .open());
            invite.setId("invite-" + candidate.profileId());
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(invite);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
