package org.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvailabilityWindowTest {

    private static final AvailabilityWindow MARCH =
            new AvailabilityWindow(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), true, false);

    @ParameterizedTest(name = "{0}..{1} overlaps March: {2}")
    @CsvSource({
        "2027-02-01, 2027-02-28, false",
        "2027-02-01, 2027-03-01, true",
        "2027-03-10, 2027-03-20, true",
        "2027-03-31, 2027-04-30, true",
        "2027-04-01, 2027-04-30, false",
        "2027-01-01, 2027-12-31, true"
    })
    void overlapIncludesBothEnds(LocalDate from, LocalDate to, boolean overlaps) {
        assertThat(MARCH.overlaps(from, to)).isEqualTo(overlaps);
    }

    @Test
    void aWindowNeedsOrderedDatesAndAWayOfWorking() {
        var day = LocalDate.of(2027, 5, 1);
        assertThat(new AvailabilityWindow(day, day, false, true).isValid()).isTrue();
        assertThat(new AvailabilityWindow(day, day.minusDays(1), true, true).isValid())
                .isFalse();
        assertThat(new AvailabilityWindow(day, day, false, false).isValid()).isFalse();
        assertThat(new AvailabilityWindow(null, day, true, false).isValid()).isFalse();
    }
}
