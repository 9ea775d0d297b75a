package org.passerelle.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.shared.AbstractEntity;

/** A label an administrator added to the vocabulary: to an existing concept, or one of a new concept's labels. */
@Entity
@Table(name = "vocabulary_addition")
public class VocabularyAddition extends AbstractEntity {

    @Column(nullable = false, length = 120)
    private String conceptId;

    @Column(nullable = false, length = 40)
    private String sector;

    @Column(length = 120)
    private String broader;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(nullable = false)
    private Long addedBy;

    @Column(nullable = false)
    private Instant addedAt;

    protected VocabularyAddition() {}

    public VocabularyAddition(
            String conceptId, String sector, String broader, String language, String label, long addedBy, Instant at) {
        this.conceptId = conceptId;
        this.sector = sector;
        this.broader = broader;
        this.language = language;
        this.label = label;
        this.addedBy = addedBy;
        this.addedAt = at;
    }

    public String conceptId() {
        return conceptId;
    }

    public String sector() {
        return sector;
    }

    public String broader() {
        return broader;
    }

    public String language() {
        return language;
    }

    public String label() {
        return label;
    }
}
