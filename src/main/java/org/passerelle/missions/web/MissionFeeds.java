package org.passerelle.missions.web;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.passerelle.directory.Countries;
import org.passerelle.directory.SectorService;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionQueryService;
import org.passerelle.shared.PasserelleProperties;
import org.passerelle.shared.Translations;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Atom feeds of the newest missions taking applications: all of them, per sector and per country. A feed reader, a
 * WhatsApp or Telegram bot, or a partner's site follows them. An unknown sector or country gives an empty feed.
 */
@RestController
class MissionFeeds {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 30;
    private static final String NS = "http://www.w3.org/2005/Atom";

    private final MissionQueryService board;
    private final SectorService sectors;
    private final Countries countries;
    private final PasserelleProperties properties;
    private final MessageSource messages;

    MissionFeeds(
            MissionQueryService board,
            SectorService sectors,
            Countries countries,
            PasserelleProperties properties,
            MessageSource messages) {
        this.board = board;
        this.sectors = sectors;
        this.countries = countries;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/feeds/missions.atom")
    ResponseEntity<String> all(Locale locale) throws XMLStreamException {
        return feed(
                "feeds/missions.atom",
                Translations.of(messages, locale).get("feed.title"),
                board.newest(null, null, ENTRIES),
                locale);
    }

    @GetMapping("/feeds/missions/sector/{code}.atom")
    ResponseEntity<String> sector(@PathVariable String code, Locale locale) throws XMLStreamException {
        var name = sectors.active().stream()
                .filter(s -> s.code().equals(code))
                .map(s -> s.name(locale))
                .findFirst();
        var missions = name.isPresent() ? board.newest(code, null, ENTRIES) : List.<MissionDetails>of();
        return feed(
                "feeds/missions/sector/" + code + ".atom",
                Translations.of(messages, locale).get("feed.title.of", name.orElse(code)),
                missions,
                locale);
    }

    @GetMapping("/feeds/missions/country/{code}.atom")
    ResponseEntity<String> country(@PathVariable String code, Locale locale) throws XMLStreamException {
        var known = countries.isKnown(code);
        var missions = known ? board.newest(null, code, ENTRIES) : List.<MissionDetails>of();
        return feed(
                "feeds/missions/country/" + code + ".atom",
                Translations.of(messages, locale).get("feed.title.of", known ? countries.name(code, locale) : code),
                missions,
                locale);
    }

    private ResponseEntity<String> feed(String path, String title, List<MissionDetails> missions, Locale locale)
            throws XMLStreamException {
        var self = properties.link(UriUtils.encodePath(path, "UTF-8"));
        var out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml:lang", locale.getLanguage());
        element(xml, "id", self);
        element(xml, "title", title);
        element(
                xml,
                "updated",
                time(missions.stream()
                        .map(m -> m.publishedAt() == null ? m.updatedAt() : m.publishedAt())
                        .max(Instant::compareTo)
                        .orElse(Instant.EPOCH)));
        link(xml, "self", self, "application/atom+xml");
        link(xml, "alternate", properties.link("missions"), "text/html");
        xml.writeStartElement("author");
        element(xml, "name", Translations.of(messages, locale).get("app.name"));
        xml.writeEndElement();
        for (var mission : missions) {
            var url = properties.link("mission/" + mission.id());
            xml.writeStartElement("entry");
            element(xml, "id", url);
            element(xml, "title", mission.title());
            element(
                    xml,
                    "published",
                    time(mission.publishedAt() == null ? mission.updatedAt() : mission.publishedAt()));
            element(xml, "updated", time(mission.updatedAt()));
            link(xml, "alternate", url, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", mission.institutionName());
            xml.writeEndElement();
            for (var sector : mission.sectors()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", sector);
            }
            element(
                    xml,
                    "summary",
                    countries.name(mission.country(), locale) + " · " + mission.startDate() + " – " + mission.endDate()
                            + " · " + mission.summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .contentType(ATOM)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
                .body(out.toString());
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
