package org.passerelle.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;

/**
 * Concept fields beside a document's analysed text, written the same way for expert profiles and missions. Each
 * part of the document (a profile section, a mission's title and skills or its description) is annotated with the
 * vocabulary's concepts:
 *
 * <ul>
 *   <li>{@value #CONCEPT}: {@code PART|conceptId} for each concept the part mentions;
 *   <li>{@value #CONCEPT_WIDE}: {@code PART|conceptId} for each concept broader than those (a "field
 *       epidemiologist" is an epidemiologist), sector roots included;
 *   <li>{@value #CONCEPT_EVIDENCE}: {@code PART|conceptId|language|words as written}, stored for explanations.
 * </ul>
 */
public final class ConceptIndexing {

    public static final String CONCEPT = "concept";
    public static final String CONCEPT_WIDE = "concept_wide";
    public static final String CONCEPT_EVIDENCE = "concept_evidence";
    private static final char SEPARATOR = '|';

    private final IndexFieldReference<String> concept;
    private final IndexFieldReference<String> wide;
    private final IndexFieldReference<String> evidence;

    public ConceptIndexing(IndexSchemaElement schema) {
        concept = schema.field(CONCEPT, f -> f.asString()).multiValued().toReference();
        wide = schema.field(CONCEPT_WIDE, f -> f.asString()).multiValued().toReference();
        evidence = schema.field(
                        CONCEPT_EVIDENCE,
                        f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
                .multiValued()
                .toReference();
    }

    /** The value of the concept fields for a concept in a part. */
    public static String term(String part, String conceptId) {
        return part + SEPARATOR + conceptId;
    }

    /** The values of the concept fields for these concepts in a part. */
    public static List<String> terms(String part, Collection<String> conceptIds) {
        return conceptIds.stream().map(id -> term(part, id)).toList();
    }

    /** Writes the concepts of each part's texts. */
    public void write(DocumentElement document, Vocabulary vocabulary, Map<String, List<String>> textsByPart) {
        textsByPart.forEach((part, texts) -> {
            var widened = new LinkedHashSet<String>();
            for (var mention : vocabulary.find(texts)) {
                document.addValue(concept, term(part, mention.conceptId()));
                document.addValue(
                        evidence,
                        part
                                + SEPARATOR
                                + mention.conceptId()
                                + SEPARATOR
                                + mention.language()
                                + SEPARATOR
                                + mention.surface());
                widened.addAll(vocabulary.ancestors(mention.conceptId()));
            }
            widened.forEach(id -> document.addValue(wide, term(part, id)));
        });
    }

    /** A stored evidence value read back: in which part, which concept, the label's language, the words. */
    public record Evidence(String part, String conceptId, String language, String surface) {

        public static List<Evidence> parse(List<String> values) {
            var list = new ArrayList<Evidence>();
            if (values != null) {
                for (var value : values) {
                    var fields = value.split("\\|", 4);
                    if (fields.length == 4) {
                        list.add(new Evidence(fields[0], fields[1], fields[2], fields[3]));
                    }
                }
            }
            return list;
        }
    }
}
