package org.passerelle.missions.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Map;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.missions.MissionView;

/** The terms of reference of a mission, as everyone reads them. */
class MissionDetails extends VerticalLayout {

    MissionDetails(MissionView mission, Countries countries, Languages languages, Map<String, String> sectorNames) {
        setPadding(false);
        setId("mission-details");
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var status = new Span(getTranslation(mission.status().labelKey()));
        status.setId("mission-status");
        status.getElement().getThemeList().add("badge");
        var place = new ArrayList<String>();
        if (!mission.city().isEmpty()) {
            place.add(mission.city());
        }
        if (!mission.region().isEmpty()) {
            place.add(mission.region());
        }
        place.add(countries.name(mission.country(), getLocale()));
        add(
                status,
                new Paragraph(mission.institutionName()),
                fact(
                        "mission.place",
                        String.join(", ", place) + " · "
                                + getTranslation(mission.mode().labelKey())),
                fact(
                        "mission.window",
                        getTranslation(
                                "mission.windowValue",
                                dates.format(mission.startDate()),
                                dates.format(mission.endDate()),
                                mission.durationWeeks())),
                fact("mission.experts", String.valueOf(mission.expertsNeeded())),
                fact(
                        "mission.sectors",
                        String.join(
                                ", ",
                                mission.sectors().stream()
                                        .map(s -> sectorNames.getOrDefault(s, s))
                                        .sorted()
                                        .toList())));
        if (mission.applicationDeadline() != null) {
            add(fact("mission.deadline", dates.format(mission.applicationDeadline())));
        }
        if (!mission.skills().isEmpty()) {
            add(fact("mission.skills", String.join(", ", mission.skills())));
        }
        if (!mission.languages().isEmpty()) {
            add(fact(
                    "mission.languages",
                    String.join(
                            ", ",
                            mission.languages().stream()
                                    .map(l -> languages.name(l.language(), getLocale()) + " "
                                            + getTranslation(l.level().labelKey()))
                                    .toList())));
        }
        var covers = new ArrayList<String>();
        if (mission.coversTravel()) {
            covers.add(getTranslation("mission.covers.travel"));
        }
        if (mission.coversLodging()) {
            covers.add(getTranslation("mission.covers.lodging"));
        }
        if (mission.coversAllowance()) {
            covers.add(getTranslation("mission.covers.allowance"));
        }
        add(fact(
                "mission.covers",
                covers.isEmpty() ? getTranslation("mission.covers.nothing") : String.join(", ", covers)));
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

    private Paragraph fact(String labelKey, String value) {
        var paragraph = new Paragraph(getTranslation("common.labelled", getTranslation(labelKey), value));
        paragraph.addClassName("fact");
        return paragraph;
    }

    private static Div html(String id, String sanitisedHtml) {
        var div = new Div(new Html("<div>" + sanitisedHtml + "</div>"));
        div.setId(id);
        return div;
    }
}
