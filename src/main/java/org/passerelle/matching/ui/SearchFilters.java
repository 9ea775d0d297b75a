package org.passerelle.matching.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.passerelle.directory.Countries;
import org.passerelle.directory.Languages;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.SectorInfo;
import org.passerelle.matching.ExpertFacets;
import org.passerelle.matching.ExpertQuery;

/** The facet filters of the directory search, each value labelled with its count of matching experts. */
class SearchFilters extends VerticalLayout {

    private final Countries countries;
    private final Languages languages;
    private final Map<String, String> sectorNames;
    private ExpertFacets facets = new ExpertFacets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0, 0, 0);

    final MultiSelectComboBox<String> sectors = multi("filter-sector", "search.filter.sector");
    final MultiSelectComboBox<String> continents = multi("filter-continent", "search.filter.continent");
    final MultiSelectComboBox<String> regions = multi("filter-region", "search.filter.region");
    final MultiSelectComboBox<String> heritage = multi("filter-heritage", "search.filter.heritage");
    final MultiSelectComboBox<String> residence = multi("filter-residence", "search.filter.residence");
    final ComboBox<String> language = new ComboBox<>();
    final Select<ProficiencyLevel> level = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox remote = new Checkbox();
    final Checkbox onSite = new Checkbox();
    final Checkbox verified = new Checkbox();

    SearchFilters(Countries countries, Languages languages, List<SectorInfo> sectorList) {
        this.countries = countries;
        this.languages = languages;
        this.sectorNames = sectorList.stream().collect(Collectors.toMap(SectorInfo::code, s -> s.name(getLocale())));
        setPadding(false);
        addClassName("search-filters");
        sectors.setItemLabelGenerator(code -> label(sectorNames.getOrDefault(code, code), facets.sectors(), code));
        Function<String, String> place = code -> countries.name(code, getLocale());
        continents.setItemLabelGenerator(code -> label(place.apply(code), facets.heritageContinents(), code));
        regions.setItemLabelGenerator(code -> label(place.apply(code), facets.heritageRegions(), code));
        heritage.setItemLabelGenerator(code -> label(place.apply(code), facets.heritageCountries(), code));
        residence.setItemLabelGenerator(code -> label(place.apply(code), facets.residenceCountries(), code));

        language.setId("filter-language");
        language.setLabel(getTranslation("search.filter.language"));
        language.setItemLabelGenerator(code -> label(languages.name(code, getLocale()), facets.languages(), code));
        language.setClearButtonVisible(true);
        level.setId("filter-level");
        level.setLabel(getTranslation("search.filter.level"));
        level.setItems(ProficiencyLevel.values());
        level.setItemLabelGenerator(
                l -> l == null ? getTranslation("search.filter.anyLevel") : getTranslation(l.labelKey()));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("search.filter.anyLevel"));

        from.setId("filter-from");
        from.setLabel(getTranslation("search.filter.from"));
        to.setId("filter-to");
        to.setLabel(getTranslation("search.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        remote.setId("filter-remote");
        onSite.setId("filter-onsite");
        verified.setId("filter-verified");

        add(
                new H2(getTranslation("search.filters")),
                sectors,
                continents,
                regions,
                heritage,
                residence,
                language,
                level,
                from,
                to,
                remote,
                onSite);
    }

    /** Shows the counts of a new search, keeping the current choices listed even when they count zero. */
    void showFacets(ExpertFacets newFacets, ExpertQuery query) {
        facets = newFacets;
        setItems(sectors, sectorNames.keySet(), query.sectors(), newFacets.sectors());
        setItems(continents, newFacets.heritageContinents().keySet(), query.heritageContinents(), null);
        setItems(regions, newFacets.heritageRegions().keySet(), query.heritageRegions(), null);
        setItems(heritage, newFacets.heritageCountries().keySet(), query.heritageCountries(), null);
        setItems(residence, newFacets.residenceCountries().keySet(), query.residenceCountries(), null);
        var languageItems =
                new LinkedHashSet<>(sorted(newFacets.languages().keySet(), c -> languages.name(c, getLocale())));
        if (query.language() != null) {
            languageItems.add(query.language());
        }
        language.setItems(languageItems);
        language.setValue(query.language() != null && languages.isKnown(query.language()) ? query.language() : null);
        level.setValue(query.minimumLevel());
        from.setValue(query.availableFrom());
        to.setValue(query.availableTo());
        remote.setLabel(getTranslation("search.filter.remote", newFacets.remote()));
        onSite.setLabel(getTranslation("search.filter.onSite", newFacets.onSite()));
        remote.setValue(query.remote());
        onSite.setValue(query.onSite());
        verified.setLabel(getTranslation("search.filter.verified", newFacets.verifiedQualifications()));
        verified.setValue(query.verifiedQualifications());
    }

    private void setItems(
            MultiSelectComboBox<String> box, Set<String> values, Set<String> selected, Map<String, Long> order) {
        var items = new LinkedHashSet<String>();
        if (order != null) {
            items.addAll(values.stream()
                    .sorted(Comparator.comparing((String c) -> -order.getOrDefault(c, 0L))
                            .thenComparing(c -> sectorNames.getOrDefault(c, c)))
                    .toList());
        } else {
            items.addAll(sorted(values, c -> countries.name(c, getLocale())));
        }
        items.addAll(selected);
        box.setItems(items);
        box.setValue(selected.stream().filter(items::contains).collect(Collectors.toSet()));
    }

    private static List<String> sorted(Set<String> values, Function<String, String> name) {
        return values.stream().sorted(Comparator.comparing(name)).toList();
    }

    private static String label(String name, Map<String, Long> counts, String code) {
        return name + " (" + counts.getOrDefault(code, 0L) + ")";
    }

    private MultiSelectComboBox<String> multi(String id, String labelKey) {
        var box = new MultiSelectComboBox<String>(getTranslation(labelKey));
        box.setId(id);
        box.setWidthFull();
        return box;
    }

    Stream<HasValue<?, ?>> fields() {
        return Stream.of(
                sectors, continents, regions, heritage, residence, language, level, from, to, remote, onSite, verified);
    }
}
