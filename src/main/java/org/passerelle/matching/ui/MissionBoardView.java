package org.passerelle.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.matching.BoardAddress;
import org.passerelle.matching.MissionQuery;
import org.passerelle.matching.MissionResults;
import org.passerelle.matching.MissionSearchService;

/**
 * The public mission board: full-text search in English and French, filters with counts (sector, country, region,
 * languages, way of working, dates), past missions on request. The search lives in the address.
 */
@Route("missions")
@Menu(title = "nav.missions", order = 4)
@AnonymousAllowed
public class MissionBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE = 20;

    private final MissionSearchService search;
    private final Countries countries;
    private final Languages languages;
    private final Map<String, String> sectorNames;
    private final TextField text = new TextField();
    private final MultiSelectComboBox<String> sectors = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> countryBox = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> languageBox = new MultiSelectComboBox<>();
    private final Select<MissionQuery.Mode> mode = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Checkbox past = new Checkbox();
    private final Paragraph total = new Paragraph();
    private final VerticalLayout results = new VerticalLayout();
    private final Button more = new Button();
    private MissionQuery query = MissionQuery.all();
    private MissionResults current;
    private int limit = PAGE;
    private boolean updating;

    public MissionBoardView(
            MissionSearchService search, SectorService sectorService, Countries countries, Languages languages) {
        this.search = search;
        this.countries = countries;
        this.languages = languages;
        this.sectorNames =
                sectorService.active().stream().collect(Collectors.toMap(SectorInfo::code, s -> s.name(getLocale())));
        setMaxWidth("80em");
        text.setId("board-text");
        text.setLabel(getTranslation("board.search"));
        text.setPlaceholder(getTranslation("board.search.placeholder"));
        text.setMaxLength(200);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidthFull();
        text.addValueChangeListener(e -> changed(query.withText(e.getValue())));
        setUp(sectors, "board-sectors", "mission.sectors", code -> sectorNames.getOrDefault(code, code));
        sectors.addValueChangeListener(e -> changed(query.withSectors(Set.copyOf(e.getValue()))));
        setUp(countryBox, "board-countries", "mission.country", code -> countries.name(code, getLocale()));
        countryBox.addValueChangeListener(e -> changed(query.withCountries(Set.copyOf(e.getValue()))));
        setUp(regions, "board-regions", "board.region", code -> countries.name(code, getLocale()));
        regions.addValueChangeListener(e -> changed(query.withRegions(Set.copyOf(e.getValue()))));
        setUp(languageBox, "board-languages", "mission.languages", code -> languages.name(code, getLocale()));
        languageBox.addValueChangeListener(e -> changed(query.withLanguages(Set.copyOf(e.getValue()))));
        mode.setId("board-mode");
        mode.setLabel(getTranslation("mission.mode"));
        mode.setItems(MissionQuery.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        mode.setValue(MissionQuery.Mode.ANY);
        mode.addValueChangeListener(e -> changed(query.withMode(e.getValue())));
        from.setId("board-from");
        from.setLabel(getTranslation("board.from"));
        from.addValueChangeListener(e -> changed(query.withDates(e.getValue(), query.to())));
        to.setId("board-to");
        to.setLabel(getTranslation("board.to"));
        to.addValueChangeListener(e -> changed(query.withDates(query.from(), e.getValue())));
        past.setId("board-past");
        past.setLabel(getTranslation("board.past"));
        past.addValueChangeListener(e -> changed(query.withPast(e.getValue())));
        var filters = new FlexLayout(sectors, countryBox, regions, languageBox, mode, from, to, past);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");
        total.setId("board-total");
        results.setPadding(false);
        results.setId("board-results");
        more.setText(getTranslation("board.more"));
        more.setId("board-more");
        more.addClickListener(e -> {
            limit += PAGE;
            refresh();
        });
        add(new H1(getTranslation("nav.missions")), text, filters, total, results, more);
    }

    private void setUp(MultiSelectComboBox<String> box, String id, String labelKey, Function<String, String> name) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setItemLabelGenerator(code -> {
            var count = facet(id).getOrDefault(code, 0L);
            return name.apply(code) + " (" + count + ")";
        });
    }

    private Map<String, Long> facet(String id) {
        if (current == null) {
            return Map.of();
        }
        return switch (id) {
            case "board-sectors" -> current.sectors();
            case "board-countries" -> current.countries();
            case "board-regions" -> current.regions();
            default -> current.languages();
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = BoardAddress.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        updating = true;
        text.setValue(query.text() == null ? "" : query.text());
        mode.setValue(query.mode());
        from.setValue(query.from());
        to.setValue(query.to());
        past.setValue(query.includePast());
        updating = false;
        refresh();
    }

    private void changed(MissionQuery newQuery) {
        if (updating) {
            return;
        }
        query = newQuery;
        limit = PAGE;
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null, "missions?" + new QueryParameters(BoardAddress.toParameters(newQuery)).getQueryString()));
        refresh();
    }

    private void refresh() {
        current = search.search(query, 0, limit);
        updating = true;
        items(sectors, current.sectors(), query.sectors());
        items(countryBox, current.countries(), query.countries());
        items(regions, current.regions(), query.regions());
        items(languageBox, current.languages(), query.languages());
        updating = false;
        total.setText(getTranslation("board.total", current.total()));
        results.removeAll();
        current.hits()
                .forEach(hit -> results.add(new MissionCard(hit.mission(), countries, hit.snippets(), null, null)));
        more.setVisible(current.total() > current.hits().size());
    }

    /** The values with a count, plus those selected (so a selection never disappears). */
    private static void items(MultiSelectComboBox<String> box, Map<String, Long> counts, Set<String> selected) {
        var items = new LinkedHashSet<String>(selected);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .forEach(items::add);
        box.setItems(List.copyOf(items));
        box.setValue(selected);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.missions");
    }
}
