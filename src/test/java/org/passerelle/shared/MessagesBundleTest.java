package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and French bundles have the same keys; every key the code names exists; no stray apostrophes. */
class MessagesBundleTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Translation)\\(\\s*\"([a-zA-Z][\\w.]*)\"|title = \"([a-zA-Z][\\w.]*)\"|\"\\{([a-zA-Z][\\w.]*)\\}\"");

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesBundleTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        var en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        var fr = new TreeSet<>(load("messages_fr.properties").stringPropertyNames());
        assertThat(fr).containsExactlyElementsOf(en);
    }

    @Test
    void noStraightApostrophes() throws IOException {
        // MessageFormat treats ' as a quote: write ’ instead.
        for (var bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            var properties = load(bundle);
            for (var key : properties.stringPropertyNames()) {
                assertThat(properties.getProperty(key)).as(bundle + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        var keys = load("messages.properties").stringPropertyNames();
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    var key = Stream.of(matcher.group(1), matcher.group(2), matcher.group(3))
                            .filter(Objects::nonNull)
                            .findFirst()
                            .orElseThrow();
                    if (!keys.contains(key) && !key.startsWith("jakarta.") && !key.endsWith(".")) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Keys the public pages' templates name: {@code #{key}}, {@code #{key(arguments)}} and {@code #messages.msg('key')}. */
    private static final Pattern KEY_IN_TEMPLATE =
            Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]|#messages\\.msg\\('([a-zA-Z][\\w.]*)'\\)");

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        var keys = load("messages.properties").stringPropertyNames();
        var missing = new TreeSet<String>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var matcher = KEY_IN_TEMPLATE.matcher(Files.readString(file));
                while (matcher.find()) {
                    var key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    found++;
                    if (!keys.contains(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(found).as("keys found in the templates").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }
}
