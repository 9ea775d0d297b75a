package org.passerelle.directory.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.stream.Collectors;
import org.passerelle.directory.Countries;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ExpertProfileView;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorService;
import org.passerelle.directory.SimilarExperts;

/**
 * An expert's profile as the viewer may see it. A profile that does not exist and one whose name is hidden from the
 * viewer look the same: not found.
 */
@Route("experts")
@AnonymousAllowed
public class ExpertProfilePage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ExpertProfileService profiles;
    private final Countries countries;
    private final Languages languages;
    private final SectorService sectors;
    private final SimilarExperts similarExperts;
    private String title = "";

    public ExpertProfilePage(
            ExpertProfileService profiles,
            Countries countries,
            Languages languages,
            SectorService sectors,
            SimilarExperts similarExperts) {
        this.profiles = profiles;
        this.countries = countries;
        this.languages = languages;
        this.sectors = sectors;
        this.similarExperts = similarExperts;
        setMaxWidth("60em");
        setId("expert-profile");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var profile = id == null ? null : profiles.view(id).orElse(null);
        if (profile == null) {
            throw new NotFoundException();
        }
        title = profile.displayName();
        show(profile);
    }

    private void show(ExpertProfileView profile) {
        removeAll();
        var locale = getLocale();
        add(new H1(profile.displayName()));
        profiles.photo(profile.id()).ifPresent(bytes -> {
            var photo = PhotoImage.of(bytes, getTranslation("profile.photo.altOf", profile.displayName()));
            photo.setId("expert-photo");
            photo.addClassName("profile-photo");
            photo.setWidth("128px");
            add(photo);
        });
        if (!profile.headline().isEmpty()) {
            var headline = new Paragraph(profile.headline());
            headline.addClassName("lead");
            headline.setId("expert-headline");
            add(headline);
        }
        if (profile.own()) {
            add(new Anchor("profile", getTranslation("profile.edit")));
        }
        if (!profile.heritageCountries().isEmpty() || profile.residenceCountry() != null) {
            add(new H2(getTranslation("profile.section.ORIGINS")));
            if (!profile.heritageCountries().isEmpty()) {
                add(labelled("profile.heritage", countryNames(profile.heritageCountries()), "expert-heritage"));
            }
            if (profile.residenceCountry() != null) {
                var place = countries.name(profile.residenceCountry(), locale)
                        + (profile.residenceCity().isEmpty() ? "" : " (" + profile.residenceCity() + ")");
                add(labelled("profile.residenceCountry", place, "expert-residence"));
            }
        }
        if (!profile.sectors().isEmpty()
                || !profile.skills().isEmpty()
                || !profile.languages().isEmpty()) {
            add(new H2(getTranslation("profile.section.EXPERTISE")));
            var sectorNames = sectors.active().stream()
                    .filter(s -> profile.sectors().contains(s.code()))
                    .map(s -> s.name(locale))
                    .collect(Collectors.joining(", "));
            if (!sectorNames.isEmpty()) {
                add(labelled("profile.sectors", sectorNames, "expert-sectors"));
            }
            if (!profile.skills().isEmpty()) {
                add(labelled("profile.skills", String.join(", ", profile.skills()), "expert-skills"));
            }
            if (!profile.skillsText().isEmpty()) {
                add(new Paragraph(profile.skillsText()));
            }
            if (!profile.languages().isEmpty()) {
                var list = new UnorderedList();
                list.setId("expert-languages");
                profile.languages()
                        .forEach(l -> list.add(new ListItem(languages.name(l.language(), locale) + " — "
                                + getTranslation(l.level().labelKey()))));
                add(new Paragraph(getTranslation("profile.languages")), list);
            }
        }
        if (!profile.qualifications().isEmpty()) {
            add(new H2(getTranslation("profile.section.QUALIFICATIONS")));
            var list = new UnorderedList();
            list.setId("expert-qualifications");
            for (var q : profile.qualifications()) {
                var text = getTranslation(q.kind().labelKey()) + " — " + q.title()
                        + (q.issuer().isEmpty() ? "" : ", " + q.issuer())
                        + (q.year() == null ? "" : " (" + q.year() + ")");
                var item = new ListItem(text);
                if (q.verified()) {
                    var badge =
                            new com.vaadin.flow.component.html.Span(getTranslation("profile.qualification.verified"));
                    badge.getElement().getThemeList().add("badge success");
                    item.add(new com.vaadin.flow.component.Text(" "), badge);
                }
                list.add(item);
            }
            add(list);
        }
        if (!profile.experience().isEmpty()) {
            add(new H2(getTranslation("profile.section.EXPERIENCE")));
            var list = new UnorderedList();
            list.setId("expert-experience");
            for (var e : profile.experience()) {
                var years = e.fromYear() == null
                        ? ""
                        : " (" + e.fromYear() + "–" + (e.toYear() == null ? "" : e.toYear()) + ")";
                var item = new ListItem(e.role() + (e.organisation().isEmpty() ? "" : ", " + e.organisation()) + years);
                if (!e.description().isEmpty()) {
                    item.add(new Paragraph(e.description()));
                }
                list.add(item);
            }
            add(list);
        }
        if (!profile.links().isEmpty()) {
            add(new H2(getTranslation("profile.section.PUBLICATIONS")));
            var list = new UnorderedList();
            list.setId("expert-links");
            for (var link : profile.links()) {
                var anchor = new Anchor(link.url(), link.title());
                anchor.getElement().setAttribute("rel", "nofollow noopener noreferrer");
                anchor.setTarget("_blank");
                list.add(new ListItem(
                        new com.vaadin.flow.component.Text(
                                getTranslation(link.kind().labelKey()) + " — "),
                        anchor));
            }
            add(list);
        }
        if (!profile.availability().isEmpty()) {
            add(new H2(getTranslation("profile.section.AVAILABILITY")));
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            var list = new UnorderedList();
            list.setId("expert-availability");
            profile.availability()
                    .forEach(w -> list.add(new ListItem(getTranslation(
                            "profile.availability.window",
                            dates.format(w.start()),
                            dates.format(w.end()),
                            ways(w.remote(), w.onSite())))));
            add(list);
        }
        if (!profile.bioHtml().isEmpty()) {
            add(new H2(getTranslation("profile.section.BIO")));
            var bio = new Div(new Html("<div>" + profile.bioHtml() + "</div>"));
            bio.setId("expert-bio");
            add(bio);
        }
        var similar = similarExperts.similarTo(profile.id(), 5);
        if (!similar.isEmpty()) {
            add(new H2(getTranslation("profile.similar")));
            var list = new UnorderedList();
            list.setId("expert-similar");
            similar.forEach(s -> list.add(new ListItem(new Anchor(
                    "experts/" + s.id(), s.headline().isEmpty() ? s.name() : s.name() + " — " + s.headline()))));
            add(list);
        }
    }

    private String ways(boolean remote, boolean onSite) {
        if (remote && onSite) {
            return getTranslation("profile.availability.both");
        }
        return getTranslation(remote ? "profile.availability.remote" : "profile.availability.onSite");
    }

    private String countryNames(Collection<String> codes) {
        return codes.stream().map(c -> countries.name(c, getLocale())).sorted().collect(Collectors.joining(", "));
    }

    private Paragraph labelled(String labelKey, String text, String id) {
        var paragraph = new Paragraph(getTranslation("common.labelled", getTranslation(labelKey), text));
        paragraph.setId(id);
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
