package org.passerelle.impact.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import org.passerelle.directory.Countries;
import org.passerelle.impact.ImpactReports;
import org.passerelle.impact.KnowledgeService;
import org.passerelle.impact.Lesson;
import org.passerelle.missions.MissionClosingService;
import org.passerelle.shared.ui.Attempt;

/**
 * The knowledge hub: practices and lessons from completed missions' summaries, featured first, filterable by sector
 * and by continent, region or country (in the URL: {@code knowledge?sector=…&area=…}). Moderators and administrators
 * feature or unfeature them.
 */
@Route("knowledge")
@Menu(title = "nav.knowledge", order = 10)
@AnonymousAllowed
public class KnowledgeHubView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeService knowledge;
    private final MissionClosingService closing;
    private final ImpactReports reports;
    private final Countries countries;
    private final boolean staff;
    private final Select<String> sector = new Select<>();
    private final ComboBox<String> area = new ComboBox<>();
    private final VerticalLayout list = new VerticalLayout();
    private boolean updating;

    public KnowledgeHubView(
            KnowledgeService knowledge, MissionClosingService closing, ImpactReports reports, Countries countries) {
        this.knowledge = knowledge;
        this.closing = closing;
        this.reports = reports;
        this.countries = countries;
        this.staff = closing.mayFeatureSummaries();
        setMaxWidth("70em");
        Filters.sector(sector, "knowledge-sector", reports);
        area.setId("knowledge-area");
        area.setLabel(getTranslation("knowledge.area"));
        area.setItems(countries.areasByName(getLocale()));
        area.setItemLabelGenerator(code -> countries.name(code, getLocale()));
        area.setClearButtonVisible(true);
        area.setWidth("20em");
        sector.addValueChangeListener(e -> changed());
        area.addValueChangeListener(e -> changed());
        list.setPadding(false);
        list.setId("knowledge-list");
        add(
                new H1(getTranslation("knowledge.title")),
                new Paragraph(getTranslation("knowledge.intro")),
                new HorizontalLayout(sector, area),
                list);
    }

    private void changed() {
        if (updating) {
            return;
        }
        var map = new LinkedHashMap<String, List<String>>();
        if (sector.getValue() != null) {
            map.put("sector", List.of(sector.getValue()));
        }
        if (area.getValue() != null) {
            map.put("area", List.of(area.getValue()));
        }
        UI.getCurrent().navigate(KnowledgeHubView.class, new QueryParameters(map));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        var knownSector = Filters.knownSector(params, reports);
        var areaCode = Filters.first(params, "area");
        var knownArea = areaCode != null && countries.areasByName(getLocale()).contains(areaCode) ? areaCode : null;
        updating = true;
        sector.setValue(knownSector);
        area.setValue(knownArea);
        updating = false;
        refresh(knownSector, knownArea);
    }

    private void refresh(String sectorCode, String areaCode) {
        list.removeAll();
        var lessons = knowledge.lessons(sectorCode, areaCode);
        if (lessons.isEmpty()) {
            list.add(new Paragraph(getTranslation("knowledge.none")));
        }
        lessons.forEach(lesson -> list.add(card(lesson, sectorCode, areaCode)));
    }

    private Div card(Lesson lesson, String sectorCode, String areaCode) {
        var card = new Div();
        card.addClassName("result-card");
        card.setId("lesson-" + lesson.missionId());
        var title = new H3(new Anchor("mission/" + lesson.missionId(), lesson.title()));
        card.add(title);
        if (lesson.featured()) {
            var badge = new Span(getTranslation("knowledge.featured"));
            badge.getElement().getThemeList().add("badge success");
            card.add(badge);
        }
        card.add(new Paragraph(lesson.institution() + " — " + countries.name(lesson.country(), getLocale()) + " — "
                + String.join(
                        ", ",
                        lesson.sectors().stream()
                                .map(code -> reports.sectorName(code, getLocale()))
                                .toList())));
        var outcome = lesson.outcome();
        card.add(new Paragraph(getTranslation(
                "country.outcomes", outcome.peopleTrained(), outcome.jobsCreated(), outcome.servicesDelivered())));
        // sanitised when published
        card.add(new Html("<div class=\"lesson-body\">" + lesson.summaryHtml() + "</div>"));
        var discuss = new Anchor("topic/" + lesson.topicId(), getTranslation("knowledge.discuss"));
        card.add(new Paragraph(discuss)); // a link in running text: underlined (see passerelle.css)
        if (staff) {
            var feature =
                    new Button(getTranslation(lesson.featured() ? "knowledge.unfeature" : "knowledge.feature"), e -> {
                        if (Attempt.run(() -> closing.featureSummary(lesson.missionId(), !lesson.featured()))) {
                            refresh(sectorCode, areaCode);
                        }
                    });
            feature.setId("feature-" + lesson.missionId());
            feature.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            card.add(feature);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.title");
    }
}
