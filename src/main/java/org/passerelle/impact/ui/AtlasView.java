package org.passerelle.impact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.impact.AtlasService;
import org.passerelle.impact.AtlasService.Area;
import org.passerelle.impact.ImpactReports;
import org.passerelle.impact.Measure;
import org.passerelle.impact.WorldGeometry;

/**
 * The atlas: the world map coloured by a measure, and the drill-down world → continent → region → country (by
 * clicking the map or the table, or choosing a country from the list). The selection lives in the URL:
 * {@code atlas?measure=…&sector=…&continent=…&region=…}.
 */
@Route("atlas")
@Menu(title = "nav.atlas", order = 8)
@AnonymousAllowed
public class AtlasView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AtlasService atlas;
    private final ImpactReports reports;
    private final Countries countries;

    private final Select<Measure> measure = new Select<>();
    private final Select<String> sector = new Select<>();
    private final ComboBox<Country> country = new ComboBox<>();
    private final Nav breadcrumb = new Nav();
    private final WorldMap map = new WorldMap();
    private final Grid<Area> table = new Grid<>();
    private final Anchor csv = new Anchor();

    private Measure currentMeasure = Measure.EXPERTS_BY_HERITAGE;
    private String currentSector;
    private String continent;
    private String region;
    private boolean updating;

    public AtlasView(AtlasService atlas, ImpactReports reports, Countries countries) {
        this.atlas = atlas;
        this.reports = reports;
        this.countries = countries;
        setMaxWidth("80em");
        measure.setId("atlas-measure");
        measure.setLabel(getTranslation("atlas.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        measure.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                go(e.getValue(), currentSector, continent, region);
            }
        });
        Filters.sector(sector, "atlas-sector", reports);
        sector.addValueChangeListener(e -> {
            if (!updating) {
                go(currentMeasure, e.getValue(), continent, region);
            }
        });
        country.setId("atlas-country");
        country.setLabel(getTranslation("atlas.goToCountry"));
        country.setItems(countries.sortedByName(getLocale()));
        country.setItemLabelGenerator(c -> c.name(getLocale()));
        country.setWidth("18em");
        country.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                openCountry(e.getValue().code());
            }
        });
        breadcrumb.setId("atlas-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("atlas.breadcrumb"));
        map.onCountryClick(this::openCountry);

        table.setId("atlas-table");
        table.addColumn(a -> countries.name(a.code(), getLocale()))
                .setHeader(getTranslation("atlas.area"))
                .setFlexGrow(2);
        table.addColumn(a -> a.value().display(getLocale()))
                .setHeader(getTranslation("atlas.figure"))
                .setAutoWidth(true);
        table.setAllRowsVisible(true);
        table.addItemClickListener(e -> open(e.getItem()));
        csv.setId("atlas-csv");
        csv.setText(getTranslation("export.csv"));
        var pdf = new PdfExport(
                "atlas-pdf",
                () -> {
                    var m = currentMeasure;
                    var s = currentSector;
                    var c = continent;
                    var r = region;
                    var locale = getLocale();
                    return progress -> reports.atlasPdf(m, s, c, r, locale, progress);
                },
                () -> "passerelle-atlas.pdf");
        var attribution = new Paragraph(getTranslation("atlas.attribution", WorldGeometry.ATTRIBUTION));
        attribution.addClassName("small-print");
        add(
                new H1(getTranslation("atlas.title")),
                new Paragraph(getTranslation("atlas.intro")),
                new HorizontalLayout(measure, sector, country),
                breadcrumb,
                map,
                attribution,
                table,
                new HorizontalLayout(csv, pdf));
    }

    private void open(Area area) {
        switch (area.level()) {
            case CONTINENT -> go(currentMeasure, currentSector, area.code(), null);
            case REGION -> go(currentMeasure, currentSector, continent, area.code());
            case COUNTRY -> openCountry(area.code());
        }
    }

    /** A country's page, remembering the measure and sector for the way back. */
    private void openCountry(String code) {
        UI.getCurrent().navigate(CountryView.class, code, parameters(currentMeasure, currentSector, null, null));
    }

    private void go(Measure m, String s, String c, String r) {
        UI.getCurrent().navigate(AtlasView.class, parameters(m, s, c, r));
    }

    static QueryParameters parameters(Measure m, String s, String c, String r) {
        var map = new LinkedHashMap<String, List<String>>();
        if (m != null && m != Measure.EXPERTS_BY_HERITAGE) {
            map.put("measure", List.of(m.name()));
        }
        if (s != null) {
            map.put("sector", List.of(s));
        }
        if (c != null) {
            map.put("continent", List.of(c));
        }
        if (r != null) {
            map.put("region", List.of(r));
        }
        return new QueryParameters(map);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        currentMeasure = Measure.named(Filters.first(params, "measure"), Measure.EXPERTS_BY_HERITAGE);
        currentSector = Filters.knownSector(params, reports);
        continent = countries.knownArea(Filters.first(params, "continent"), null);
        region = continent == null ? null : countries.knownArea(Filters.first(params, "region"), continent);
        updating = true;
        measure.setValue(currentMeasure);
        sector.setValue(currentSector);
        country.clear();
        updating = false;
        refresh();
    }

    private void refresh() {
        var figures = atlas.byCountry(currentMeasure, currentSector);
        Set<String> focus = new HashSet<>();
        if (continent != null) {
            countries.all().stream()
                    .filter(c -> c.continent().equals(continent)
                            && (region == null || c.region().equals(region)))
                    .forEach(c -> focus.add(c.code()));
        }
        map.show(
                figures,
                focus,
                code -> countries.name(code, getLocale()),
                getTranslation("atlas.mapLabel", getTranslation(currentMeasure.labelKey())));
        table.setItems(atlas.breakdown(currentMeasure, currentSector, continent, region));
        breadcrumb.removeAll();
        breadcrumb.add(crumb(
                getTranslation("atlas.world"),
                continent == null,
                parameters(currentMeasure, currentSector, null, null)));
        if (continent != null) {
            breadcrumb.add(new Span(" › "));
            breadcrumb.add(crumb(
                    countries.name(continent, getLocale()),
                    region == null,
                    parameters(currentMeasure, currentSector, continent, null)));
        }
        if (region != null) {
            breadcrumb.add(new Span(" › "));
            breadcrumb.add(crumb(countries.name(region, getLocale()), true, null));
        }
        var m = currentMeasure;
        var s = currentSector;
        var c = continent;
        var r = region;
        var locale = getLocale();
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            var bytes = reports.csv(List.of(reports.atlasTable(m, s, c, r, locale)));
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), "passerelle-atlas.csv", "text/csv", bytes.length);
        }));
    }

    private static Component crumb(String text, boolean current, QueryParameters target) {
        if (current) {
            var here = new Span(text);
            here.getElement().setAttribute("aria-current", "page");
            return here;
        }
        return link(text, target);
    }

    /** A link to the atlas at that selection, followed by Vaadin's router (no page reload). */
    static Anchor link(String text, QueryParameters target) {
        var query = target.getQueryString();
        var anchor = new Anchor("atlas" + (query.isEmpty() ? "" : "?" + query), text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("atlas.title");
    }
}
