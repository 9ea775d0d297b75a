package org.passerelle.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunMarkerTest {

    @TempDir
    Path indexRoot;

    @Test
    void aFreshIndexDirectoryIsNotACrash() {
        assertThat(new RunMarker(indexRoot.resolve("new")).leftByCrash()).isFalse();
    }

    @Test
    void aRunThatWasNotClearedIsSeenAsACrashByTheNextRun() {
        new RunMarker(indexRoot).set();

        assertThat(new RunMarker(indexRoot).leftByCrash()).isTrue();
    }

    @Test
    void aCleanShutdownClearsIt() {
        var marker = new RunMarker(indexRoot);
        marker.set();
        marker.clear();

        assertThat(new RunMarker(indexRoot).leftByCrash()).isFalse();
    }
}
