package org.passerelle.directory;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Languages by ISO 639-1 code (from the JDK: 188 of them, Bambara, Wolof, Lingala, Swahili… included). */
@Component
public class Languages {

    private static final Set<String> CODES =
            Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());

    public boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public String name(String code, Locale language) {
        var name = Locale.of(code).getDisplayLanguage(language);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** All codes sorted by the language's name in the given language. */
    public List<String> sortedByName(Locale language) {
        var collator = Collator.getInstance(language);
        return CODES.stream()
                .sorted(Comparator.comparing(code -> name(code, language), collator))
                .toList();
    }
}
