package org.passerelle.matching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.matching.ExpertHit;
import org.passerelle.matching.ExpertQuery;
import org.passerelle.matching.ExpertSearchService;

/**
 * The expert directory: one search box, facet filters with counts, results paged lazily. The whole search lives in
 * the address (query parameters), so it can be bookmarked and shared.
 */
@Route("directory")
@Menu(title = "nav.directory", order = 5)
@AnonymousAllowed
public class ExpertSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExpertSearchService search;
    private final TextField text = new TextField();
    private final Select<ExpertQuery.Sort> sort = new Select<>();
    private final SearchFilters filters;
    private final Paragraph total = new Paragraph();
    private final Grid<ExpertHit> results = new Grid<>();
    private ExpertQuery query = ExpertQuery.all();
    private boolean updating;
    private long totalCount;

    public ExpertSearchView(
            ExpertSearchService search, SectorService sectors, Countries countries, Languages languages) {
        this.search = search;
        setSizeFull();
        var sectorList = sectors.active();
        Map<String, String> sectorNames =
                sectorList.stream().collect(Collectors.toMap(SectorInfo::code, s -> s.name(getLocale())));
        filters = new SearchFilters(countries, languages, sectorList);

        text.setId("search-text");
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setAriaLabel(getTranslation("search.placeholder"));
        text.setMaxLength(200);
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidthFull();
        sort.setId("search-sort");
        sort.setAriaLabel(getTranslation("search.sort"));
        sort.setItems(ExpertQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        total.setId("search-total");

        results.setId("search-results");
        results.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.addColumn(new ComponentRenderer<>(hit -> new ExpertCard(hit, countries, sectorNames)));
        results.setItems(q -> search.page(query, q.getOffset(), q.getLimit()).hits().stream(), q -> (int) total());
        results.setSizeFull();
        results.setMinHeight("30em");

        text.addValueChangeListener(e -> changed());
        sort.addValueChangeListener(e -> changed());
        filters.fields().forEach(field -> field.addValueChangeListener(e -> changed()));

        var bar = new HorizontalLayout(text, sort);
        bar.setWidthFull();
        bar.addClassName("search-bar");
        var right = new VerticalLayout(bar, total, results);
        right.setPadding(false);
        right.setSizeFull();
        right.setMinWidth("0");
        // beside the results on a wide screen; on a phone above them, folded (passerelle.css)
        var panel = new Details(getTranslation("search.filters"), filters);
        panel.setId("search-filters");
        panel.addClassName("search-filters");
        panel.setOpened(true);
        getElement().executeJs("return window.innerWidth").then(Integer.class, width -> {
            if (width != null && width < NARROW) {
                panel.setOpened(false);
            }
        });
        var body = new Div(panel, right);
        body.addClassName("search-body");
        add(new H1(getTranslation("search.title")), body);
    }

    /** Below this window width (px) the filters start folded above the results. */
    static final int NARROW = 700;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(SearchState.fromParameters(event.getLocation().getQueryParameters()));
    }

    /** A field changed: read the whole search from the fields, put it in the address, show its results. */
    private void changed() {
        if (updating) {
            return;
        }
        var newQuery = new ExpertQuery(
                text.getValue(),
                new LinkedHashSet<>(filters.sectors.getValue()),
                new LinkedHashSet<>(filters.heritage.getValue()),
                new LinkedHashSet<>(filters.regions.getValue()),
                new LinkedHashSet<>(filters.continents.getValue()),
                new LinkedHashSet<>(filters.residence.getValue()),
                filters.language.getValue(),
                filters.level.getValue(),
                filters.from.getValue(),
                filters.to.getValue(),
                filters.remote.getValue(),
                filters.onSite.getValue(),
                filters.verified.getValue(),
                sort.getValue());
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(
                        null, "directory?" + SearchState.toParameters(newQuery).getQueryString());
        show(newQuery);
    }

    private void show(ExpertQuery newQuery) {
        query = newQuery;
        updating = true;
        try {
            text.setValue(query.text() == null ? "" : query.text());
            sort.setValue(query.sort());
            filters.showFacets(search.facets(query), query);
        } finally {
            updating = false;
        }
        totalCount = search.page(query, 0, 1).total();
        total.setText(getTranslation("search.total", totalCount));
        results.getDataProvider().refreshAll();
    }

    private long total() {
        return totalCount;
    }

    /** The search currently shown (for tests). */
    ExpertQuery query() {
        return query;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
