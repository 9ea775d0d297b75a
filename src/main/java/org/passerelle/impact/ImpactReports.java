package org.passerelle.impact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.passerelle.directory.Countries;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports of an atlas or dashboard selection: CSV (UTF-8 with a byte order mark, so that spreadsheet programs read
 * accents right) and a PDF report (title, date, filters, tables and charts; fonts embedded). Public, like the figures.
 */
@Service
@PreAuthorize("permitAll()")
public class ImpactReports {

    /** A table of the report: a title, column headings, rows of cells as shown. */
    public record Table(String title, List<String> headings, List<List<String>> rows) {}

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private final AtlasService atlas;
    private final ImpactService impact;
    private final ImpactCharts charts;
    private final Countries countries;
    private final SectorService sectors;
    private final MessageSource messages;
    private final Clock clock;

    ImpactReports(
            AtlasService atlas,
            ImpactService impact,
            ImpactCharts charts,
            Countries countries,
            SectorService sectors,
            MessageSource messages,
            Clock clock) {
        this.atlas = atlas;
        this.impact = impact;
        this.charts = charts;
        this.countries = countries;
        this.sectors = sectors;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- the tables, shared by CSV, PDF and the views

    /** The atlas selection as a table: each area of the level shown, with its figure. */
    public Table atlasTable(Measure measure, String sector, String continent, String region, Locale locale) {
        var rows = atlas.breakdown(measure, sector, continent, region).stream()
                .map(area -> List.of(
                        area.code(),
                        countries.name(area.code(), locale),
                        area.value().display(locale)))
                .toList();
        return new Table(
                text(measure.labelKey(), locale),
                List.of(text("atlas.code", locale), text("atlas.area", locale), text(measure.labelKey(), locale)),
                rows);
    }

    /** The dashboard as tables: totals, trend, by country, by sector, by gender. */
    public List<Table> dashboardTables(Dashboard board, Locale locale) {
        var totals = board.totals();
        var t = new ArrayList<List<String>>();
        t.add(List.of(text("impact.published", locale), number(totals.published(), locale)));
        t.add(List.of(text("impact.staffed", locale), number(totals.staffed(), locale)));
        t.add(List.of(text("impact.completed", locale), number(totals.completed(), locale)));
        t.add(List.of(text("impact.daysToStaff", locale), decimal(totals.medianDaysToStaff(), locale)));
        t.add(List.of(text("impact.hoursToAnswer", locale), decimal(totals.medianHoursToAnswer(), locale)));
        t.add(List.of(
                text("impact.activeExperts", locale), totals.activeExperts().display(locale)));
        t.add(List.of(text("impact.peopleTrained", locale), number(totals.peopleTrained(), locale)));
        t.add(List.of(text("impact.jobsCreated", locale), number(totals.jobsCreated(), locale)));
        t.add(List.of(text("impact.servicesDelivered", locale), number(totals.servicesDelivered(), locale)));
        var tables = new ArrayList<Table>();
        tables.add(new Table(
                text("impact.totals", locale),
                List.of(text("impact.indicator", locale), text("impact.value", locale)),
                t));
        tables.add(new Table(
                text("impact.chart.trend", locale),
                List.of(
                        text("impact.quarter", locale),
                        text("impact.published", locale),
                        text("impact.staffed", locale),
                        text("impact.completed", locale)),
                board.trend().stream()
                        .map(r -> List.of(
                                r.quarter(),
                                number(r.published(), locale),
                                number(r.staffed(), locale),
                                number(r.completed(), locale)))
                        .toList()));
        tables.add(breakdownTable(
                "impact.byCountry", "atlas.country", board.byCountry(), code -> countries.name(code, locale), locale));
        tables.add(breakdownTable(
                "impact.bySector", "impact.sector", board.bySector(), code -> sectorName(code, locale), locale));
        tables.add(new Table(
                text("impact.chart.gender", locale),
                List.of(
                        text("impact.gender", locale),
                        text("impact.gender.registered", locale),
                        text("impact.gender.applied", locale),
                        text("impact.gender.selected", locale)),
                board.byGender().stream()
                        .map(r -> List.of(
                                text(r.group().labelKey(), locale),
                                r.registered().display(locale),
                                r.applied().display(locale),
                                r.selected().display(locale)))
                        .toList()));
        return tables;
    }

    private Table breakdownTable(
            String titleKey,
            String keyHeading,
            List<Dashboard.BreakdownRow> rows,
            Function<String, String> name,
            Locale locale) {
        return new Table(
                text(titleKey, locale),
                List.of(
                        text(keyHeading, locale),
                        text("impact.missions", locale),
                        text("impact.completed", locale),
                        text("impact.peopleTrained", locale),
                        text("impact.jobsCreated", locale),
                        text("impact.servicesDelivered", locale)),
                rows.stream()
                        .map(r -> List.of(
                                name.apply(r.code()),
                                number(r.missions(), locale),
                                number(r.completed(), locale),
                                number(r.peopleTrained(), locale),
                                number(r.jobsCreated(), locale),
                                number(r.servicesDelivered(), locale)))
                        .toList());
    }

    public String sectorName(String code, Locale locale) {
        return sectors.active().stream()
                .filter(s -> s.code().equals(code))
                .map(s -> s.name(locale))
                .findFirst()
                .orElse(code);
    }

    /** The filters of a dashboard selection, in words. */
    public String describe(ImpactFilter filter, Locale locale) {
        var parts = new ArrayList<String>();
        parts.add(text("atlas.country", locale) + ": "
                + (filter.country() == null ? text("impact.all", locale) : countries.name(filter.country(), locale)));
        parts.add(text("impact.sector", locale) + ": "
                + (filter.sector() == null ? text("impact.all", locale) : sectorName(filter.sector(), locale)));
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        parts.add(text("impact.period", locale) + ": "
                + (filter.from() == null ? "…" : dates.format(filter.from())) + " – "
                + (filter.to() == null ? "…" : dates.format(filter.to())));
        return String.join(" · ", parts);
    }

    // ---- CSV

    public byte[] csv(List<Table> tables) {
        try (var out = new ByteArrayOutputStream()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
                for (var table : tables) {
                    if (tables.size() > 1) {
                        printer.printRecord(table.title());
                    }
                    printer.printRecord(table.headings());
                    for (var row : table.rows()) {
                        printer.printRecord(row);
                    }
                    if (tables.size() > 1) {
                        printer.println();
                    }
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- PDF

    /** The atlas selection: the map of the measure, then the table. */
    public byte[] atlasPdf(
            Measure measure, String sector, String continent, String region, Locale locale, DoubleConsumer progress) {
        var table = atlasTable(measure, sector, continent, region, locale);
        progress.accept(0.3);
        var map = ImpactCharts.mapPng(atlas.byCountry(measure, sector), 1400);
        progress.accept(0.7);
        var filters = text(measure.labelKey(), locale)
                + (sector == null ? "" : " · " + text("impact.sector", locale) + ": " + sectorName(sector, locale))
                + (continent == null ? "" : " · " + countries.name(continent, locale))
                + (region == null ? "" : " · " + countries.name(region, locale));
        var pdf = pdf(text("atlas.title", locale), filters, List.of(map), List.of(table), locale);
        progress.accept(1.0);
        return pdf;
    }

    public byte[] dashboardPdf(ImpactFilter filter, Locale locale, DoubleConsumer progress) {
        var board = impact.dashboard(filter);
        progress.accept(0.2);
        var images = new ArrayList<byte[]>();
        images.add(ImpactCharts.png(charts.trend(board, locale), 900, 420));
        progress.accept(0.4);
        images.add(ImpactCharts.png(charts.gender(board, locale), 900, 420));
        progress.accept(0.6);
        images.add(ImpactCharts.png(
                charts.breakdown("impact.bySector", board.bySector(), code -> sectorName(code, locale), locale),
                900,
                420));
        progress.accept(0.8);
        var pdf = pdf(
                text("impact.title", locale), describe(filter, locale), images, dashboardTables(board, locale), locale);
        progress.accept(1.0);
        return pdf;
    }

    private byte[] pdf(String title, String filters, List<byte[]> images, List<Table> tables, Locale locale) {
        try (var out = new ByteArrayOutputStream()) {
            var document = new Document(PageSize.A4, 40, 40, 40, 40);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            var regular = BaseFont.createFont(REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            var bold = BaseFont.createFont(BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            document.add(new Paragraph(title, new Font(bold, 20)));
            document.add(new Paragraph(
                    text("report.generated", locale)
                            + " "
                            + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                    .withLocale(locale)
                                    .format(LocalDate.now(clock)),
                    new Font(regular, 10)));
            document.add(new Paragraph(filters, new Font(regular, 10)));
            document.add(new Paragraph(text("report.suppression", locale), new Font(regular, 9)));
            for (var png : images) {
                var image = Image.getInstance(png);
                image.scaleToFit(PageSize.A4.getWidth() - 80, 300);
                image.setSpacingBefore(10);
                document.add(image);
            }
            for (var table : tables) {
                var heading = new Paragraph(table.title(), new Font(bold, 13));
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(6);
                document.add(heading);
                var pdfTable = new PdfPTable(table.headings().size());
                pdfTable.setWidthPercentage(100);
                pdfTable.setHeaderRows(1);
                for (var h : table.headings()) {
                    pdfTable.addCell(new PdfPCell(new Phrase(h, new Font(bold, 9))));
                }
                for (var row : table.rows()) {
                    for (var cell : row) {
                        pdfTable.addCell(new PdfPCell(new Phrase(cell, new Font(regular, 9))));
                    }
                }
                if (table.rows().isEmpty()) {
                    var none = new PdfPCell(new Phrase(text("report.none", locale), new Font(regular, 9)));
                    none.setColspan(table.headings().size());
                    pdfTable.addCell(none);
                }
                document.add(pdfTable);
            }
            document.add(
                    new Paragraph(text("atlas.attribution", locale, WorldGeometry.ATTRIBUTION), new Font(regular, 8)));
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private static String decimal(Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Every active sector, for filters. */
    public List<SectorInfo> sectors() {
        return sectors.active();
    }

    /** The code if it names an active sector (a filter read from an address), else null. */
    public String knownSector(String code) {
        return code != null && sectors().stream().anyMatch(s -> s.code().equals(code)) ? code : null;
    }
}
