package org.passerelle.impact;

import java.awt.geom.Path2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** Country code → SVG path data. */
    public static Map<String, String> paths() {
        return PATHS;
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
