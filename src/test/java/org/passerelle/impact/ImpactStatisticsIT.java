package org.passerelle.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The atlas and dashboard figures on a known dataset: exact numbers, suppression, visibility. */
@IntegrationTest
class ImpactStatisticsIT {

    @Autowired
    ImpactDataset data;

    @Autowired
    AtlasService atlas;

    @Autowired
    ImpactService impact;

    String sector;
    String institutionName;
    long m1;
    long m2;
    long m3;

    @BeforeEach
    void dataset() {
        sector = ImpactDataset.freshSector();
        var tuvalu = data.tuvalu(sector);
        institutionName = tuvalu.institutionName();
        m1 = tuvalu.m1();
        m2 = tuvalu.m2();
        m3 = tuvalu.m3();
    }

    @Test
    void theDashboardCountsExactlyTheSelectedPublicMissionsAndSuppressesSmallCountsOfPeople() {
        var board = impact.dashboard(new ImpactFilter(null, sector, null, null));

        var totals = board.totals();
        assertThat(totals.published()).isEqualTo(3);
        assertThat(totals.staffed()).isEqualTo(2);
        assertThat(totals.completed()).isEqualTo(1);
        assertThat(totals.medianDaysToStaff()).as("10 and 4 days").isEqualTo(7.0);
        assertThat(totals.medianHoursToAnswer())
                .as("six answers in 24 h, three in 48 h")
                .isEqualTo(24.0);
        assertThat(totals.activeExperts()).isEqualTo(Count.of(9));
        assertThat(List.of(totals.peopleTrained(), totals.jobsCreated(), totals.servicesDelivered()))
                .containsExactly(40L, 3L, 2L);
        assertThat(board.trend())
                .containsExactly(
                        new Dashboard.TrendRow("2026 Q1", 2, 2, 1), new Dashboard.TrendRow("2026 Q2", 1, 0, 0));
        assertThat(board.byCountry()).containsExactly(new Dashboard.BreakdownRow("TV", 3, 1, 40, 3, 2));
        assertThat(board.bySector()).containsExactly(new Dashboard.BreakdownRow(sector, 3, 1, 40, 3, 2));

        assertThat(board.byGender())
                .containsExactly(
                        // registered: 7 women (the one hiding her origins counts: no country is shown), not the
                        // disabled account; 3 men and 1 other are too few to show
                        new Dashboard.GenderRow(GenderGroup.WOMEN, Count.of(7), Count.hidden(), Count.hidden()),
                        new Dashboard.GenderRow(GenderGroup.MEN, Count.hidden(), Count.hidden(), Count.hidden()),
                        new Dashboard.GenderRow(GenderGroup.OTHER, Count.hidden(), Count.of(0), Count.of(0)),
                        new Dashboard.GenderRow(GenderGroup.NOT_STATED, Count.of(0), Count.of(0), Count.of(0)));
    }

    @Test
    void aPeriodCountsEachMeasureAtItsOwnMoment() {
        var spring =
                impact.dashboard(new ImpactFilter(null, sector, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        assertThat(List.of(
                        spring.totals().published(),
                        spring.totals().staffed(),
                        spring.totals().completed()))
                .containsExactly(1L, 0L, 0L);
        assertThat(spring.totals().medianDaysToStaff()).isNull();
        assertThat(spring.totals().activeExperts()).isEqualTo(Count.of(0));
        assertThat(spring.trend()).containsExactly(new Dashboard.TrendRow("2026 Q2", 1, 0, 0));

        var march =
                impact.dashboard(new ImpactFilter("TV", sector, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(march.totals().completed()).isEqualTo(1);
        assertThat(march.totals().peopleTrained()).isEqualTo(40);
        assertThat(march.totals().published()).isZero();
    }

    @Test
    void theAtlasHidesSmallCountsOfPeopleAndTotalsThatWouldGiveAHiddenOneAway() {
        assertThat(atlas.byCountry(Measure.EXPERTS_BY_HERITAGE, sector))
                .as("Nauru counts one expert (hidden origins and disabled accounts left out)")
                .isEqualTo(Map.of("NR", Count.hidden(), "TV", Count.of(10)));
        assertThat(atlas.breakdown(Measure.EXPERTS_BY_HERITAGE, sector, "009", null))
                .extracting(AtlasService.Area::code, AtlasService.Area::value)
                .contains(
                        Tuple.tuple("057", Count.hidden()),
                        Tuple.tuple("061", Count.of(10)),
                        Tuple.tuple("053", Count.of(0)));
        assertThat(atlas.breakdown(Measure.EXPERTS_BY_HERITAGE, sector, null, null))
                .filteredOn(a -> a.value().suppressed() || a.value().value() > 0)
                .as("Oceania minus Polynesia would give Micronesia away: Oceania is hidden")
                .containsExactly(new AtlasService.Area("009", AtlasService.Level.CONTINENT, Count.hidden()));
        assertThat(atlas.breakdown(Measure.EXPERTS_BY_RESIDENCE, sector, null, null))
                .filteredOn(a -> a.code().equals("150"))
                .extracting(AtlasService.Area::value)
                .containsExactly(Count.of(10));
        assertThat(atlas.byCountry(Measure.MISSIONS, sector)).isEqualTo(Map.of("TV", Count.of(3)));
        assertThat(atlas.byCountry(Measure.PEOPLE_TRAINED, sector)).isEqualTo(Map.of("TV", Count.of(40)));
    }

    @Test
    void anExpertOfTwoCountriesOfOneRegionCountsOnceInTheRegion() {
        var other = ImpactDataset.freshSector();
        for (int i = 0; i < 5; i++) {
            data.expert("", other, "SN", "ML");
        }
        assertThat(atlas.byCountry(Measure.EXPERTS_BY_HERITAGE, other))
                .isEqualTo(Map.of("SN", Count.of(5), "ML", Count.of(5)));
        assertThat(atlas.breakdown(Measure.EXPERTS_BY_HERITAGE, other, "002", null))
                .filteredOn(a -> a.code().equals("011"))
                .extracting(AtlasService.Area::value)
                .containsExactly(Count.of(5));
        assertThat(atlas.breakdown(Measure.EXPERTS_BY_HERITAGE, other, null, null))
                .filteredOn(a -> a.code().equals("002"))
                .extracting(AtlasService.Area::value)
                .containsExactly(Count.of(5));
    }

    @Test
    void aCountryPageListsItsVerifiedInstitutionsPublicMissionsAndOutcomes() {
        var tuvalu = atlas.country("tv");

        assertThat(tuvalu.country().code()).isEqualTo("TV");
        assertThat(tuvalu.institutions()).extracting(i -> i.name()).contains(institutionName);
        assertThat(tuvalu.missions())
                .extracting(m -> m.id())
                .contains(m1, m2, m3)
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(tuvalu.missions()).extracting(m -> m.title()).doesNotContain("Draft mission", "Cancelled mission");
        assertThat(tuvalu.outcomes().peopleTrained()).isGreaterThanOrEqualTo(40);
    }
}
