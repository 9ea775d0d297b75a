package org.passerelle.impact.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.directory.SectorInfo;
import org.passerelle.impact.ImpactReports;

/** The filters the atlas, the impact dashboard and the knowledge hub share, and reading them from the URL. */
final class Filters {

    private Filters() {}

    /** Makes the select a choice of one active sector, or all of them (nothing selected). */
    static void sector(Select<String> sector, String id, ImpactReports reports) {
        var sectors = reports.sectors();
        Map<String, String> names = new LinkedHashMap<>();
        var locale = UI.getCurrent().getLocale();
        sectors.forEach(s -> names.put(s.code(), s.name(locale)));
        sector.setId(id);
        sector.setLabel(sector.getTranslation("impact.sector"));
        sector.setItems(sectors.stream().map(SectorInfo::code).toList());
        sector.setItemLabelGenerator(
                code -> code == null ? sector.getTranslation("impact.all") : names.getOrDefault(code, code));
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(sector.getTranslation("impact.all"));
    }

    /** The sector named in the URL, if it is an active one; else null. */
    static String knownSector(Map<String, List<String>> params, ImpactReports reports) {
        return reports.knownSector(first(params, "sector"));
    }

    static String first(Map<String, List<String>> params, String key) {
        var values = params.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
