package org.passerelle.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file in the index directory that exists while the application runs and is removed once the index has been
 * committed at a clean shutdown. Found at start-up, it means the previous run was killed: index changes made in its
 * last second (committed to disk at most a second after their transaction, see {@code read-sync}) may be missing, so
 * every index is rebuilt from the database, which holds every acknowledged write.
 */
final class RunMarker {

    private final Path file;

    RunMarker(Path indexRoot) {
        this.file = indexRoot.resolve("running");
    }

    /** Whether a previous run ended without {@link #clear()}. */
    boolean leftByCrash() {
        return Files.exists(file);
    }

    void set() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
