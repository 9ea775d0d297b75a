package org.passerelle.matching.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.matching.MatchCriterion;

/**
 * A match explanation as a list: each criterion with a mark saying whether it matched (in words, not colour alone,
 * for screen readers), and what matched.
 */
class Explanation extends UnorderedList {

    /** Names for the codes explanations carry: sectors, countries, languages. */
    record Names(java.util.Map<String, String> sectors, Countries countries, Languages languages) {

        static Names of(
                org.passerelle.directory.SectorService sectors,
                Countries countries,
                Languages languages,
                java.util.Locale locale) {
            return new Names(
                    sectors.active().stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    org.passerelle.directory.SectorInfo::code, s -> s.name(locale))),
                    countries,
                    languages);
        }
    }

    Explanation(List<MatchCriterion> criteria, Names names) {
        addClassName("match-explanation");
        for (var criterion : criteria) {
            var outcome = new Span(
                    getTranslation("match.outcome." + criterion.outcome().name()));
            outcome.getElement()
                    .getThemeList()
                    .add(
                            switch (criterion.outcome()) {
                                case MET -> "badge success";
                                case NOT_MET -> "badge contrast";
                                case HIDDEN -> "badge";
                            });
            var item = new ListItem(
                    outcome, new Span(" " + getTranslation(criterion.criterion().labelKey())));
            if (!criterion.details().isEmpty()) {
                item.add(new Span(" — "
                        + String.join(
                                ", ",
                                criterion.details().stream()
                                        .map(d -> describe(criterion.criterion(), d, names))
                                        .toList())));
            }
            item.addClassName("criterion-" + criterion.outcome().name().toLowerCase(java.util.Locale.ROOT));
            add(item);
        }
    }

    private String describe(MatchCriterion.Criterion criterion, String detail, Names names) {
        return switch (criterion) {
            case SECTOR -> names.sectors().getOrDefault(detail, detail);
            case HERITAGE -> names.countries().name(detail, getLocale());
            case LANGUAGES -> {
                var parts = detail.split(" ");
                yield parts.length == 2
                        ? names.languages().name(parts[0], getLocale()) + " "
                                + getTranslation("proficiency.atLeast", getTranslation("proficiency." + parts[1]))
                        : detail;
            }
            default -> detail;
        };
    }
}
