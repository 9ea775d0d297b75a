package org.passerelle.missions.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionFacts;

/** The terms of reference of a mission, as everyone reads them. */
class MissionDetailsPanel extends VerticalLayout {

    MissionDetailsPanel(
            MissionDetails mission, Countries countries, Languages languages, Map<String, String> sectorNames) {
        setPadding(false);
        setId("mission-details");
        var status = new Span(getTranslation(mission.status().labelKey()));
        status.setId("mission-status");
        status.getElement().getThemeList().add("badge");
        add(status, new Paragraph(mission.institutionName()));
        MissionFacts.of(mission, getLocale(), this::getTranslation, countries, languages, sectorNames)
                .facts()
                .forEach(fact -> {
                    var paragraph = new Paragraph(getTranslation("common.labelled", fact.label(), fact.value()));
                    paragraph.addClassName("fact");
                    add(paragraph);
                });
        var summary = new Paragraph(mission.summary());
        summary.setId("mission-summary-text");
        add(new H2(getTranslation("mission.summary")), summary);
        if (!mission.objectivesHtml().isEmpty()) {
            add(
                    new H2(getTranslation("mission.objectives")),
                    html("mission-objectives-text", mission.objectivesHtml()));
        }
        if (!mission.deliverablesHtml().isEmpty()) {
            add(
                    new H2(getTranslation("mission.deliverables")),
                    html("mission-deliverables-text", mission.deliverablesHtml()));
        }
    }

    private static Div html(String id, String sanitisedHtml) {
        var div = new Div(new Html("<div>" + sanitisedHtml + "</div>"));
        div.setId(id);
        return div;
    }
}
