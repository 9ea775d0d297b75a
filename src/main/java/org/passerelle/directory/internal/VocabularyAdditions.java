package org.passerelle.directory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.directory.Concept;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' additions to the vocabulary: stored, and merged into the {@link VocabularyCatalog} at start-up
 * (before the index is checked, so its stamp sees them) and whenever they change.
 */
@Component
public class VocabularyAdditions {

    private final VocabularyAdditionRepository rows;
    private final VocabularyCatalog catalog;

    VocabularyAdditions(VocabularyAdditionRepository rows, VocabularyCatalog catalog) {
        this.rows = rows;
        this.catalog = catalog;
    }

    /** Stores these rows and merges every addition into the vocabulary. */
    @Transactional
    public void save(List<VocabularyAddition> added) {
        rows.saveAll(added);
        reload();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-20)
    @Transactional(readOnly = true)
    public void reload() {
        var merged = new LinkedHashMap<String, Concept>();
        for (var row : rows.findAllByOrderByIdAsc()) {
            var addition = new Concept(
                    row.conceptId(),
                    row.sector(),
                    Map.of(row.language(), new Concept.Labels(row.label(), List.of())),
                    row.broader() == null ? List.of() : List.of(row.broader()),
                    List.of());
            merged.merge(row.conceptId(), addition, VocabularyCatalog::merge);
        }
        catalog.apply(List.copyOf(merged.values()));
    }
}
