package org.passerelle.impact.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.impact.ImpactFilter;
import org.passerelle.impact.ImpactReports;
import org.passerelle.impact.ImpactService;
import org.passerelle.impact.KnowledgeService;
import org.passerelle.impact.Lesson;
import org.passerelle.shared.Translations;
import org.passerelle.shared.web.PageMeta;
import org.passerelle.shared.web.PublicPage;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The impact dashboard's figures and tables, and the knowledge hub's lessons, for visitors: filters as GET forms, the
 * same figures as the app's dashboard (through {@link ImpactService} and {@link ImpactReports}, small counts of people
 * suppressed), the charts' figures as tables.
 */
@PublicPage
class ImpactPublicPage {

    private final ImpactService impact;
    private final ImpactReports reports;
    private final KnowledgeService knowledge;
    private final Countries countries;
    private final MessageSource messages;

    ImpactPublicPage(
            ImpactService impact,
            ImpactReports reports,
            KnowledgeService knowledge,
            Countries countries,
            MessageSource messages) {
        this.impact = impact;
        this.reports = reports;
        this.knowledge = knowledge;
        this.countries = countries;
        this.messages = messages;
    }

    /** A lesson with its institution, country and sectors as one line. */
    record LessonCard(Lesson lesson, String facts) {}

    @GetMapping("/impact")
    String dashboard(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale,
            Model model) {
        var texts = Translations.of(messages, locale);
        var filter = new ImpactFilter(
                country != null && countries.isKnown(country) ? country : null,
                reports.knownSector(sector),
                date(from),
                date(to));
        var tables = reports.dashboardTables(impact.dashboard(filter), locale);
        model.addAttribute("filter", filter);
        model.addAttribute("description", reports.describe(filter, locale));
        model.addAttribute("totals", tables.getFirst());
        model.addAttribute("tables", tables.subList(1, tables.size()));
        model.addAttribute(
                "countryOptions",
                options.html(
                        "countries",
                        locale,
                        countries.sortedByName(locale).stream()
                                .map(Country::code)
                                .toList(),
                        code -> countries.name(code, locale),
                        filter.country()));
        model.addAttribute("sectors", reports.sectors());
        model.addAttribute(
                "meta",
                PageMeta.of(texts.get("impact.title"), texts.get("impact.intro"))
                        .notIndexedIf(country != null || sector != null || from != null || to != null));
        return "impact/dashboard";
    }

    @GetMapping("/knowledge")
    String knowledge(
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String area,
            Locale locale,
            Model model) {
        var texts = Translations.of(messages, locale);
        var areas = countries.areasByName(locale);
        var sectorCode = reports.knownSector(sector);
        var areaCode = area != null && areas.contains(area) ? area : null;
        model.addAttribute(
                "lessons",
                knowledge.lessons(sectorCode, areaCode).stream()
                        .map(lesson -> new LessonCard(
                                lesson,
                                lesson.institution() + " — " + countries.name(lesson.country(), locale) + " — "
                                        + String.join(
                                                ", ",
                                                lesson.sectors().stream()
                                                        .map(code -> reports.sectorName(code, locale))
                                                        .toList())))
                        .toList());
        model.addAttribute("sectors", reports.sectors());
        model.addAttribute("sector", sectorCode);
        model.addAttribute(
                "areaOptions", options.html("areas", locale, areas, a -> countries.name(a, locale), areaCode));
        model.addAttribute(
                "meta",
                PageMeta.of(texts.get("knowledge.title"), texts.get("knowledge.intro"))
                        .notIndexedIf(sector != null || area != null));
        return "impact/knowledge";
    }

    private final Options options = new Options();

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
