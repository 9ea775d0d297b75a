package org.passerelle.impact.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.impact.AtlasService;
import org.passerelle.impact.ImpactReports;
import org.passerelle.impact.Measure;
import org.passerelle.impact.WorldMapSvg;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.Translations;
import org.passerelle.shared.web.PageMeta;
import org.passerelle.shared.web.PageNotFoundException;
import org.passerelle.shared.web.PublicPage;
import org.passerelle.shared.web.SitemapSource;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The atlas for visitors: the world map inline (each country a link to its page), the measure and sector as a GET
 * form, the breakdown by continent, region and country as a table with links; and each country's page. Everything
 * comes from {@link AtlasService}, whose figures are aggregates with small counts of people suppressed.
 */
@PublicPage
class AtlasPublicPage implements SitemapSource {

    private final AtlasService atlas;
    private final ImpactReports reports;
    private final Countries countries;
    private final MessageSource messages;

    AtlasPublicPage(AtlasService atlas, ImpactReports reports, Countries countries, MessageSource messages) {
        this.atlas = atlas;
        this.reports = reports;
        this.countries = countries;
        this.messages = messages;
    }

    /** A row of the breakdown: the area, its figure, and the atlas (or country page) focused on it. */
    record Row(String name, String figure, String url) {}

    /** A step of the way back up: a name, and a link unless it is where the reader is. */
    record Crumb(String name, String url) {}

    @GetMapping("/atlas")
    String atlas(
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String continent,
            @RequestParam(required = false) String region,
            Locale locale,
            Model model) {
        var texts = Translations.of(messages, locale);
        var chosen = Measure.named(measure, Measure.EXPERTS_BY_HERITAGE);
        var sectorCode = reports.knownSector(sector);
        var continentCode = countries.knownArea(continent, null);
        var regionCode = continentCode == null ? null : countries.knownArea(region, continentCode);
        var figures = atlas.byCountry(chosen, sectorCode);
        Set<String> focus = new HashSet<>();
        if (continentCode != null) {
            countries.all().stream()
                    .filter(c -> c.continent().equals(continentCode)
                            && (regionCode == null || c.region().equals(regionCode)))
                    .forEach(c -> focus.add(c.code()));
        }
        var measureName = texts.get(chosen.labelKey());
        model.addAttribute(
                "map",
                WorldMapSvg.render(
                        figures,
                        focus,
                        code -> countries.name(code, locale),
                        texts.get("atlas.mapLabel", measureName),
                        locale,
                        code -> countryUrl(code, chosen, sectorCode),
                        true));
        model.addAttribute(
                "legend", WorldMapSvg.legend(figures, texts.get("atlas.legend.few"), texts.get("atlas.legend.none")));
        model.addAttribute(
                "rows",
                atlas.breakdown(chosen, sectorCode, continentCode, regionCode).stream()
                        .map(area -> new Row(
                                countries.name(area.code(), locale),
                                area.value().display(locale),
                                switch (area.level()) {
                                    case CONTINENT -> atlasUrl(chosen, sectorCode, area.code(), null);
                                    case REGION -> atlasUrl(chosen, sectorCode, continentCode, area.code());
                                    case COUNTRY -> countryUrl(area.code(), chosen, sectorCode);
                                }))
                        .toList());
        var crumbs = new ArrayList<Crumb>();
        crumbs.add(new Crumb(
                texts.get("atlas.world"), continentCode == null ? null : atlasUrl(chosen, sectorCode, null, null)));
        if (continentCode != null) {
            crumbs.add(new Crumb(
                    countries.name(continentCode, locale),
                    regionCode == null ? null : atlasUrl(chosen, sectorCode, continentCode, null)));
        }
        if (regionCode != null) {
            crumbs.add(new Crumb(countries.name(regionCode, locale), null));
        }
        model.addAttribute("crumbs", crumbs);
        model.addAttribute(
                "csv", atlasUrl(chosen, sectorCode, continentCode, regionCode).replaceFirst("^/atlas", "/atlas.csv"));
        model.addAttribute("measures", Measure.values());
        model.addAttribute("measure", chosen);
        model.addAttribute("sectors", reports.sectors());
        model.addAttribute("sector", sectorCode);
        model.addAttribute("continent", continentCode);
        model.addAttribute("region", regionCode);
        model.addAttribute("countryOptions", countryOptions(locale, null));
        model.addAttribute(
                "meta",
                PageMeta.of(texts.get("atlas.title"), texts.get("atlas.intro"))
                        .notIndexedIf(measure != null || sector != null || continent != null));
        return "impact/atlas";
    }

