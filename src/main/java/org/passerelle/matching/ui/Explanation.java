package org.passerelle.matching.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.directory.AvailabilityWindow;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.matching.MatchCriterion;
import org.passerelle.matching.SharedConcept;

/**
 * A match explanation as a list: each criterion with a mark saying whether it matched (in words, not colour alone,
 * for screen readers), and what matched: the shared concepts named in the reader's language with the expert's own
 * words (and their language when it is not the mission's), sectors, languages, dates in the reader's format.
 */
class Explanation extends UnorderedList {

    /** Names for the codes explanations carry: sectors, countries, languages. */
    record Names(Map<String, String> sectors, Countries countries, Languages languages) {

        static Names of(SectorService sectors, Countries countries, Languages languages, Locale locale) {
            return new Names(
                    sectors.active().stream().collect(Collectors.toMap(SectorInfo::code, s -> s.name(locale))),
                    countries,
                    languages);
        }
    }

    private final Names names;

    Explanation(List<MatchCriterion> criteria, Names names) {
        this.names = names;
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
                                case HIDDEN, UNKNOWN -> "badge";
                            });
            var item = new ListItem(
                    outcome, new Span(" " + getTranslation(criterion.criterion().labelKey())));
            var details = details(criterion);
            if (!details.isEmpty()) {
                item.add(new Span(" — " + String.join("; ", details)));
            }
            item.addClassName("criterion-" + criterion.outcome().name().toLowerCase(Locale.ROOT));
            add(item);
        }
    }

    private List<String> details(MatchCriterion criterion) {
        var details = new ArrayList<String>();
        criterion.concepts().forEach(c -> details.add(concept(c)));
        switch (criterion.criterion()) {
            case AVAILABILITY -> details.addAll(availability(criterion));
            case SKILLS, DESCRIPTION -> {
                if (!criterion.details().isEmpty()) {
                    details.add(getTranslation("match.words", String.join(", ", criterion.details())));
                }
            }
            default -> criterion.details().forEach(d -> details.add(describe(criterion.criterion(), d)));
        }
        return details;
    }

    private String concept(SharedConcept concept) {
        var label = concept.label(getLocale());
        var text = getTranslation(
                "match.concept." + concept.relation().name(),
                label,
                concept.expertWords().strip());
        if (concept.otherLanguage()) {
            text += " "
                    + getTranslation(
                            "match.concept.otherLanguage",
                            // in running text: "anglais", not "Anglais"
                            Locale.of(concept.expertLanguage()).getDisplayLanguage(getLocale()));
        }
        return text;
    }

    private List<String> availability(MatchCriterion criterion) {
        return switch (criterion.outcome()) {
            case MET -> criterion.windows().stream().map(this::window).toList();
            case NOT_MET -> List.of(unavailable(criterion));
            case UNKNOWN -> List.of(getTranslation("match.availability.unknown"));
            case HIDDEN -> List.of();
        };
    }

    private String unavailable(MatchCriterion criterion) {
        if (criterion.windows().isEmpty()) {
            return getTranslation("match.availability.none");
        }
        var next = criterion.windows().getFirst();
        var way = next.remote() && !next.onSite()
                ? getTranslation("match.availability.remoteOnly")
                : !next.remote() && next.onSite() ? getTranslation("match.availability.onSiteOnly") : "";
        return getTranslation("match.availability.from", date(next.start()), date(next.end()), way)
                .strip();
    }

    private String window(AvailabilityWindow window) {
        return date(window.start()) + " – " + date(window.end());
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(date);
    }

    private String describe(MatchCriterion.Criterion criterion, String detail) {
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
