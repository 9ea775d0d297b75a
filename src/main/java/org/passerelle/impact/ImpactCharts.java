package org.passerelle.impact;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's charts, drawn on the server with JFreeChart (PNG for the page and the PDF report, each shown with
 * an accessible table of the same figures), and the world map drawn for the PDF report. Suppressed counts are drawn
 * as zero; the tables say "<5".
 */
@Component
public class ImpactCharts {

    private static final Color[] SERIES = {new Color(0x2c7fb8), new Color(0x41b6c4), new Color(0xa1dab4)};

    private final MessageSource messages;

    ImpactCharts(MessageSource messages) {
        this.messages = messages;
    }

    public JFreeChart trend(Dashboard dashboard, Locale locale) {
        var data = new DefaultCategoryDataset();
        for (var row : dashboard.trend()) {
            data.addValue(row.published(), text("impact.published", locale), row.quarter());
            data.addValue(row.staffed(), text("impact.staffed", locale), row.quarter());
            data.addValue(row.completed(), text("impact.completed", locale), row.quarter());
        }
        return bars(text("impact.chart.trend", locale), data, PlotOrientation.VERTICAL);
    }

    public JFreeChart gender(Dashboard dashboard, Locale locale) {
        var data = new DefaultCategoryDataset();
        for (var row : dashboard.byGender()) {
            var group = text(row.group().labelKey(), locale);
            data.addValue(row.registered().shownValue(), text("impact.gender.registered", locale), group);
            data.addValue(row.applied().shownValue(), text("impact.gender.applied", locale), group);
            data.addValue(row.selected().shownValue(), text("impact.gender.selected", locale), group);
        }
        return bars(text("impact.chart.gender", locale), data, PlotOrientation.VERTICAL);
    }

    /** Missions and completed missions per sector (or country), the ten largest. */
    public JFreeChart breakdown(
            String titleKey, List<Dashboard.BreakdownRow> rows, Function<String, String> name, Locale locale) {
        var data = new DefaultCategoryDataset();
        rows.stream().limit(10).forEach(row -> {
            data.addValue(row.missions(), text("impact.missions", locale), name.apply(row.code()));
            data.addValue(row.completed(), text("impact.completed", locale), name.apply(row.code()));
        });
        return bars(text(titleKey, locale), data, PlotOrientation.HORIZONTAL);
    }

    /**
     * The chart as a PNG. Drawing is the dearest part of the dashboard and its figures change slowly, so the last
     * charts drawn are kept, by what they show (title, orientation, size, every value): the same chart is drawn once.
     */
    public static byte[] png(JFreeChart chart, int width, int height) {
        var key = drawingKey(chart, width, height);
        var drawn = key == null ? null : DRAWN.get(key);
        if (drawn != null) {
            return drawn;
        }
        try (var out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            var png = out.toByteArray();
            if (key != null) {
                DRAWN.put(key, png);
            }
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The charts drawn last (at most 200, the least recently used forgotten first). */
    private static final Map<String, byte[]> DRAWN = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > 200;
        }
    });

    /** Everything a bar chart shows, as text; null for a chart of another kind (drawn every time). */
    static String drawingKey(JFreeChart chart, int width, int height) {
        if (!(chart.getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null) {
            return null;
        }
        var key = new StringBuilder()
                .append(width)
                .append('x')
                .append(height)
                .append('|')
                .append(chart.getTitle() == null ? "" : chart.getTitle().getText())
                .append('|')
                .append(plot.getOrientation());
        var data = plot.getDataset();
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                key.append('|')
                        .append(data.getRowKey(row))
                        .append('\t')
                        .append(data.getColumnKey(column))
                        .append('=')
                        .append(data.getValue(row, column));
            }
        }
        return key.toString();
    }

    /** The choropleth as a PNG image (for the PDF report). */
    public static byte[] mapPng(Map<String, Count> figures, int width) {
        var scale = MapScale.of(figures);
        var height = width * WorldGeometry.HEIGHT / WorldGeometry.WIDTH;
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.scale(width / (double) WorldGeometry.WIDTH, height / (double) WorldGeometry.HEIGHT);
        g.setStroke(new BasicStroke(0.3f));
        for (var code : WorldGeometry.paths().keySet()) {
            var shape = WorldGeometry.shape(code);
            g.setColor(Color.decode(scale.colour(figures.get(code))));
            g.fill(shape);
            g.setColor(Color.WHITE);
            g.draw(shape);
        }
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JFreeChart bars(String title, DefaultCategoryDataset data, PlotOrientation orientation) {
        var chart = ChartFactory.createBarChart(title, null, null, data, orientation, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        var plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
        }
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
