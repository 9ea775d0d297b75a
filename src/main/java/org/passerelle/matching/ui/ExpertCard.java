package org.passerelle.matching.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.directory.Countries;
import org.passerelle.matching.ExpertHit;

/** One search result: name (to the profile), headline, sectors, origins and the matching passages. */
class ExpertCard extends Div {

    ExpertCard(ExpertHit hit, Countries countries, Map<String, String> sectorNames) {
        addClassName("expert-card");
        var name = new Anchor("experts/" + hit.id(), hit.name());
        name.addClassName("expert-card-name");
        add(name);
        if (!hit.headline().isEmpty()) {
            add(new Paragraph(hit.headline()));
        }
        var facts = new StringBuilder();
        if (!hit.sectors().isEmpty()) {
            facts.append(hit.sectors().stream()
                    .map(code -> sectorNames.getOrDefault(code, code))
                    .collect(Collectors.joining(", ")));
        }
        if (!hit.heritageCountries().isEmpty()) {
            if (!facts.isEmpty()) {
                facts.append(" · ");
            }
            facts.append(hit.heritageCountries().stream()
                    .map(code -> countries.name(code, getLocale()))
                    .collect(Collectors.joining(", ")));
        }
        if (hit.residenceCountry() != null) {
            facts.append(" · ")
                    .append(getTranslation("search.livesIn", countries.name(hit.residenceCountry(), getLocale())));
        }
        if (!facts.isEmpty()) {
            var span = new Span(facts.toString());
            span.addClassName("expert-card-facts");
            add(span);
        }
        for (var snippet : hit.snippets()) {
            // escaped by the highlighter and cleaned to <mark> tags only (matching.internal)
            var html = new Html("<p class=\"snippet\">" + snippet + "</p>");
            add(html);
        }
    }
}
