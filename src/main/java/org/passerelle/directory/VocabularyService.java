package org.passerelle.directory;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.directory.internal.VocabularyAddition;
import org.passerelle.directory.internal.VocabularyAdditions;
import org.passerelle.directory.internal.VocabularyCatalog;
import org.passerelle.shared.RefusedException;
import org.passerelle.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The skills and occupations vocabulary for the screens: suggestions while typing a skill, in the reader's language
 * (anyone); the concepts and what administrators add to them without a release (administrators). An addition is
 * merged into the vocabulary at once, and the profiles and missions whose texts contain the new labels are indexed
 * again ({@link VocabularyChanged}).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class VocabularyService {

    /** Suggestions are only offered from this many characters typed. */
    public static final int MIN_TYPED = 2;

    /** A concept as the administrators' list shows it. */
    public record ConceptSummary(
            String id, String sector, String label, String broaderLabel, Map<String, String> labels) {}

    private final VocabularyCatalog vocabulary;
    private final VocabularyAdditions additions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VocabularyService(
            VocabularyCatalog vocabulary,
            VocabularyAdditions additions,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.vocabulary = vocabulary;
        this.additions = additions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Concepts whose labels (in any of the three languages) start with or contain the typed text, each shown by its
     * preferred label in the reader's language, best first.
     */
    @PreAuthorize("permitAll()")
    public List<String> suggest(String typed, Locale locale, int limit) {
        if (typed == null || typed.strip().length() < MIN_TYPED) {
            return List.of();
        }
        var text = typed.strip();
        return vocabulary
                .suggest(text.length() > 60 ? text.substring(0, 60) : text, locale, Math.min(limit, 50))
                .stream()
                .map(concept -> concept.label(locale))
                .distinct()
                .toList();
    }

    /** Concepts matching the filter (any label, any language; all when blank), by sector then label. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ConceptSummary> concepts(String filter, Locale locale, int limit) {
        var typed = fold(filter);
        return vocabulary.all().stream()
                .filter(c -> typed.isEmpty()
                        || fold(c.id()).contains(typed)
                        || c.labels().values().stream()
                                .anyMatch(l -> fold(l.pref()).contains(typed)
                                        || l.alt().stream().anyMatch(a -> fold(a).contains(typed))))
                .map(c -> summary(c, locale))
                .sorted(Comparator.comparing(ConceptSummary::sector).thenComparing(ConceptSummary::label))
                .limit(Math.min(limit, 1000))
                .toList();
    }

    /** Adds a label to an existing concept, or a new concept; refused with a message key if it would be ambiguous. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String add(@Valid ConceptForm form) {
        var admin = currentUser.require().id();
        var now = clock.instant();
        var rows = new ArrayList<VocabularyAddition>();
        String id;
        if (form.isNewConcept()) {
            var broader = vocabulary
                    .concept(form.getBroader())
                    .orElseThrow(() -> new RefusedException("vocabulary.broader.unknown"));
            id = broader.sector() + "/" + slug(form.getLabelEn());
            if (vocabulary.concept(id).isPresent()) {
                throw new RefusedException("vocabulary.concept.exists");
            }
            for (var entry : Map.of("en", form.getLabelEn(), "fr", form.getLabelFr(), "ar", form.getLabelAr())
                    .entrySet()) {
                checkFree(entry.getValue());
                rows.add(new VocabularyAddition(
                        id,
                        broader.sector(),
                        broader.id(),
                        entry.getKey(),
                        entry.getValue().strip(),
                        admin,
                        now));
            }
        } else {
            var concept = vocabulary
                    .concept(form.getConceptId())
                    .orElseThrow(() -> new RefusedException("vocabulary.concept.unknown"));
            checkFree(form.getLabel());
            id = concept.id();
            rows.add(new VocabularyAddition(
                    id,
                    concept.sector(),
                    null,
                    form.getLanguage(),
                    form.getLabel().strip(),
                    admin,
                    now));
        }
        additions.save(rows);
        events.publishEvent(new VocabularyChanged(
                rows.stream().map(VocabularyAddition::label).toList()));
        return id;
    }

    /** A label already naming another concept would make texts ambiguous: refused. */
    private void checkFree(String label) {
        var found = vocabulary.find(label);
        if (!found.isEmpty() && found.getFirst().surface().strip().equalsIgnoreCase(label.strip())) {
            throw new RefusedException("vocabulary.label.taken");
        }
    }

    private ConceptSummary summary(Concept concept, Locale locale) {
        var labels = new TreeMap<String, String>();
        concept.labels().forEach((language, l) -> labels.put(language, l.pref()));
        var broader = concept.broader().stream()
                .map(vocabulary::concept)
                .flatMap(Optional::stream)
                .map(c -> c.label(locale))
                .findFirst()
                .orElse("");
        return new ConceptSummary(concept.id(), concept.sector(), concept.label(locale), broader, labels);
    }

    private static String slug(String label) {
        var slug = fold(label).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "concept-" + Integer.toHexString(label.hashCode()) : slug;
    }

    private static String fold(String text) {
        return Texts.fold(text);
    }
}
