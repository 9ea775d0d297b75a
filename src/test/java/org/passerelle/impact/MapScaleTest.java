package org.passerelle.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MapScaleTest {

    @Test
    void everyFigureShownFallsInTheLegendStepOfItsColour() {
        var figures =
                Map.of("A", Count.of(5), "B", Count.of(17), "C", Count.of(30), "D", Count.hidden(), "E", Count.of(0));
        var scale = MapScale.of(figures);

        var steps = scale.steps();
        assertThat(steps.getFirst().from()).isEqualTo(5);
        assertThat(steps.getLast().to()).isEqualTo(30);
        for (long value = 5; value <= 30; value++) {
            var v = value;
            var colour = scale.colour(Count.of(value));
            assertThat(steps)
                    .filteredOn(s -> s.from() <= v && v <= s.to())
                    .singleElement()
                    .extracting(MapScale.Step::colour)
                    .isEqualTo(colour);
        }
        assertThat(scale.colour(Count.hidden())).isEqualTo(MapScale.FEW);
        assertThat(scale.colour(Count.of(0))).isEqualTo(MapScale.NONE);
        assertThat(scale.colour(null)).isEqualTo(MapScale.NONE);
    }

    @Test
    void aSingleFigureHasOneStep() {
        var scale = MapScale.of(Map.of("A", Count.of(6)));
        assertThat(scale.steps()).containsExactly(new MapScale.Step(MapScale.CLASSES.getLast(), 6, 6));
        assertThat(scale.colour(Count.of(6))).isEqualTo(MapScale.CLASSES.getLast());
        assertThat(MapScale.of(Map.of()).steps()).isEmpty();
    }
}
