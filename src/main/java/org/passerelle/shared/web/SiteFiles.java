package org.passerelle.shared.web;

import java.io.StringWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.passerelle.shared.SupportedLanguages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files crawlers read: {@code robots.txt} (everything public may be crawled; the app's internals and the
 * sign-in pages are left out) and {@code sitemap.xml} (every public page the modules list, in each language).
 */
@RestController
class SiteFiles {

    private final List<SitemapSource> sources;
    private final PageModel pageModel;

    SiteFiles(List<SitemapSource> sources, PageModel pageModel) {
        this.sources = sources;
        this.pageModel = pageModel;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        var text = String.join(
                "\n",
                "User-agent: *",
                "Allow: /",
                "Disallow: /VAADIN/",
                "Disallow: /login",
                "Disallow: /register",
                "Disallow: /forgot-password",
                "Disallow: /reset-password",
                "Disallow: /mission/*/apply",
                "",
                "Sitemap: " + pageModel.base() + "/sitemap.xml",
                "");
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(text);
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() throws XMLStreamException {
        var entries = new ArrayList<SitemapSource.Entry>();
        sources.forEach(source -> entries.addAll(source.sitemapEntries()));
        var out = new StringWriter();
        var xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
        xml.writeNamespace("xhtml", "http://www.w3.org/1999/xhtml");
        for (var entry : entries) {
            for (var language : SupportedLanguages.ALL) {
                xml.writeStartElement("url");
                element(xml, "loc", address(entry.path(), language.getLanguage()));
                if (entry.modified() != null) {
                    element(
                            xml,
                            "lastmod",
                            entry.modified()
                                    .atOffset(ZoneOffset.UTC)
                                    .toLocalDate()
                                    .toString());
                }
                for (var alternate : SupportedLanguages.ALL) {
                    xml.writeEmptyElement("xhtml", "link", "http://www.w3.org/1999/xhtml");
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.getLanguage());
                    xml.writeAttribute("href", address(entry.path(), alternate.getLanguage()));
                }
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(out.toString());
    }

    private String address(String path, String language) {
        return pageModel.base() + path + (path.contains("?") ? "&" : "?") + PageLanguage.PARAMETER + "=" + language;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
