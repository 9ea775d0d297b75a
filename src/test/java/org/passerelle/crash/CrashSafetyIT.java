package org.passerelle.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Kills the application abruptly ({@code kill -9}, a JVM of its own: {@link CrashDrill}) at random moments while it
 * writes posts, profile edits and registrations through its services, three times, then starts it again and checks
 * that every write acknowledged before a kill is in the database and in the search index, and that the mail each
 * registration queued is in the outbox. Each round waits for a random number of acknowledged writes (not for time).
 */
class CrashSafetyIT {

    static final Duration START_LIMIT = Duration.ofMinutes(3);

    final Random random = new Random();

    @Test
    void everyAcknowledgedWriteSurvivesAKillInTheDatabaseTheIndexAndTheMailOutbox() throws Exception {
        var dir = Files.createTempDirectory(Path.of("target"), "crash-drill");
        var acknowledged = new TreeSet<Long>();
        for (int round = 0; round < 3; round++) {
            var drill = start(dir, "write");
            var target = 3 + random.nextInt(15);
            var seen = 0;
            while (seen < target) {
                var line = drill.next();
                if (line.startsWith("ACK ")) {
                    acknowledged.add(Long.parseLong(line.substring(4)));
                    seen++;
                }
            }
            // kill -9 mid-stream: the next round of writes is under way
            drill.process().destroyForcibly();
            drill.process().waitFor(30, TimeUnit.SECONDS);
            assertThat(drill.process().isAlive()).isFalse();
        }

        var report = dir.resolve("report.txt");
        var verifier = start(dir, "verify", "-Ddrill.report=" + report);
        while (!verifier.next().equals("VERIFIED")) {
            // start-up output
        }
        verifier.process().waitFor(60, TimeUnit.SECONDS);
        var result = CrashDrill.parse(Files.readAllLines(report));

        var posts = numbers(result.get("POSTS"));
        assertThat(posts).as("every acknowledged post is in the database").containsAll(acknowledged);
        assertThat(numbers(result.get("MAILS")))
                .as("every acknowledged registration's mail is queued")
                .containsAll(acknowledged);
        assertThat(result.get("MISSING_FROM_INDEX"))
                .as("every post in the database is in the index")
                .isEqualTo("[]");
        assertThat(result.get("ONLY_IN_INDEX"))
                .as("nothing in the index that the database lost")
                .isEqualTo("0");
        var headline = Long.parseLong(result.get("HEADLINE").replace("drill headline ", ""));
        assertThat(headline)
                .as("the last acknowledged profile edit or a later one")
                .isGreaterThanOrEqualTo(acknowledged.last());
        assertThat(result.get("HEADLINE_IN_INDEX"))
                .as("the profile's index entry has its latest headline")
                .isEqualTo("1");
    }

    static TreeSet<Long> numbers(String list) {
        var result = new TreeSet<Long>();
        var inner = list.replace("[", "").replace("]", "").strip();
        if (!inner.isEmpty()) {
            for (var n : inner.split(",")) {
                result.add(Long.parseLong(n.strip()));
            }
        }
        return result;
    }

    /** A running drill and the lines it prints. */
    record Drill(Process process, BlockingQueue<String> lines) {
        String next() throws InterruptedException {
            var line = lines.poll(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (line == null) {
                process.destroyForcibly();
                throw new AssertionError("the drill printed nothing for " + START_LIMIT);
            }
            if (line.equals("EXITED")) {
                throw new AssertionError("the drill stopped by itself");
            }
            return line;
        }
    }

    static Drill start(Path dir, String mode, String... jvmOptions) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+EnableDynamicAgentLoading"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(
                "-Djava.io.tmpdir=" + dir.toAbsolutePath(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashDrill.class.getName(),
                dir.toString(),
                mode));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        var process = builder.start();
        var lines = new LinkedBlockingQueue<String>();
        var log = dir.resolve(mode + "-" + System.nanoTime() + ".log");
        Thread.ofVirtual().start(() -> {
            try (var reader = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    var out = Files.newBufferedWriter(log)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    out.write(line);
                    out.newLine();
                    if (line.startsWith("ACK ") || line.startsWith("READY") || line.equals("VERIFIED")) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
            lines.add("EXITED");
        });
        return new Drill(process, lines);
    }
}
