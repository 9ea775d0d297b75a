package org.passerelle.load;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.passerelle.TestConfig;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.accounts.internal.UserAccount;
import org.passerelle.communities.CommunityFixtures;
import org.passerelle.communities.CommunityService;
import org.passerelle.communities.ForumService;
import org.passerelle.communities.TopicForm;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Visibility;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.moderation.ForumSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Load benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): the whole application on a port of
 * this machine, and N simulated users over HTTP ({@link VaadinClient}). Visitors read the server-rendered public
 * pages (landing, board, missions, profiles, atlas, dashboard, knowledge hub) and use the app only to search the
 * directory (one UI, opened at their first directory search); one user in ten, signed in, stays in the app (Vaadin's
 * protocol) and posts replies in the forum. Every 1 to 3 seconds each browses, or searches the directory or the mission
 * board (and the directory's results grid fetches its rows). Users join over the ramp-up; times are measured while all of them are active. Afterwards the live heap
 * (after garbage collection) is measured with every session open, then again once they are expired: the difference,
 * per session, is what a Vaadin session holds. Run (the production profile builds Vaadin's production bundle, so
 * the server runs in production mode, as deployed):
 *
 * <pre>./mvnw -Pproduction test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dload.users=500</pre>
 *
 * Rate limits are the test profile's (lifted): all simulated users come from one address, which the production
 * limits would rightly throttle.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:load-benchmark;DB_CLOSE_DELAY=-1",
            "logging.level.org.passerelle=warn",
            "logging.level.org.hibernate.search=warn",
            "logging.level.com.vaadin=warn",
            "server.tomcat.threads.max=200",
            "server.tomcat.accept-count=1000",
            "server.tomcat.max-connections=2000"
        })
@ActiveProfiles("test")
@Import(TestConfig.class)
class LoadBenchmark {

    private static final String[] WORDS = {
        "health",
        "water",
        "surgery",
        "education",
        "irrigation",
        "vaccination",
        "midwife",
        "curriculum",
        "solar",
        "microfinance",
        "hydrology",
        "epidemiology"
    };

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MissionFixtures missionFixtures;

    @Autowired
    CommunityFixtures communityFixtures;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumService forum;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ForumSettings forumSettings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServletWebServerApplicationContext webServer;

