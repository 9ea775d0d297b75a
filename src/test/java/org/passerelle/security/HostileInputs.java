package org.passerelle.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The hostile-input corpus: {@code security/hostile-inputs.txt} (SQL and HQL, Lucene syntax, format strings and
 * templates, control characters, bidirectional overrides, emoji and combining marks, spreadsheet formulas, URLs and
 * markup, up to 100,000 characters) and {@code xss-payloads.txt} (script and HTML payloads), each string once.
 */
public final class HostileInputs {

    private static volatile List<String> all;

    /** Every string of the corpus (over 500). */
    public static List<String> all() {
        if (all == null) {
            var strings = new LinkedHashSet<String>();
            read("/security/hostile-inputs.txt").forEach(line -> strings.add(decode(line)));
            read("/xss-payloads.txt")
                    .forEach(line -> strings.add(line.replace("\\n", "\n").replace("\\u0000", "\u0000")));
            all = List.copyOf(strings);
        }
        return all;
    }

    /** Every n-th string of the corpus, always including the longest ones: for slow paths (a real browser). */
    public static List<String> sample(int every) {
        var corpus = all();
        var sample = new ArrayList<String>();
        for (int i = 0; i < corpus.size(); i++) {
            if (i % every == 0 || corpus.get(i).length() > 10_000) {
                sample.add(corpus.get(i));
            }
        }
        return sample;
    }

    /** A hostile string as a failure message can show it: control and invisible characters escaped, cut at 160. */
    public static String shown(String hostile) {
        var escaped = hostile.codePoints()
                .limit(160)
                .mapToObj(c -> c < 32
                                || (c >= 0x7f && c < 0xa0)
                                || (c >= 0x2000 && c <= 0x206f)
                                || (c >= 0xd800 && c <= 0xdfff)
                                || c >= 0xfff0
                        ? "\\u%04x".formatted(c)
                        : Character.toString(c))
                .reduce("", String::concat);
        return "\"" + escaped + (hostile.length() > 160 ? "…\" (" + hostile.length() + " chars)" : "\"");
    }

    private static List<String> read(String resource) {
        try (var in = HostileInputs.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes backslash escapes (n, r, t, a backslash, u and four hex digits) and the "@repeat N s" directive. */
    static String decode(String line) {
        if (line.startsWith("@repeat ")) {
            var parts = line.split(" ", 3);
            return decode(parts[2]).repeat(Integer.parseInt(parts[1]));
        }
        var out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            var c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            var next = line.charAt(i + 1);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    if (i + 6 <= line.length() && line.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                        out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                        i += 4;
                    } else {
                        out.append("\\u");
                    }
                }
                default -> out.append(c).append(next);
            }
            i++;
        }
        return out.toString();
    }

    private HostileInputs() {}
}
