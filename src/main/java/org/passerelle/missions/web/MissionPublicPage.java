package org.passerelle.missions.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionFacts;
import org.passerelle.missions.MissionQueryService;
import org.passerelle.missions.MissionStatus;
import org.passerelle.shared.Translations;
import org.passerelle.shared.web.JsonLd;
import org.passerelle.shared.web.PageMeta;
import org.passerelle.shared.web.PageNotFoundException;
import org.passerelle.shared.web.PublicPage;
import org.passerelle.shared.web.Site;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A published mission for visitors, crawlers and link previews: the terms of reference, OpenGraph data and schema.org
 * {@code JobPosting} data, a calendar file, and the way to apply (sign in, then the mission in the app). Reads through
 * {@link MissionQueryService}, so a visitor sees exactly the missions the board shows; anything else is "not found".
 */
@PublicPage
class MissionPublicPage {

    private final MissionQueryService board;
    private final SectorService sectors;
    private final Countries countries;
    private final Languages languages;
    private final MessageSource messages;

    MissionPublicPage(
            MissionQueryService board,
            SectorService sectors,
            Countries countries,
            Languages languages,
            MessageSource messages) {
        this.board = board;
        this.sectors = sectors;
        this.countries = countries;
        this.languages = languages;
        this.messages = messages;
    }

    @GetMapping("/mission/{id:[^.]+}")
    String mission(@PathVariable String id, Locale locale, @ModelAttribute("site") Site site, Model model) {
        var mission = board.view(PageNotFoundException.id(id)).orElseThrow(PageNotFoundException::new);
        var texts = Translations.of(messages, locale);
        Map<String, String> sectorNames =
                sectors.active().stream().collect(Collectors.toMap(SectorInfo::code, s -> s.name(locale)));
        var facts = MissionFacts.of(mission, locale, texts, countries, languages, sectorNames);
        model.addAttribute("mission", mission);
        model.addAttribute("facts", facts);
        model.addAttribute("status", texts.get(mission.status().labelKey()));
        model.addAttribute("open", mission.status() == MissionStatus.PUBLISHED);
        model.addAttribute("share", shareText(mission, site));
        model.addAttribute(
                "meta",
                PageMeta.of(mission.title(), description(mission, facts, texts))
                        .type("article")
                        .property("article:published_time", String.valueOf(mission.publishedAt()))
                        .property("article:modified_time", String.valueOf(mission.updatedAt()))
                        .property(
                                "article:section",
                                facts.facts().stream()
                                        .filter(f -> f.key().equals("mission.sectors"))
                                        .map(MissionFacts.Fact::value)
                                        .findFirst()
                                        .orElse(""))
                        .jsonLd(JsonLd.write(JobPosting.of(mission, site, sectorNames, countries))));
        return "missions/mission";
    }

    /** What a link preview shows under the title: institution, place, dates, then the summary. */
    private static String description(MissionDetails mission, MissionFacts facts, Translations texts) {
        var window = facts.facts().stream()
                .filter(f -> f.key().equals("mission.window"))
                .map(MissionFacts.Fact::value)
                .findFirst()
                .orElse("");
        return texts.get("public.mission.description", mission.institutionName(), facts.place(), window) + " "
                + mission.summary();
    }

    /** A "share on WhatsApp" link carrying the title and the address. */
    private static String shareText(MissionDetails mission, Site site) {
        return UriComponentsBuilder.fromUriString("https://wa.me/")
                .queryParam("text", mission.title() + " " + site.absolute("/mission/" + mission.id()))
                .encode()
                .build()
                .toUriString();
    }
}
