package org.passerelle.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.matching.Candidate;
import org.passerelle.matching.MissionMatchService;
import org.passerelle.missions.ApplicationService;
import org.passerelle.missions.MissionService;
import org.passerelle.missions.MissionView;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.ui.Attempt;

/**
 * The ranked, explained shortlist of experts for one of the representative's missions, with an invitation button per
 * candidate. Each explanation says which criteria matched, which did not, and with what.
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
            org.passerelle.directory.SectorService sectors,
            org.passerelle.directory.Countries countries,
            org.passerelle.directory.Languages languages) {
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

    private void show(MissionView mission) {
        removeAll();
        title = getTranslation("candidates.title", mission.title());
        add(new H1(title), new Anchor("mission/" + mission.id(), getTranslation("candidates.back")));
        add(new Paragraph(
                getTranslation(mission.languages().isEmpty() ? "candidates.rules" : "candidates.rules.languages")));
        var candidates = matching.candidates(mission.id(), SHOWN);
        if (candidates.isEmpty()) {
            add(new Paragraph(getTranslation("candidates.none")));
        }
        for (var candidate : candidates) {
            add(card(mission, candidate));
        }
    }

    private Div card(MissionView mission, Candidate candidate) {
        var card = new Div();
        card.addClassName("result-card");
        card.setId("candidate-" + candidate.profileId());
        card.add(
                new H3(
                        new Span(candidate.rank() + ". "),
                        new Anchor("experts/" + candidate.profileId(), candidate.name())),
                new Paragraph(candidate.headline() == null ? "" : candidate.headline()),
                new Explanation(candidate.explanation(), names));
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
