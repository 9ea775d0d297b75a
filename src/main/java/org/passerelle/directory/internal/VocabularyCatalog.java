package org.passerelle.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.passerelle.directory.Concept;
import org.passerelle.directory.ConceptMention;
import org.passerelle.directory.Vocabulary;
import org.passerelle.shared.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vocabulary as loaded from {@code classpath:vocabulary/*.json} (one file per sector) and the additions
 * administrators made. A snapshot (concepts and matcher) is replaced whole when the vocabulary changes, so readers
 * never see half a change.
 */
@Component
public class VocabularyCatalog implements Vocabulary {

    static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    private record Snapshot(Map<String, Concept> concepts, ConceptMatcher matcher, String fingerprint) {}

    private final List<Concept> fromFiles;
    private volatile Snapshot snapshot;

    @Autowired
    public VocabularyCatalog() {
        this(load("classpath*:vocabulary/*.json"));
    }

    public VocabularyCatalog(List<Concept> concepts) {
        this.fromFiles = List.copyOf(concepts);
        this.snapshot = snapshot(fromFiles);
    }

    /** Replaces the additions: the file concepts plus these (new concepts, or more labels for existing ones). */
    public void apply(List<Concept> additions) {
        var all = new LinkedHashMap<String, Concept>();
        fromFiles.forEach(c -> all.put(c.id(), c));
        for (var addition : additions) {
            all.merge(addition.id(), addition, VocabularyCatalog::merge);
        }
        snapshot = snapshot(List.copyOf(all.values()));
    }

    /**
     * For benchmarks comparing search with and without concepts: uses just these concepts until the next
     * {@link #apply}, which brings back the files and the additions.
     */
    public void useOnly(List<Concept> concepts) {
        snapshot = snapshot(concepts);
    }

    @Override
    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(snapshot.concepts().get(id));
    }

    @Override
    public String fingerprint() {
        return snapshot.fingerprint();
    }

    @Override
    public Collection<Concept> all() {
        return snapshot.concepts().values();
    }

    @Override
    public int size() {
        return snapshot.concepts().size();
    }

    @Override
    public List<ConceptMention> find(String text) {
        return snapshot.matcher().find(text);
    }

    @Override
    public Set<String> ancestors(String id) {
        var concepts = snapshot.concepts();
        var found = new LinkedHashSet<String>();
        var queue = new ArrayDeque<String>();
        var start = concepts.get(id);
        if (start == null) {
            return Set.of();
        }
        queue.addAll(start.broader());
        while (!queue.isEmpty()) {
            var next = queue.poll();
            var concept = concepts.get(next);
            if (concept != null && found.add(next)) {
                queue.addAll(concept.broader());
            }
        }
        found.remove(id);
        return found;
    }

    @Override
    public int steps(String narrower, String broader) {
        var concepts = snapshot.concepts();
        var level = new LinkedHashSet<String>();
        level.add(narrower);
        var seen = new HashSet<String>(level);
        for (int steps = 1; !level.isEmpty() && steps <= concepts.size(); steps++) {
            var next = new LinkedHashSet<String>();
            for (var id : level) {
                var concept = concepts.get(id);
                if (concept != null) {
                    for (var up : concept.broader()) {
                        if (up.equals(broader)) {
                            return steps;
                        }
                        if (seen.add(up)) {
                            next.add(up);
                        }
                    }
                }
            }
            level = next;
        }
        return -1;
    }

    @Override
    public Set<String> neighbours(String id) {
        var concept = snapshot.concepts().get(id);
        if (concept == null) {
            return Set.of();
        }
        var found = new LinkedHashSet<String>();
        concept.broader().stream().filter(snapshot.concepts()::containsKey).forEach(found::add);
        concept.related().stream().filter(snapshot.concepts()::containsKey).forEach(found::add);
        found.remove(id);
        return found;
    }

    @Override
    public boolean isLabelWord(String word) {
        var tokens = ConceptMatcher.tokens(word);
        return !tokens.isEmpty()
                && tokens.stream().allMatch(t -> snapshot.matcher().isLabelWord(t.word()));
    }

    @Override
    public List<Concept> suggest(String typed, Locale locale, int limit) {
        var key = fold(typed);
        if (key.length() < 2) {
            return List.of();
        }
        var language = locale.getLanguage();
        record Scored(Concept concept, int rank) {}
        var scored = new ArrayList<Scored>();
        for (var concept : snapshot.concepts().values()) {
            int best = Integer.MAX_VALUE;
            for (var entry : concept.labels().entrySet()) {
                int languagePenalty = entry.getKey().equals(language) ? 0 : 10;
                var labels = new ArrayList<String>();
                labels.add(entry.getValue().pref());
                labels.addAll(entry.getValue().alt());
                for (int i = 0; i < labels.size(); i++) {
                    var label = fold(labels.get(i));
                    int rank = label.startsWith(key) ? 0 : label.contains(" " + key) ? 1 : label.contains(key) ? 2 : -1;
                    if (rank >= 0) {
                        best = Math.min(best, languagePenalty + rank * 3 + (i == 0 ? 0 : 1));
                    }
                }
            }
            if (best != Integer.MAX_VALUE) {
                scored.add(new Scored(concept, best));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::rank)
                        .thenComparing(s -> s.concept().label(locale).length()))
                .limit(limit)
                .map(Scored::concept)
                .toList();
    }

    static String fold(String text) {
        return Texts.fold(text);
    }

    private static Snapshot snapshot(List<Concept> concepts) {
        var byId = new LinkedHashMap<String, Concept>();
        concepts.forEach(c -> byId.put(c.id(), c));
        var matcher = new ConceptMatcher();
        for (var concept : concepts) {
            concept.labels().forEach((language, labels) -> {
                matcher.add(labels.pref(), concept.id(), language);
                labels.alt().forEach(alt -> matcher.add(alt, concept.id(), language));
            });
        }
        var digest = Integer.toHexString(
                concepts.stream().map(Concept::toString).sorted().toList().hashCode());
        return new Snapshot(Collections.unmodifiableMap(byId), matcher, digest);
    }

    /** The second concept's labels and links added to the first's (its preferred labels become alternatives). */
    public static Concept merge(Concept base, Concept addition) {
        var labels = new LinkedHashMap<>(base.labels());
        addition.labels()
                .forEach((language, more) -> labels.merge(language, more, (a, b) -> {
                    var alt = new ArrayList<>(a.alt());
                    alt.add(b.pref());
                    alt.addAll(b.alt());
                    return new Concept.Labels(a.pref(), List.copyOf(new LinkedHashSet<>(alt)));
                }));
        var broader = new LinkedHashSet<>(base.broader());
        broader.addAll(addition.broader());
        var related = new LinkedHashSet<>(base.related());
        related.addAll(addition.related());
        return new Concept(
                base.id(),
                base.sector(),
                Collections.unmodifiableMap(new TreeMap<>(labels)),
                List.copyOf(broader),
                List.copyOf(related));
    }

    static List<Concept> load(String pattern) {
        var json = JsonMapper.builder().build();
        var concepts = new ArrayList<Concept>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (var in = resource.getInputStream()) {
                    var file = json.readTree(in);
                    var sector = file.get("sector").asString();
                    for (var node : file.get("concepts")) {
                        concepts.add(concept(node, sector));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var ids = new HashSet<String>();
        concepts.forEach(c -> ids.add(c.id()));
        // links to concepts that do not exist are dropped: a file may name a concept another file does not (yet) have
        return concepts.stream()
                .map(c -> new Concept(
                        c.id(),
                        c.sector(),
                        c.labels(),
                        c.broader().stream().filter(ids::contains).toList(),
                        c.related().stream().filter(ids::contains).toList()))
                .toList();
    }

    private static Concept concept(JsonNode node, String sector) {
        var labels = new LinkedHashMap<String, Concept.Labels>();
        for (var language : LANGUAGES) {
            var entry = node.get(language);
            if (entry != null && entry.hasNonNull("pref")) {
                var alt = new ArrayList<String>();
                if (entry.has("alt")) {
                    entry.get("alt").forEach(a -> alt.add(a.asString()));
                }
                labels.put(language, new Concept.Labels(entry.get("pref").asString(), List.copyOf(alt)));
            }
        }
        return new Concept(
                node.get("id").asString(),
                sector,
                Collections.unmodifiableMap(new TreeMap<>(labels)),
                strings(node.get("broader")),
                strings(node.get("related")));
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        if (array != null) {
            array.forEach(a -> list.add(a.asString()));
        }
        return List.copyOf(list);
    }
}
