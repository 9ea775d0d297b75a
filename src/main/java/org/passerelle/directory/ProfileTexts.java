package org.passerelle.directory;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.passerelle.shared.Translations;

/**
 * A profile's facts as text in the reader's language: the app's profile page and the public page show the same.
 * Empty texts and lists are sections the profile leaves empty or hides from this reader.
 *
 * @param heritage the countries of origin, by name
 * @param residence the country (and city) of residence
 * @param sectors the sectors, by name
 * @param languages each language with its level
 * @param qualifications each qualification, "verified" when a moderator checked it
 * @param experience each position, with its description as detail
 * @param availability each window with its dates and ways of working
 */
public record ProfileTexts(
        String heritage,
        String residence,
        String sectors,
        List<String> languages,
        List<Item> qualifications,
        List<Item> experience,
        List<Link> links,
        List<String> availability) {

    public record Item(String text, String detail, boolean verified) {}

    /**
     * A publication or link.
     *
     * @param kind its kind, in the reader's language
     */
    public record Link(String kind, String title, String url) {}

    public static ProfileTexts of(
            ExpertProfileDetails profile,
            Locale locale,
            Translations texts,
            Countries countries,
            Languages languages,
            List<SectorInfo> sectors) {
        var heritage = profile.heritageCountries().stream()
                .map(c -> countries.name(c, locale))
                .sorted()
                .collect(Collectors.joining(", "));
        var residence = profile.residenceCountry() == null
                ? ""
                : countries.name(profile.residenceCountry(), locale)
                        + (profile.residenceCity().isEmpty() ? "" : " (" + profile.residenceCity() + ")");
        var sectorNames = sectors.stream()
                .filter(s -> profile.sectors().contains(s.code()))
                .map(s -> s.name(locale))
                .collect(Collectors.joining(", "));
        var spoken = profile.languages().stream()
                .map(l -> languages.name(l.language(), locale) + " — "
                        + texts.get(l.level().labelKey()))
                .toList();
        var qualifications = profile.qualifications().stream()
                .map(q -> new Item(
                        texts.get(q.kind().labelKey()) + " — " + q.title()
                                + (q.issuer().isEmpty() ? "" : ", " + q.issuer())
                                + (q.year() == null ? "" : " (" + q.year() + ")"),
                        "",
                        q.verified()))
                .toList();
        var experience = profile.experience().stream()
                .map(e -> new Item(
                        e.role()
                                + (e.organisation().isEmpty() ? "" : ", " + e.organisation())
                                + (e.fromYear() == null
                                        ? ""
                                        : " (" + e.fromYear() + "–" + (e.toYear() == null ? "" : e.toYear()) + ")"),
                        e.description(),
                        false))
                .toList();
        var links = profile.links().stream()
                .map(l -> new Link(texts.get(l.kind().labelKey()), l.title(), l.url()))
                .toList();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var availability = profile.availability().stream()
                .map(w -> texts.get(
                        "profile.availability.window",
                        dates.format(w.start()),
                        dates.format(w.end()),
                        texts.get(
                                w.remote() && w.onSite()
                                        ? "profile.availability.both"
                                        : w.remote() ? "profile.availability.remote" : "profile.availability.onSite")))
                .toList();
        return new ProfileTexts(
                heritage, residence, sectorNames, spoken, qualifications, experience, links, availability);
    }
}