    @Test
    void simulatedUsersBrowseSearchAndPost() throws Exception {
        int userCount = Integer.getInteger("load.users", 500);
        var ramp = Duration.ofSeconds(Long.getLong("load.rampSeconds", 60));
        var hold = Duration.ofSeconds(Long.getLong("load.holdSeconds", 90));
        forumSettings.relax(); // members post as fast as the simulation does

        // a small world: experts, missions, a community with topics, posting members
        var experts = new ArrayList<Long>();
        for (int i = 0; i < 300; i++) {
            users.signIn(users.active("Load expert " + i, Role.EXPERT));
            var id = profiles.myProfileId();
            var form = profiles.myProfile();
            form.setDisplayName("Load expert " + i);
            form.setHeadline(WORDS[i % WORDS.length] + " specialist, " + WORDS[(i * 7) % WORDS.length] + " trainer");
            form.getVisibility().put(ProfileSection.IDENTITY, Visibility.PUBLIC);
            profiles.update(id, form);
            experts.add(id);
        }
        var rep = missionFixtures.representative("Load rep", true);
        var missions = new ArrayList<Long>();
        for (int i = 0; i < 20; i++) {
            missions.add(missionFixtures
                    .published(rep, MissionFixtures.form("Load mission " + WORDS[i % WORDS.length]))
                    .id());
        }
        var community = communityFixtures.community("Load community");
        var posters = new ArrayList<UserAccount>();
        for (int i = 0; i < Math.max(1, userCount / 10); i++) {
            var poster = users.active("Load poster " + i, Role.EXPERT);
            users.signIn(poster);
            communities.join(community);
            posters.add(poster);
        }
        var topics = new ArrayList<Long>();
        users.signIn(posters.getFirst());
        for (int i = 0; i < 20; i++) {
            var topic = new TopicForm();
            topic.setTitle("Load topic " + i);
            topic.setBody("Opening post about " + WORDS[i % WORDS.length]);
            topics.add(forum.createTopic(community, topic));
        }
        users.signOut();

        var baseline = liveHeap();
        var postsBefore =
                jdbc.sql("select count(*) from post").query(Long.class).single();
        var probe = new VaadinClient(HttpClient.newHttpClient(), "http://localhost:" + port + "/", new Recorder());
        probe.open("");
        var vaadinProduction = probe.productionMode();
        var recorder = new Recorder();
        var base = "http://localhost:" + port + "/";
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        var actions = new AtomicInteger();
        var alive = new AtomicInteger();
        var start = System.nanoTime();
        var measureFrom = start + ramp.toNanos();
        var end = measureFrom + hold.toNanos();
        var threads = new ArrayList<Thread>();
        for (int u = 0; u < userCount; u++) {
            var poster = u % 10 == 0 ? posters.get((u / 10) % posters.size()) : null;
            var joinAt = start + ramp.toNanos() * u / userCount;
            threads.add(Thread.ofVirtual().start(() -> {
                var random = ThreadLocalRandom.current();
                var client = new VaadinClient(http, base, recorder);
                try {
                    sleepUntil(joinAt);
                    if (poster != null) {
                        client.logIn(poster.getEmail(), TestUsers.PASSWORD);
                        client.open("topic/" + topics.get(random.nextInt(topics.size())));
                    } else {
                        client.read("");
                    }
                    alive.incrementAndGet();
                    while (System.nanoTime() < end) {
                        Thread.sleep(1000 + random.nextInt(2000));
                        var roll = random.nextInt(100);
                        if (poster != null && roll < 30) {
                            client.navigate("topic/" + topics.get(random.nextInt(topics.size())));
                            client.click(
                                    "reply-send",
                                    client.value(
                                            "reply-body",
                                            "A reply about " + WORDS[random.nextInt(WORDS.length)] + " "
                                                    + random.nextInt(1_000_000)));
                        } else if (roll < 65) {
                            go(client, poster == null, browse(random, experts, missions));
                        } else {
                            var word = WORDS[random.nextInt(WORDS.length)];
                            go(client, poster == null, (random.nextBoolean() ? "directory?q=" : "missions?q=") + word);
                        }
                        actions.incrementAndGet();
                    }
                } catch (Exception e) {
                    recorder.error("user stopped: " + e);
                }
            }));
        }
        sleepUntil(measureFrom);
        recorder.start();
        var aliveAtStart = alive.get();
        sleepUntil(end);
        recorder.stop();
        for (var thread : threads) {
            thread.join(Duration.ofSeconds(60));
        }
        var heapWithSessions = liveHeap();
        // the same measure once every session is gone: what the sessions held, whatever else grew meanwhile
        var manager = ((Context) ((TomcatWebServer) webServer.getWebServer())
                        .getTomcat()
                        .getHost()
                        .findChildren()[0])
                .getManager();
        var sessions = manager.findSessions();
        for (var session : sessions) {
            session.expire();
        }
        var heapWithoutSessions = liveHeap();
        var posts = jdbc.sql("select count(*) from post").query(Long.class).single();

        var report = new StringBuilder();
        report.append("users: %d (active when measuring: %d), ramp-up %d s, measured %d s, actions: %d%n"
                .formatted(userCount, aliveAtStart, ramp.toSeconds(), hold.toSeconds(), actions.get()));
        recorder.summaries()
                .forEach((label, s) ->
                        report.append("%-12s %7d requests  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n"
                                .formatted(label, s.count(), s.p50(), s.p95(), s.p99(), s.max())));
        var total = recorder.summaries().get("ALL");
        report.append("throughput: %.1f requests/s%n".formatted(total.count() / (double) hold.toSeconds()));
        report.append("errors: %d%n".formatted(recorder.errors().size()));
        recorder.errors().stream()
                .limit(10)
                .forEach(e -> report.append("  ").append(e).append('\n'));
        report.append("posts written during the run: %d (before: %d)%n".formatted(posts - postsBefore, postsBefore));
        report.append(String.format(
                "live heap after GC: %.1f MB before the users; %.1f MB with their %d sessions open; %.1f MB once they"
                        + " were expired: %.0f KB per session%n",
                baseline / 1e6,
                heapWithSessions / 1e6,
                sessions.length,
                heapWithoutSessions / 1e6,
                (heapWithSessions - heapWithoutSessions) / 1024.0 / sessions.length));
        report.append("vaadin production mode: %s%n".formatted(vaadinProduction));
        System.out.println(report);
        Files.writeString(Path.of("target", "load-" + userCount + ".txt"), report);
    }

    /**
     * A visitor reads the server-rendered public pages and uses the app only for the directory (its first search
     * opens an app page); a member moves inside the app.
     */
    private static void go(VaadinClient client, boolean visitor, String path) throws Exception {
        if (visitor && !path.startsWith("directory")) {
            client.read(path);
        } else if (!client.opened()) {
            client.open(path);
        } else {
            client.navigate(path);
        }
    }

    private static String browse(ThreadLocalRandom random, List<Long> experts, List<Long> missions) {
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "missions";
            case 2 -> "mission/" + missions.get(random.nextInt(missions.size()));
            case 3 -> "experts/" + experts.get(random.nextInt(experts.size()));
            case 4 -> "atlas";
            case 5 -> "knowledge";
            case 6 -> "impact";
            default -> "directory";
        };
    }

    private static long liveHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        var wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
