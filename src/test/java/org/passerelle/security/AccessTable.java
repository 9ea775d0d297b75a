package org.passerelle.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A checked-in access table (TSV on the test class path): one line per thing (a method, a route, an endpoint), one
 * column per {@link UserKind}, {@code Y} allowed, {@code -} refused. Lines starting with {@code #} are comments.
 */
final class AccessTable {

    static final String ALLOWED = "Y";
    static final String REFUSED = "-";

    static Map<String, EnumMap<UserKind, Boolean>> load(String resource) {
        try (var in = AccessTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found");
            }
            var table = new TreeMap<String, EnumMap<UserKind, Boolean>>();
            var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            var header = lines.getFirst().split("\t");
            var columns = Arrays.stream(UserKind.values()).map(k -> k.column).toList();
            if (!Arrays.asList(header).subList(1, header.length).equals(columns)) {
                throw new IllegalStateException(resource + ": header must be <name> then " + columns);
            }
            for (var line : lines.subList(1, lines.size())) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var cells = line.split("\t");
                if (cells.length != header.length) {
                    throw new IllegalStateException(resource + ": wrong number of cells in " + line);
                }
                var row = new EnumMap<UserKind, Boolean>(UserKind.class);
                for (var kind : UserKind.values()) {
                    var cell = cells[kind.ordinal() + 1];
                    if (!cell.equals(ALLOWED) && !cell.equals(REFUSED)) {
                        throw new IllegalStateException(resource + ": cell must be Y or - in " + line);
                    }
                    row.put(kind, cell.equals(ALLOWED));
                }
                if (table.put(cells[0], row) != null) {
                    throw new IllegalStateException(resource + ": twice " + cells[0]);
                }
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table line, as it would be written in the file. */
    static String line(String name, Map<UserKind, Boolean> row) {
        return name + "\t"
                + Arrays.stream(UserKind.values())
                        .map(kind -> row.get(kind) ? ALLOWED : REFUSED)
                        .collect(Collectors.joining("\t"));
    }

    /** A method's name in a table: {@code Type.method(ParameterType, …)}. */
    static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")"));
    }

    private AccessTable() {}
}
