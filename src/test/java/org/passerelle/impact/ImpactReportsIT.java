package org.passerelle.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.passerelle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ImpactReportsIT {

    @Autowired
    ImpactDataset data;

    @Autowired
    ImpactReports reports;

    @Autowired
    ImpactService impact;

    String sector;

    @BeforeEach
    void dataset() {
        sector = data.registeredSector();
        data.tuvalu(sector);
    }

    @Test
    void theAtlasCsvListsTheAreasShownWithSuppressedCountsAsFewerThanFive() {
        var csv = new String(
                reports.csv(
                        List.of(reports.atlasTable(Measure.EXPERTS_BY_HERITAGE, sector, "009", null, Locale.ENGLISH))),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFCode,Area,Experts by country of heritage\r\n");
        assertThat(csv.lines()).contains("057,Micronesia,<5", "061,Polynesia,10", "053,Australia and New Zealand,0");
    }

    @Test
    void theDashboardCsvHasEveryTableInTheChosenLanguage() {
        var csv = new String(
                reports.csv(reports.dashboardTables(
                        impact.dashboard(new ImpactFilter(null, sector, null, null)), Locale.FRENCH)),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).lines())
                .contains(
                        "En chiffres",
                        "Missions publiées,3",
                        "Personnes formées,40",
                        "Trimestre,Missions publiées,Missions pourvues,Missions terminées",
                        "2026 Q1,2,2,1",
                        "Tuvalu,3,1,40,3,2",
                        "Femmes,7,<5,<5",
                        "Hommes,<5,<5,<5");
    }

    @Test
    void thePdfReportsAreParseableAndCarryTitleFiltersAndTables() throws Exception {
        var progress = new ArrayList<Double>();
        var pdf = reports.dashboardPdf(new ImpactFilter("TV", sector, null, null), Locale.ENGLISH, progress::add);

        assertThat(progress).isSorted().last().isEqualTo(1.0);
        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString())
                .contains("Impact dashboard", "Country: Tuvalu", "Missions published", "People trained", "<5");
        var atlas = new PdfReader(reports.atlasPdf(Measure.MISSIONS, sector, null, null, Locale.FRENCH, value -> {}));
        assertThat(new PdfTextExtractor(atlas).getTextFromPage(1)).contains("Atlas du réseau", "Océanie");
    }
}
