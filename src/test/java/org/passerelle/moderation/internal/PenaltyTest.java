package org.passerelle.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.passerelle.moderation.PenaltyKind;

/** Penalties end by themselves at their date, or earlier when lifted. */
class PenaltyTest {

    static final Instant NOW = Instant.parse("2027-01-10T10:00:00Z");

    @Test
    void aSilenceIsInForceUntilItsEndAndNotAfter() {
        var silence = new Penalty(1, PenaltyKind.SILENCE, "Spam", 2, NOW, NOW.plusSeconds(3600));
        assertThat(silence.activeAt(NOW)).isTrue();
        assertThat(silence.activeAt(NOW.plusSeconds(3599))).isTrue();
        assertThat(silence.activeAt(NOW.plusSeconds(3600)))
                .as("ends at its end")
                .isFalse();
    }

    @Test
    void liftingEndsItAtOnce() {
        var suspension = new Penalty(1, PenaltyKind.SUSPENSION, "Abuse", 2, NOW, NOW.plusSeconds(86_400));
        suspension.lift(NOW.plusSeconds(60));
        assertThat(suspension.activeAt(NOW.plusSeconds(61))).isFalse();
    }
}
