package org.passerelle.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    static Map<String, Long> cells(Object... keyValues) {
        var map = new LinkedHashMap<String, Long>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], ((Number) keyValues[i + 1]).longValue());
        }
        return map;
    }

    @Test
    void countsFromOneToFourAreHiddenZeroAndFiveAreShown() {
        assertThat(Suppression.apply(cells("a", 0, "b", 1, "c", 4, "d", 5, "e", 12)))
                .containsExactly(
                        Map.entry("a", Count.of(0)),
                        Map.entry("b", Count.hidden()),
                        Map.entry("c", Count.hidden()),
                        Map.entry("d", Count.of(5)),
                        Map.entry("e", Count.of(12)));
    }

    @Test
    void aLoneHiddenCellTakesTheSmallestOtherCellWithItSoTheTotalGivesNothingAway() {
        assertThat(Suppression.apply(cells("a", 3, "b", 40, "c", 7, "d", 0)))
                .containsExactly(
                        Map.entry("a", Count.hidden()),
                        Map.entry("b", Count.of(40)),
                        Map.entry("c", Count.hidden()),
                        Map.entry("d", Count.of(0)));
    }

    @Test
    void aLoneCellWithNothingElseToHideStaysHidden() {
        assertThat(Suppression.apply(cells("a", 2, "b", 0)))
                .containsExactly(Map.entry("a", Count.hidden()), Map.entry("b", Count.of(0)));
        assertThat(Suppression.single(4)).isEqualTo(Count.hidden());
        assertThat(Suppression.single(0)).isEqualTo(Count.of(0));
        assertThat(Suppression.single(5)).isEqualTo(Count.of(5));
    }

    @Test
    void aHiddenCountShowsAsFewerThanFive() {
        assertThat(Count.hidden().display(Locale.ENGLISH)).isEqualTo("<5");
        assertThat(Count.of(12345).display(Locale.FRENCH)).isEqualTo("12 345".replace(' ', '\u202f'));
        assertThat(Count.hidden().shownValue()).isZero();
    }
}
