package org.passerelle.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.TestConfig;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.impact.AtlasService;
import org.passerelle.impact.Count;
import org.passerelle.impact.Dashboard;
import org.passerelle.impact.ImpactDataset;
import org.passerelle.impact.ImpactFilter;
import org.passerelle.impact.ImpactService;
import org.passerelle.impact.KnowledgeService;
import org.passerelle.impact.Measure;
import org.passerelle.matching.IndexMaintenanceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The impact module's SQL (over the reporting views every module publishes: paging, timestamps, nested counts), the open
 * data API and the index consistency check on a real PostgreSQL 17, with the same known dataset as on H2.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestConfig.class)
class PostgresImpactIT extends PostgresTest {

    @Autowired
    ImpactDataset data;

    @Autowired
    ImpactService impact;

    @Autowired
    AtlasService atlas;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    IndexMaintenanceService maintenance;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void theImpactFiguresTheApiAndTheIndexCheckAgreeWithH2() throws Exception {
        var sector = ImpactDataset.freshSector();
        var tuvalu = data.tuvalu(sector);
        data.summary(tuvalu.m1(), "<p>Order test kits early.</p>", ImpactDataset.day("2026-03-20"));

        var board = impact.dashboard(new ImpactFilter(null, sector, null, null));
        assertThat(board.totals().published()).isEqualTo(3);
        assertThat(board.totals().medianDaysToStaff()).isEqualTo(7.0);
        assertThat(board.totals().medianHoursToAnswer()).isEqualTo(24.0);
        assertThat(board.trend())
                .containsExactly(
                        new Dashboard.TrendRow("2026 Q1", 2, 2, 1), new Dashboard.TrendRow("2026 Q2", 1, 0, 0));
        var spring = impact.dashboard(new ImpactFilter("TV", sector, LocalDate.of(2026, 4, 1), null));
        assertThat(spring.totals().published()).isEqualTo(1);
        assertThat(atlas.byCountry(Measure.EXPERTS_BY_HERITAGE, sector))
                .isEqualTo(Map.of("NR", Count.hidden(), "TV", Count.of(10)));
        assertThat(knowledge.lessons(sector, "061"))
                .extracting(l -> l.missionId())
                .containsExactly(tuvalu.m1());

        mvc.perform(get("/api/v1/missions?size=2&page=1&sector=" + sector))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(1));

        users.signIn(users.active("Postgres index admin", Role.ADMIN));
        var expertIndex = maintenance.check().stream()
                .filter(r -> r.entity().equals("ExpertProfile"))
                .findFirst()
                .orElseThrow();
        assertThat(expertIndex.missing())
                .as("the dataset's rows were written behind Hibernate")
                .isNotEmpty();
        assertThat(maintenance.repair())
                .allSatisfy(r -> assertThat(r.consistent()).isTrue());
        users.signOut();
    }
}
