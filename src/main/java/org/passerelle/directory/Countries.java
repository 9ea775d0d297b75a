package org.passerelle.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every country Passerelle knows, with its UN M49 sub-region and continent. Codes and names come from the JDK; the
 * region mapping from {@code directory/m49-regions.csv}; region names from the messages bundles
 * ({@code region.<M49 code>}).
 */
@Component
public class Countries {

    private static final String DATA = "/directory/m49-regions.csv";

    private static final Map<String, Country> BY_CODE = load();

    private final MessageSource messages;

    Countries(MessageSource messages) {
        this.messages = messages;
    }

    /** The country of this code, for code that cannot have the bean injected (index mapping). */
    public static Optional<Country> lookup(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.toUpperCase(Locale.ROOT)));
    }

    public List<Country> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** All countries sorted by their name in the given language. */
    /** Every country by its name in that language (sorted once per language: every search form asks for it). */
    public List<Country> sortedByName(Locale language) {
        return SORTED.computeIfAbsent(language, l -> {
            var collator = Collator.getInstance(l);
            return BY_CODE.values().stream()
                    .sorted(Comparator.comparing(c -> c.name(l), collator))
                    .toList();
        });
    }

    private static final Map<Locale, List<Country>> SORTED = new ConcurrentHashMap<>();

    public Optional<Country> find(String code) {
        return lookup(code);
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    /** The name of a country, or of an M49 region or continent, in the given language. */
    /**
     * Every area a filter may name: continents, then regions, then countries, each group by name in the language
     * (computed once per language).
     */
    public List<String> areasByName(Locale language) {
        return AREAS.computeIfAbsent(language, l -> {
            var byName = Comparator.<String, String>comparing(code -> name(code, l));
            var result = new ArrayList<String>();
            all().stream().map(Country::continent).distinct().sorted(byName).forEach(result::add);
            all().stream().map(Country::region).distinct().sorted(byName).forEach(result::add);
            sortedByName(l).forEach(c -> result.add(c.code()));
            return List.copyOf(result);
        });
    }

    private static final Map<Locale, List<String>> AREAS = new ConcurrentHashMap<>();

    /**
     * The code if it is a known M49 continent (no {@code ofContinent}) or a region of that continent, else null: an
     * area read from an address.
     */
    public String knownArea(String code, String ofContinent) {
        if (code == null) {
            return null;
        }
        return all().stream()
                        .anyMatch(c -> ofContinent == null
                                ? c.continent().equals(code)
                                : c.continent().equals(ofContinent)
                                        && c.region().equals(code))
                ? code
                : null;
    }

    public String name(String code, Locale language) {
        if (code != null && code.length() == 3) {
            return messages.getMessage("region." + code, null, code, language);
        }
        return find(code).map(c -> c.name(language)).orElse(String.valueOf(code));
    }

    private static Map<String, Country> load() {
        var result = new LinkedHashMap<String, Country>();
        try (var in = Countries.class.getResourceAsStream(DATA);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";"))
                    .forEach(parts -> result.put(parts[0], new Country(parts[0], parts[1], parts[2])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
