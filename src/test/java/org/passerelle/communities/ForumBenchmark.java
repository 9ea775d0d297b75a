package org.passerelle.communities;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.passerelle.TestConfig;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.matching.ForumQuery;
import org.passerelle.matching.ForumSearchService;
import org.passerelle.moderation.ForumSettings;
import org.passerelle.postgres.BenchmarkDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark of the forums, not a test (its name keeps it out of {@code ./mvnw verify}). Writes N posts in T topics of
 * five communities straight into the database and indexes them; then measures, after a warm-up, the server time of a
 * topic page (its first 20 posts, remembered as read), forum searches, and posts written one after another through
 * the service (moderation rules, counters, notifications, indexing at commit). Run:
 *
 * <pre>./mvnw test -Dtest=ForumBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.posts=200000
 * -Dbenchmark.topics=5000</pre>
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:forum-benchmark;DB_CLOSE_DELAY=-1",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmark-forum-index",
            "logging.level.org.hibernate.search=warn"
        })
@ActiveProfiles("test")
@Import(TestConfig.class)
class ForumBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchmarkDatabase.register(registry);
    }

    private static final String[] WORDS = {
        "borehole",
        "forage",
        "vaccination",
        "formation",
        "curriculum",
        "irrigation",
        "microfinance",
        "budget",
        "software",
        "cloud",
        "solar",
        "réseau",
        "hospital",
        "hôpital",
        "teacher",
        "enseignant",
        "archives",
        "justice",
        "water",
        "santé",
        "training",
        "mission",
        "diaspora",
        "procedure",
        "maintenance",
        "pump",
        "clinic",
        "data"
    };

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ForumService forum;

    @Autowired
    ForumSearchService search;

    @Autowired
    CommunityService communities;

    @Autowired
    ForumSettings settings;

    @Autowired
    TestUsers users;

    @Test
    void run() throws Exception {
        int postCount = Integer.getInteger("benchmark.posts", 20_000);
        int topicCount = Integer.getInteger("benchmark.topics", 500);
        var random = new Random(3);
        var member = users.active("Benchmark member", Role.EXPERT);
        var communityIds = generate(postCount, topicCount, member.getId(), random);
        var started = System.nanoTime();
        Search.mapping(entityManagerFactory)
                .scope(Object.class, "Post")
                .massIndexer()
                .purgeAllOnStart(true)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .startAndWait();
        var indexing = (System.nanoTime() - started) / 1e9;

        users.signIn(member);
        settings.relax();
        var firstTopic = firstTopicId();
        for (int i = 0; i < 100; i++) {
            forum.topic(firstTopic + random.nextInt(topicCount), 1);
            search.search(ForumQuery.text(WORDS[random.nextInt(WORDS.length)]), 0, 20);
        }
        var pages = new long[300];
        for (int i = 0; i < pages.length; i++) {
            var t0 = System.nanoTime();
            forum.topic(firstTopic + random.nextInt(topicCount), 1);
            pages[i] = System.nanoTime() - t0;
        }
        var searches = new long[300];
        for (int i = 0; i < searches.length; i++) {
            var text = WORDS[random.nextInt(WORDS.length)]
                    + (random.nextBoolean() ? " " + WORDS[random.nextInt(WORDS.length)] : "");
            var community = random.nextInt(3) == 0 ? communityIds.get(random.nextInt(communityIds.size())) : null;
            var t0 = System.nanoTime();
            search.search(new ForumQuery(text, community, null, null, null, null, false), 0, 20);
            searches[i] = System.nanoTime() - t0;
        }
        int writes = 500;
        var t0 = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            forum.reply(
                    firstTopic + random.nextInt(topicCount),
                    new PostForm("Benchmark reply " + i + " about " + WORDS[random.nextInt(WORDS.length)], null));
        }
        var postsPerSecond = writes / ((System.nanoTime() - t0) / 1e9);
        settings.restore();
        Arrays.sort(pages);
        Arrays.sort(searches);
        var report = String.format(
                Locale.ROOT,
                """
                | posts | topics | mass indexing (s) | topic page, first 20 posts: p50 / p95 / p99 (ms) | forum search, 20 hits with the total: p50 / p95 / p99 (ms) | posts written through the service (posts/s) |
                |---:|---:|---:|---:|---:|---:|
                | %d | %d | %.1f | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.0f |
                """,
                postCount,
                topicCount,
                indexing,
                ms(pages, 50),
                ms(pages, 95),
                ms(pages, 99),
                ms(searches, 50),
                ms(searches, 95),
                ms(searches, 99),
                postsPerSecond);
        System.out.println("\n" + report);
        Files.writeString(
                Path.of("target", "benchmark-forum" + (BenchmarkDatabase.postgres() ? "-postgres" : "") + ".md"),
                report);
    }

    private long firstTopicId() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("select min(id) from topic")) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<Long> generate(int postCount, int topicCount, long member, Random random) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // written a month ago: today's rate limits are the benchmark member's own replies
            var now = Timestamp.from(Instant.now().minus(Duration.ofDays(30)));
            var sectors = List.of("health", "water", "ict", "education", "entrepreneurship");
            for (var sector : sectors) {
                try (var insert = connection.prepareStatement(
                        "insert into community (version, sector_code, name_en, name_fr, description_en, description_fr,"
                                + " open_membership, tags, created_at) values (0, ?, ?, ?, '', '', true, '', ?)",
                        new String[] {"id"})) {
                    insert.setString(1, sector);
                    insert.setString(2, sector);
                    insert.setString(3, sector);
                    insert.setTimestamp(4, now);
                    insert.executeUpdate();
                    try (var keys = insert.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
                try (var join = connection.prepareStatement("insert into community_member (version, community_id,"
                        + " user_id, status, created_at) values (0, ?, ?, 'MEMBER', ?)")) {
                    join.setLong(1, ids.getLast());
                    join.setLong(2, member);
                    join.setTimestamp(3, now);
                    join.executeUpdate();
                }
            }
            var perTopic = postCount / topicCount;
            try (var topic = connection.prepareStatement(
                            "insert into topic (id, version, community_id, author_id, title,"
                                    + " tags, closed, locked, pinned, slow_mode_seconds, post_count, like_count, created_at,"
                                    + " last_activity_at) values (?, 0, ?, ?, ?, '', false, false, false, 0, ?, 0, ?, ?)");
                    var post = connection.prepareStatement(
                            "insert into post (version, topic_id, author_id, number, raw,"
                                    + " cooked, status, like_count, created_at) values (0, ?, ?, ?, ?, ?, 'PUBLISHED', 0, ?)")) {
                for (int t = 0; t < topicCount; t++) {
                    long topicId = 1_000_000L + t;
                    topic.setLong(1, topicId);
                    topic.setLong(2, ids.get(t % ids.size()));
                    topic.setLong(3, member);
                    topic.setString(4, "Topic " + t + " on " + WORDS[random.nextInt(WORDS.length)]);
                    topic.setInt(5, perTopic);
                    topic.setTimestamp(6, now);
                    topic.setTimestamp(7, now);
                    topic.addBatch();
                    for (int n = 1; n <= perTopic; n++) {
                        var text = "Post " + n + ": " + WORDS[random.nextInt(WORDS.length)] + " and "
                                + WORDS[random.nextInt(WORDS.length)] + " for the "
                                + WORDS[random.nextInt(WORDS.length)]
                                + " programme";
                        post.setLong(1, topicId);
                        post.setLong(2, member);
                        post.setInt(3, n);
                        post.setString(4, text);
                        post.setString(5, "<p>" + text + "</p>");
                        post.setTimestamp(6, now);
                        post.addBatch();
                    }
                    if (t % 50 == 49) {
                        topic.executeBatch();
                        post.executeBatch();
                        connection.commit();
                    }
                }
                topic.executeBatch();
                post.executeBatch();
                connection.commit();
            }
        }
        return ids;
    }

    private static double ms(long[] sortedNanos, int percentile) {
        var index = Math.min(sortedNanos.length - 1, (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[index] / 1e6;
    }
}