    /** The country chosen in the atlas's "go to a country" form. */
    @GetMapping("/atlas/country")
    String goToCountry(@RequestParam(required = false) String code) {
        if (code == null || !countries.isKnown(code)) {
            throw new PageNotFoundException();
        }
        return "redirect:" + countryUrl(code, null, null);
    }

    @GetMapping("/atlas/country/{code}")
    String country(
            @PathVariable String code,
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) String sector,
            Locale locale,
            Model model) {
        AtlasService.CountryProfile profile;
        try {
            profile = atlas.country(code);
        } catch (RefusedException unknown) {
            throw new PageNotFoundException();
        }
        var country = profile.country();
        var texts = Translations.of(messages, locale);
        var chosen = measure == null ? null : Measure.named(measure, Measure.EXPERTS_BY_HERITAGE);
        var sectorCode = reports.knownSector(sector);
        var name = country.name(locale);
        model.addAttribute("profile", profile);
        model.addAttribute("name", name);
        model.addAttribute(
                "crumbs",
                List.of(
                        new Crumb(texts.get("atlas.world"), atlasUrl(chosen, sectorCode, null, null)),
                        new Crumb(
                                countries.name(country.continent(), locale),
                                atlasUrl(chosen, sectorCode, country.continent(), null)),
                        new Crumb(
                                countries.name(country.region(), locale),
                                atlasUrl(chosen, sectorCode, country.continent(), country.region())),
                        new Crumb(name, null)));
        model.addAttribute(
                "figures",
                Arrays.stream(Measure.values())
                        .map(m -> new Row(
                                texts.get("country.figure." + m.name(), name),
                                profile.figures().get(m).display(locale),
                                null))
                        .toList());
        model.addAttribute(
                "missionStatus",
                profile.missions().stream()
                        .collect(Collectors.toMap(
                                m -> m.id(), m -> texts.get("mission.status." + m.status()), (a, b) -> a)));
        var outcomes = profile.outcomes();
        model.addAttribute(
                "outcomes",
                texts.get(
                        "country.outcomes",
                        outcomes.peopleTrained(),
                        outcomes.jobsCreated(),
                        outcomes.servicesDelivered()));
        model.addAttribute(
                "meta",
                PageMeta.of(
                        name,
                        texts.get(
                                "public.country.description",
                                name,
                                profile.figures()
                                        .get(Measure.EXPERTS_BY_HERITAGE)
                                        .display(locale),
                                profile.missions().size())));
        return "impact/country";
    }

    @Override
    public List<Entry> sitemapEntries() {
        var entries = new ArrayList<Entry>();
        entries.add(new Entry("/atlas", null));
        entries.add(new Entry("/impact", null));
        entries.add(new Entry("/knowledge", null));
        countries.all().forEach(c -> entries.add(new Entry("/atlas/country/" + c.code(), null)));
        return entries;
    }

    private final Options options = new Options();

    /** The countries as options of a select, by name in the reader's language. */
    String countryOptions(Locale locale, String chosen) {
        return options.html(
                "countries",
                locale,
                countries.sortedByName(locale).stream().map(Country::code).toList(),
                code -> countries.name(code, locale),
                chosen);
    }

    static String atlasUrl(Measure measure, String sector, String continent, String region) {
        var builder = UriComponentsBuilder.fromPath("/atlas");
        if (measure != null && measure != Measure.EXPERTS_BY_HERITAGE) {
            builder.queryParam("measure", measure.name());
        }
        if (sector != null) {
            builder.queryParam("sector", sector);
        }
        if (continent != null) {
            builder.queryParam("continent", continent);
        }
        if (region != null) {
            builder.queryParam("region", region);
        }
        return builder.encode().build().toUriString();
    }

    static String countryUrl(String code, Measure measure, String sector) {
        var builder = UriComponentsBuilder.fromPath("/atlas/country/{code}");
        if (measure != null && measure != Measure.EXPERTS_BY_HERITAGE) {
            builder.queryParam("measure", measure.name());
        }
        if (sector != null) {
            builder.queryParam("sector", sector);
        }
        return builder.buildAndExpand(code).encode().toUriString();
    }
}
