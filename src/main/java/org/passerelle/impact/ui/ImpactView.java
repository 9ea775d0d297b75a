package org.passerelle.impact.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Country;
import org.passerelle.impact.ImpactCharts;
import org.passerelle.impact.ImpactFilter;
import org.passerelle.impact.ImpactReports;
import org.passerelle.impact.ImpactService;

/**
 * The impact dashboard: totals, the quarterly trend, outcomes by country and sector, participation by gender; each
 * chart with a table of the same figures beside it. Filters (country, sector, period) live in the URL:
 * {@code impact?country=…&sector=…&from=…&to=…}.
 */
@Route("impact")
@Menu(title = "nav.impact", order = 9)
@AnonymousAllowed
public class ImpactView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ImpactService impact;
    private final ImpactReports reports;
    private final ImpactCharts charts;
    private final Countries countries;

    private final ComboBox<Country> country = new ComboBox<>();
    private final Select<String> sector = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div body = new Div();
    private final Anchor csv = new Anchor();
    private ImpactFilter filter = ImpactFilter.all();
    private boolean updating;

    public ImpactView(ImpactService impact, ImpactReports reports, ImpactCharts charts, Countries countries) {
        this.impact = impact;
        this.reports = reports;
        this.charts = charts;
        this.countries = countries;
        setMaxWidth("80em");
        country.setId("impact-country");
        country.setLabel(getTranslation("atlas.country"));
        country.setItems(countries.sortedByName(getLocale()));
        country.setItemLabelGenerator(c -> c.name(getLocale()));
        country.setClearButtonVisible(true);
        Filters.sector(sector, "impact-sector", reports);
        from.setId("impact-from");
        from.setLabel(getTranslation("impact.from"));
        to.setId("impact-to");
        to.setLabel(getTranslation("impact.to"));
        country.addValueChangeListener(e -> changed());
        sector.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        body.setWidthFull();
        body.setId("impact-body");
        csv.setId("impact-csv");
        csv.setText(getTranslation("export.csv"));
        var pdf = new PdfExport(
                "impact-pdf",
                () -> {
                    var current = filter;
                    var locale = getLocale();
                    return progress -> reports.dashboardPdf(current, locale, progress);
                },
                () -> "passerelle-impact.pdf");
        add(
                new H1(getTranslation("impact.title")),
                new Paragraph(getTranslation("impact.intro")),
                new HorizontalLayout(country, sector, from, to),
                new HorizontalLayout(csv, pdf),
                body);
    }

    private void changed() {
        if (updating) {
            return;
        }
        var next = new ImpactFilter(
                country.getValue() == null ? null : country.getValue().code(),
                sector.getValue(),
                from.getValue(),
                to.getValue());
        var map = new LinkedHashMap<String, List<String>>();
        if (next.country() != null) {
            map.put("country", List.of(next.country()));
        }
        if (next.sector() != null) {
            map.put("sector", List.of(next.sector()));
        }
        if (next.from() != null) {
            map.put("from", List.of(next.from().toString()));
        }
        if (next.to() != null) {
            map.put("to", List.of(next.to().toString()));
        }
        UI.getCurrent().navigate(ImpactView.class, new QueryParameters(map));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        var countryCode = Filters.first(params, "country");
        var known = countryCode == null ? null : countries.find(countryCode).orElse(null);
        var knownSector = Filters.knownSector(params, reports);
        filter = new ImpactFilter(
                known == null ? null : known.code(),
                knownSector,
                date(Filters.first(params, "from")),
                date(Filters.first(params, "to")));
        updating = true;
        country.setValue(known);
        sector.setValue(knownSector);
        from.setValue(filter.from());
        to.setValue(filter.to());
        updating = false;
        refresh();
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void refresh() {
        var locale = getLocale();
        var board = impact.dashboard(filter);
        var tables = reports.dashboardTables(board, locale);
        body.removeAll();
        body.add(new Paragraph(reports.describe(filter, locale)));
        var cards = new FlexLayout();
        cards.setId("impact-totals");
        cards.getStyle().set("gap", "1em").set("flex-wrap", "wrap");
        for (var row : tables.getFirst().rows()) {
            var card = new Div(new Span(row.get(1)), new Paragraph(row.get(0)));
            card.addClassName("figure-card");
            cards.add(card);
        }
        body.add(new H2(tables.getFirst().title()), cards);
        section(charts.trend(board, locale), tables.get(1), "impact-trend");
        section(
                charts.breakdown("impact.byCountry", board.byCountry(), code -> countries.name(code, locale), locale),
                tables.get(2),
                "impact-by-country");
        section(
                charts.breakdown("impact.bySector", board.bySector(), code -> reports.sectorName(code, locale), locale),
                tables.get(3),
                "impact-by-sector");
        section(charts.gender(board, locale), tables.get(4), "impact-by-gender");
        body.add(new Paragraph(getTranslation("report.suppression")));
        var current = filter;
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            var bytes = reports.csv(reports.dashboardTables(impact.dashboard(current), locale));
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), "passerelle-impact.csv", "text/csv", bytes.length);
        }));
    }

    /** A chart (PNG, its title as alternative text) with the table of its figures beside it. */
    private void section(JFreeChart chart, ImpactReports.Table table, String id) {
        var png = ImpactCharts.png(chart, 640, 320);
        var image = new Image(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(png), id + ".png", "image/png", png.length)),
                getTranslation("impact.chartAlt", table.title()));
        image.setId(id + "-chart");
        image.setWidth("100%");
        image.getStyle().set("max-width", "640px");
        var grid = new Grid<List<String>>();
        grid.setId(id + "-table");
        IntStream.range(0, table.headings().size())
                .forEach(i -> grid.addColumn(row -> row.get(i))
                        .setHeader(table.headings().get(i))
                        .setAutoWidth(true));
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        grid.setMinWidth("20em");
        var pair = new FlexLayout(image, grid);
        pair.getStyle().set("gap", "1em").set("flex-wrap", "wrap");
        pair.setFlexGrow(1, grid);
        body.add(new H2(table.title()), pair);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("impact.title");
    }
}
