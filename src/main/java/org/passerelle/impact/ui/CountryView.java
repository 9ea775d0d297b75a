package org.passerelle.impact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.List;
import org.passerelle.directory.Countries;
import org.passerelle.impact.AtlasService;
import org.passerelle.impact.Measure;
import org.passerelle.shared.RefusedException;

/**
 * A country of the atlas: its figures, the directory's experts of that heritage (as the directory shows them to the
 * visitor), verified institutions, public missions with their outcomes, and the communities of their sectors.
 */
@Route("atlas/country")
@AnonymousAllowed
public class CountryView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final AtlasService atlas;
    private final Countries countries;
    private String title = "";

    public CountryView(AtlasService atlas, Countries countries) {
        this.atlas = atlas;
        this.countries = countries;
        setMaxWidth("70em");
        setId("country-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        AtlasService.CountryProfile profile;
        try {
            profile = atlas.country(code);
        } catch (RefusedException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var locale = getLocale();
        var country = profile.country();
        // the atlas's measure and sector, kept for the way back
        var params = event.getLocation().getQueryParameters().getParameters();
        var atlasMeasure = Arrays.stream(Measure.values())
                .filter(m -> params.getOrDefault("measure", List.of()).contains(m.name()))
                .findFirst()
                .orElse(null);
        var sector = params.getOrDefault("sector", List.of()).stream()
                .filter(value -> value.matches("[A-Za-z0-9_-]{1,40}"))
                .findFirst()
                .orElse(null);
        title = country.name(locale);

        var breadcrumb = new Nav();
        breadcrumb.setId("country-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("atlas.breadcrumb"));
        breadcrumb.add(
                AtlasView.link(getTranslation("atlas.world"), AtlasView.parameters(atlasMeasure, sector, null, null)),
                new Span(" › "),
                AtlasView.link(
                        countries.name(country.continent(), locale),
                        AtlasView.parameters(atlasMeasure, sector, country.continent(), null)),
                new Span(" › "),
                AtlasView.link(
                        countries.name(country.region(), locale),
                        AtlasView.parameters(atlasMeasure, sector, country.continent(), country.region())),
                new Span(" › "),
                new Span(title));
        add(breadcrumb, new H1(title));

        var figures = new FlexLayout();
        figures.setId("country-figures");
        figures.getStyle().set("gap", "1em").set("flex-wrap", "wrap");
        for (var measure : Measure.values()) {
            var card = new Div(
                    new Span(profile.figures().get(measure).display(locale)),
                    new Paragraph(getTranslation("country.figure." + measure.name(), title)));
            card.addClassName("figure-card");
            card.setId("figure-" + measure.name());
            figures.add(card);
        }
        add(figures);
        var directory = new Anchor("directory?heritage=" + country.code(), getTranslation("country.directory", title));
        directory.setId("country-directory");
        add(directory);

        add(new H2(getTranslation("country.institutions")));
        add(list(
                "country-institutions",
                profile.institutions().stream()
                        .map(i -> new ListItem(i.name() + " — " + getTranslation("institution.type." + i.type())
                                + (i.city().isBlank() ? "" : ", " + i.city())))
                        .toList()));

        add(new H2(getTranslation("country.missions")));
        add(list(
                "country-missions",
                profile.missions().stream()
                        .map(m -> new ListItem(
                                new Anchor("mission/" + m.id(), m.title()),
                                new Span(" — " + m.institution() + " — "
                                        + getTranslation("mission.status." + m.status()))))
                        .toList()));
        var outcomes = profile.outcomes();
        add(new Paragraph(getTranslation(
                "country.outcomes", outcomes.peopleTrained(), outcomes.jobsCreated(), outcomes.servicesDelivered())));

        add(new H2(getTranslation("country.communities")));
        add(list(
                "country-communities",
                profile.communities().stream()
                        .map(c -> new ListItem(new Anchor(
                                "community/" + c.id(), "fr".equals(locale.getLanguage()) ? c.nameFr() : c.nameEn())))
                        .toList()));
    }

    private Div list(String id, List<ListItem> items) {
        var box = new Div();
        box.setId(id);
        if (items.isEmpty()) {
            box.add(new Paragraph(getTranslation("country.none")));
        } else {
            box.add(new UnorderedList(items.toArray(ListItem[]::new)));
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
