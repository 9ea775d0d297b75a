package org.passerelle.directory.web;

import java.util.Locale;
import org.passerelle.directory.Countries;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.Languages;
import org.passerelle.directory.ProfileTexts;
import org.passerelle.directory.SectorService;
import org.passerelle.directory.SimilarExperts;
import org.passerelle.shared.Translations;
import org.passerelle.shared.web.PageMeta;
import org.passerelle.shared.web.PageNotFoundException;
import org.passerelle.shared.web.PublicPage;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An expert's profile for visitors: only what the expert made public (read through {@link ExpertProfileService}, the
 * same visibility rules as the app); a profile whose name is not public is "not found".
 */
@PublicPage
class ExpertPublicPage {

    private final ExpertProfileService profiles;
    private final SimilarExperts similarExperts;
    private final SectorService sectors;
    private final Countries countries;
    private final Languages languages;
    private final MessageSource messages;

    ExpertPublicPage(
            ExpertProfileService profiles,
            SimilarExperts similarExperts,
            SectorService sectors,
            Countries countries,
            Languages languages,
            MessageSource messages) {
        this.profiles = profiles;
        this.similarExperts = similarExperts;
        this.sectors = sectors;
        this.countries = countries;
        this.languages = languages;
        this.messages = messages;
    }

    @GetMapping("/experts/{id:[^.]+}")
    String profile(@PathVariable String id, Locale locale, Model model) {
        var profile = profiles.view(PageNotFoundException.id(id)).orElseThrow(PageNotFoundException::new);
        var texts = ProfileTexts.of(
                profile, locale, Translations.of(messages, locale), countries, languages, sectors.active());
        model.addAttribute("profile", profile);
        model.addAttribute("texts", texts);
        model.addAttribute("photo", profiles.photo(profile.id()).isPresent());
        model.addAttribute("similar", similarExperts.similarTo(profile.id(), 5));
        var description = profile.headline().isEmpty() ? texts.sectors() : profile.headline();
        model.addAttribute(
                "meta", PageMeta.of(profile.displayName(), description).type("profile"));
        return "directory/expert";
    }
}
