package org.passerelle.matching.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.passerelle.directory.Countries;
import org.passerelle.matching.MatchCriterion;
import org.passerelle.missions.MissionDetails;

/** A mission in a list: title linking to its page, institution, place, dates, and optionally why it fits. */
class MissionCard extends Div {

    MissionCard(
            MissionDetails mission,
            Countries countries,
            List<String> snippets,
            List<MatchCriterion> explanation,
            Explanation.Names names) {
        addClassName("result-card");
        setId("mission-card-" + mission.id());
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var title = new H3(new Anchor("mission/" + mission.id(), mission.title()));
        var status = new Span(getTranslation(mission.status().labelKey()));
        status.getElement().getThemeList().add("badge");
        add(
                title,
                status,
                new Paragraph(mission.institutionName() + " · " + countries.name(mission.country(), getLocale()) + " · "
                        + getTranslation(mission.mode().labelKey())),
                new Paragraph(getTranslation(
                        "mission.windowValue",
                        dates.format(mission.startDate()),
                        dates.format(mission.endDate()),
                        mission.durationWeeks())),
                new Paragraph(mission.summary()));
        for (var snippet : snippets) {
            // escaped text with <mark> only, cleaned by the search
            add(new Html("<p class=\"snippet\">" + snippet + "</p>"));
        }
        if (explanation != null) {
            add(new Explanation(explanation, names));
        }
    }
}
