package org.passerelle.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page for visitors: what Passerelle is, for whom, and the ways in. Anyone may read it. */
@PublicPage
class LandingPublicPage implements SitemapSource {

    private final MessageSource messages;

    LandingPublicPage(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/")
    String landing(Locale locale, Model model) {
        model.addAttribute(
                "meta",
                PageMeta.of(
                        messages.getMessage("landing.title", null, locale),
                        messages.getMessage("landing.lead", null, locale)));
        return "landing";
    }

    @Override
    public List<Entry> sitemapEntries() {
        return List.of(new Entry("/", null));
    }
}
