package org.passerelle.matching.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.matching.BoardAddress;
import org.passerelle.matching.MissionQuery;
import org.passerelle.matching.MissionSearchService;
import org.passerelle.shared.Translations;
import org.passerelle.shared.web.PageMeta;
import org.passerelle.shared.web.PublicPage;
import org.passerelle.shared.web.SitemapSource;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mission board for visitors, without script: a GET form for the words, the way of working and the dates, facets
 * as links (each adds or removes one value, with its count), pages as links. The same search as the app's board,
 * with the same addresses ({@link BoardAddress}), through {@link MissionSearchService}.
 */
@PublicPage
class MissionBoardPublicPage implements SitemapSource {

    static final int PAGE = 20;
    static final int MAX_PAGES = 50;

    private final MissionSearchService search;
    private final SectorService sectors;
    private final Countries countries;
    private final Languages languages;
    private final MessageSource messages;

    MissionBoardPublicPage(
            MissionSearchService search,
            SectorService sectors,
            Countries countries,
            Languages languages,
            MessageSource messages) {
        this.search = search;
        this.sectors = sectors;
        this.countries = countries;
        this.languages = languages;
        this.messages = messages;
    }

    /** One value of a facet: its name, its count, and the board with it added or (when chosen) removed. */
    record FacetValue(String name, long count, String url, boolean chosen) {}

    /** A facet with its values, most frequent first; chosen values always listed. */
    record Facet(String id, String labelKey, List<FacetValue> values, boolean open) {}

    /** A mission in the results. */
    record Result(
            long id,
            String title,
            String institution,
            String place,
            String window,
            String mode,
            String summary,
            List<String> snippets) {}

    @GetMapping("/missions")
    String board(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
        var texts = Translations.of(messages, locale);
        var query = BoardAddress.fromParameters(parameters);
        int page = pageNumber(parameters.getFirst("page"));
        var results = search.search(query, (page - 1) * PAGE, PAGE);
        Map<String, String> sectorNames =
                sectors.active().stream().collect(Collectors.toMap(SectorInfo::code, s -> s.name(locale)));
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var hits = results.hits().stream()
                .map(hit -> {
                    var mission = hit.mission();
                    var place = mission.city().isEmpty()
                            ? countries.name(mission.country(), locale)
                            : mission.city() + ", " + countries.name(mission.country(), locale);
                    return new Result(
                            mission.id(),
                            mission.title(),
                            mission.institutionName(),
                            place,
                            dates.format(mission.startDate()) + " – " + dates.format(mission.endDate()),
                            texts.get(mission.mode().labelKey()),
                            mission.summary(),
                            hit.snippets());
                })
                .toList();
        var facets = List.of(
                facet(
                        "sector",
                        "mission.sectors",
                        results.sectors(),
                        query.sectors(),
                        query,
                        MissionQuery::withSectors,
                        code -> sectorNames.getOrDefault(code, code)),
                facet(
                        "country",
                        "mission.country",
                        results.countries(),
                        query.countries(),
                        query,
                        MissionQuery::withCountries,
                        code -> countries.name(code, locale)),
                facet(
                        "region",
                        "board.region",
                        results.regions(),
                        query.regions(),
                        query,
                        MissionQuery::withRegions,
                        code -> countries.name(code, locale)),
                facet(
                        "lang",
                        "mission.languages",
                        results.languages(),
                        query.languages(),
                        query,
                        MissionQuery::withLanguages,
                        code -> languages.name(code, locale)));
        int pages = (int) Math.min(MAX_PAGES, (results.total() + PAGE - 1) / PAGE);
        model.addAttribute("query", query);
        model.addAttribute("modes", MissionQuery.Mode.values());
        model.addAttribute("results", hits);
        model.addAttribute("total", results.total());
        model.addAttribute(
                "facets", facets.stream().filter(f -> !f.values().isEmpty()).toList());
        model.addAttribute("page", page);
        model.addAttribute("previous", page > 1 ? url(query, page - 1) : null);
        model.addAttribute("next", page < pages ? url(query, page + 1) : null);
        model.addAttribute("pages", Math.max(pages, 1));
        model.addAttribute("feed", feed(query));
        var title = texts.get("nav.missions");
        var meta = PageMeta.of(
                query.hasText() ? texts.get("public.board.titleFor", query.text()) : title,
                texts.get("public.board.description", results.total()));
        var filtered =
                query.hasText() || page > 1 || !BoardAddress.toParameters(query).isEmpty();
        model.addAttribute("meta", filtered ? meta.notIndexed() : meta);
        return "matching/board";
    }

    private Facet facet(
            String id,
            String labelKey,
            Map<String, Long> counts,
            Set<String> chosen,
            MissionQuery query,
            BiFunction<MissionQuery, Set<String>, MissionQuery> with,
            Function<String, String> name) {
        var codes = new LinkedHashSet<String>(chosen);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .forEach(codes::add);
        var values = new ArrayList<FacetValue>();
        for (var code : codes) {
            var selected = chosen.contains(code);
            var changed = new LinkedHashSet<>(chosen);
            if (selected) {
                changed.remove(code);
            } else {
                changed.add(code);
            }
            values.add(new FacetValue(
                    name.apply(code), counts.getOrDefault(code, 0L), url(with.apply(query, changed), 1), selected));
        }
        return new Facet(id, labelKey, List.copyOf(values), !chosen.isEmpty());
    }

    /** The board's address for this search and page. */
    static String url(MissionQuery query, int page) {
        var builder = UriComponentsBuilder.fromPath("/missions");
        BoardAddress.toParameters(query).forEach((name, values) -> builder.queryParam(name, values.toArray()));
        if (page > 1) {
            builder.queryParam("page", page);
        }
        return builder.encode().build().toUriString();
    }

    /** The Atom feed matching the search's single sector or country, else the whole feed. */
    private static String feed(MissionQuery query) {
        if (query.sectors().size() == 1 && query.countries().isEmpty()) {
            return feed("sector", query.sectors().iterator().next());
        }
        if (query.countries().size() == 1 && query.sectors().isEmpty()) {
            return feed("country", query.countries().iterator().next());
        }
        return "/feeds/missions.atom";
    }

    private static String feed(String kind, String code) {
        return UriComponentsBuilder.fromPath("/feeds/missions/{kind}/{code}.atom")
                .buildAndExpand(kind, code)
                .encode()
                .toUriString();
    }

    private static int pageNumber(String text) {
        try {
            return Math.clamp(Integer.parseInt(text == null ? "1" : text), 1, MAX_PAGES);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public List<Entry> sitemapEntries() {
        return List.of(new Entry("/missions", null));
    }
}
