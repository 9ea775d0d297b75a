package org.passerelle.impact;

import java.awt.geom.Path2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bundled world map: simplified country outlines (ISO code → SVG path of absolute "M x,y x,y … Z" rings in a
 * 1010 × 666 view box), from {@code impact/world-map.tsv} (simplified from @svg-maps/world, CC BY 4.0). Nothing is
 * fetched from the internet.
 */
public final class WorldGeometry {

    public static final int WIDTH = 1010;
    public static final int HEIGHT = 666;
    public static final String ATTRIBUTION = "@svg-maps/world (Victor Cazanave), CC BY 4.0";

    private static final Map<String, String> PATHS = load();
    private static final Map<String, String> COMPACT = compact(PATHS);

    /** Country code → SVG path data. */
    public static Map<String, String> paths() {
        return PATHS;
    }

    /**
     * Country code → the same outline with whole-pixel coordinates, each point relative to the previous one (points
     * that round onto the previous one dropped): about a third of the bytes, for pages that must load fast.
     */
    public static Map<String, String> compactPaths() {
        return COMPACT;
    }

    private static Map<String, String> compact(Map<String, String> paths) {
        var result = new LinkedHashMap<String, String>();
        paths.forEach((code, data) -> {
            var out = new StringBuilder();
            for (var ring : data.split("Z")) {
                var points = ring.replace("M", "").strip().split(" ");
                long x0 = 0;
                long y0 = 0;
                int written = 0;
                for (var point : points) {
                    var xy = point.split(",");
                    if (xy.length != 2) {
                        continue;
                    }
                    long x = Math.round(Double.parseDouble(xy[0]));
                    long y = Math.round(Double.parseDouble(xy[1]));
                    if (written == 0) {
                        out.append('M').append(x).append(',').append(y);
                    } else if (x != x0 || y != y0) {
                        out.append(written == 1 ? "l" : " ")
                                .append(x - x0)
                                .append(',')
                                .append(y - y0);
                    } else {
                        continue;
                    }
                    x0 = x;
                    y0 = y;
                    written++;
                }
                if (written > 0) {
                    out.append('z');
                }
            }
            result.put(code, out.toString());
        });
        return Collections.unmodifiableMap(result);
    }

    /** The country's outline as a Java2D shape (for maps drawn into PDF reports). */
    public static Path2D shape(String code) {
        var path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        var data = PATHS.get(code);
        if (data == null) {
            return path;
        }
        for (var ring : data.split("Z")) {
            if (ring.isBlank()) {
                continue;
            }
            var points = ring.replace("M", "").strip().split(" ");
            for (int i = 0; i < points.length; i++) {
                var xy = points[i].split(",");
                if (xy.length != 2) {
                    continue;
                }
                var x = Double.parseDouble(xy[0]);
                var y = Double.parseDouble(xy[1]);
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
        }
        return path;
    }

    private static Map<String, String> load() {
        var result = new LinkedHashMap<String, String>();
        try (var in = WorldGeometry.class.getResourceAsStream("/impact/world-map.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .forEach(parts -> result.put(parts[0], parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(result);
    }

    private WorldGeometry() {}
}
