package org.passerelle.directory.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.passerelle.directory.Countries;
import org.passerelle.directory.ExpertProfileDetails;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.Languages;
import org.passerelle.directory.ProfileTexts;
import org.passerelle.directory.SectorService;
import org.passerelle.directory.SimilarExperts;

/**
 * An expert's profile as the viewer may see it. A profile that does not exist and one whose name is hidden from the
 * viewer look the same: not found.
 */
@Route("experts")
@AnonymousAllowed
public class ExpertProfileDetailsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ExpertProfileService profiles;
    private final Countries countries;
    private final Languages languages;
    private final SectorService sectors;
    private final SimilarExperts similarExperts;
    private String title = "";

    public ExpertProfileDetailsView(
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

    private void show(ExpertProfileDetails profile) {
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
        var texts = ProfileTexts.of(profile, locale, this::getTranslation, countries, languages, sectors.active());
        if (!texts.heritage().isEmpty() || !texts.residence().isEmpty()) {
            add(new H2(getTranslation("profile.section.ORIGINS")));
            if (!texts.heritage().isEmpty()) {
                add(labelled("profile.heritage", texts.heritage(), "expert-heritage"));
            }
            if (!texts.residence().isEmpty()) {
                add(labelled("profile.residenceCountry", texts.residence(), "expert-residence"));
            }
        }
        if (!texts.sectors().isEmpty()
                || !profile.skills().isEmpty()
                || !profile.skillsText().isEmpty()
                || !texts.languages().isEmpty()) {
            add(new H2(getTranslation("profile.section.EXPERTISE")));
            if (!texts.sectors().isEmpty()) {
                add(labelled("profile.sectors", texts.sectors(), "expert-sectors"));
            }
            if (!profile.skills().isEmpty()) {
                add(labelled("profile.skills", String.join(", ", profile.skills()), "expert-skills"));
            }
            if (!profile.skillsText().isEmpty()) {
                add(new Paragraph(profile.skillsText()));
            }
            if (!texts.languages().isEmpty()) {
                var list = new UnorderedList();
                list.setId("expert-languages");
                texts.languages().forEach(l -> list.add(new ListItem(l)));
                add(new Paragraph(getTranslation("profile.languages")), list);
            }
        }
        if (!texts.qualifications().isEmpty()) {
            add(new H2(getTranslation("profile.section.QUALIFICATIONS")));
            var list = new UnorderedList();
            list.setId("expert-qualifications");
            for (var q : texts.qualifications()) {
                var item = new ListItem(q.text());
                if (q.verified()) {
                    var badge = new Span(getTranslation("profile.qualification.verified"));
                    badge.getElement().getThemeList().add("badge success");
                    item.add(new Text(" "), badge);
                }
                list.add(item);
            }
            add(list);
        }
        if (!texts.experience().isEmpty()) {
            add(new H2(getTranslation("profile.section.EXPERIENCE")));
            var list = new UnorderedList();
            list.setId("expert-experience");
            for (var e : texts.experience()) {
                var item = new ListItem(e.text());
                if (!e.detail().isEmpty()) {
                    item.add(new Paragraph(e.detail()));
                }
                list.add(item);
            }
            add(list);
        }
        if (!texts.links().isEmpty()) {
            add(new H2(getTranslation("profile.section.PUBLICATIONS")));
            var list = new UnorderedList();
            list.setId("expert-links");
            for (var link : texts.links()) {
                var anchor = new Anchor(link.url(), link.title());
                anchor.getElement().setAttribute("rel", "nofollow noopener noreferrer");
                anchor.setTarget("_blank");
                list.add(new ListItem(new Text(link.kind() + " — "), anchor));
            }
            add(list);
        }
        if (!texts.availability().isEmpty()) {
            add(new H2(getTranslation("profile.section.AVAILABILITY")));
            var list = new UnorderedList();
            list.setId("expert-availability");
            texts.availability().forEach(w -> list.add(new ListItem(w)));
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
