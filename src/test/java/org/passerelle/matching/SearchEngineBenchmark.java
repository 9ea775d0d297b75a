package org.passerelle.matching;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.passerelle.TestConfig;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.Viewer;
import org.passerelle.matching.internal.ExpertSearchQueries;
import org.passerelle.postgres.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): on PostgreSQL 17 (embedded), the directory
 * search through Hibernate Search (Lucene) against PostgreSQL's own full-text search (a {@code tsvector} of headline,
 * skills and biography in English and French with a GIN index, ranked by {@code ts_rank}) — latency on N generated
 * profiles for the same text queries, and quality (precision@5) on the hand-judged set of the matching tests, the
 * mission's skills as the query. Run:
 *
 * <pre>./mvnw test -Dtest=SearchEngineBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.profiles=100000</pre>
 */
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmark-pg-index",
            "logging.level.org.hibernate.search=warn"
        })
@ActiveProfiles("test")
@Import(TestConfig.class)
class SearchEngineBenchmark extends PostgresTest {

    static final String DOCUMENT = "setweight(to_tsvector('english', p.headline), 'A')"
            + " || setweight(to_tsvector('french', p.headline), 'A')"
            + " || setweight(to_tsvector('english', p.skills_text), 'B')"
            + " || setweight(to_tsvector('french', p.skills_text), 'B')"
            + " || to_tsvector('english', p.bio_markdown) || to_tsvector('french', p.bio_markdown)";

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ExpertSearchQueries queries;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    ExpertProfileService profiles;

    static final Viewer MEMBER = new Viewer(-1L, true, false, false);

    @Test
    void run() throws Exception {
        int count = Integer.getInteger("benchmark.profiles", 10_000);
        var judged = createJudgedExperts();
        DirectoryBenchmark.generate(dataSource, count, new Random(7));
        Search.mapping(entityManagerFactory)
                .scope(Object.class, ExpertIndex.ENTITY)
                .massIndexer()
                .purgeAllOnStart(true)
                .startAndWait();
        var started = System.nanoTime();
        jdbc.sql("alter table expert_profile add column if not exists search_doc tsvector")
                .update();
        jdbc.sql("update expert_profile p set search_doc = " + DOCUMENT).update();
        jdbc.sql("create index if not exists ix_expert_search_doc on expert_profile using gin (search_doc)")
                .update();
        jdbc.sql("analyze expert_profile").update();
        var tsvectorSeconds = (System.nanoTime() - started) / 1e9;

        var random = new Random(11);
        var texts = new ArrayList<String>();
        while (texts.size() < 300) {
            var sector = random.nextInt(DirectoryBenchmark.SECTORS.length);
            var skills = DirectoryBenchmark.SKILLS[sector];
            var text = skills[random.nextInt(skills.length)];
            if (random.nextBoolean()) {
                text += " " + DirectoryBenchmark.HEADLINES[random.nextInt(DirectoryBenchmark.HEADLINES.length)];
            }
            texts.add(text.toLowerCase(Locale.ROOT));
        }
        for (var text : texts.subList(0, 100)) { // warm-up
            lucene(text, 20);
            postgres(text, 20, null);
        }
        var luceneNanos = new long[200];
        var postgresNanos = new long[200];
        long luceneHits = 0;
        long postgresHits = 0;
        for (int i = 0; i < 200; i++) {
            var text = texts.get(100 + i);
            var t0 = System.nanoTime();
            luceneHits += lucene(text, 20).total();
            luceneNanos[i] = System.nanoTime() - t0;
            var t1 = System.nanoTime();
            postgresHits += postgres(text, 20, null).total();
            postgresNanos[i] = System.nanoTime() - t1;
        }
        Arrays.sort(luceneNanos);
        Arrays.sort(postgresNanos);

        var quality = new StringBuilder();
        double lucenePrecision = 0;
        double postgresPrecision = 0;
        for (var mission : JudgedMatchingSet.MISSIONS) {
            var text = String.join(" ", mission.skills());
            var relevant = judged.relevantTo(mission.key());
            var luceneTop = lucene(text, 200).ids().stream()
                    .filter(judged.ids()::contains)
                    .limit(5)
                    .toList();
            var postgresTop = postgres(text, 5, judged.ids()).ids();
            var lp = luceneTop.stream().filter(relevant::contains).count() / 5.0;
            var pp = postgresTop.stream().filter(relevant::contains).count() / 5.0;
            lucenePrecision += lp;
            postgresPrecision += pp;
            quality.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f |%n", mission.key(), text, lp, pp));
        }
        var missions = JudgedMatchingSet.MISSIONS.size();
        var report = String.format(
                Locale.ROOT,
                """
                | profiles | engine | query, 20 hits with the total: p50 / p95 / p99 (ms) | mean hits | precision@5 on the judged set (mean) |
                |---:|---|---:|---:|---:|
                | %,d | Hibernate Search (Lucene) | %.1f / %.1f / %.1f | %d | %.2f |
                | %,d | PostgreSQL tsvector + GIN (ts_rank) | %.1f / %.1f / %.1f | %d | %.2f |

                tsvector column, update and GIN index built in %.1f s.

                | judged mission | query (its skills) | Lucene precision@5 | PostgreSQL precision@5 |
                |---|---|---:|---:|
                %s""",
                count,
                ms(luceneNanos, 50),
                ms(luceneNanos, 95),
                ms(luceneNanos, 99),
                luceneHits / 200,
                lucenePrecision / missions,
                count,
                ms(postgresNanos, 50),
                ms(postgresNanos, 95),
                ms(postgresNanos, 99),
                postgresHits / 200,
                postgresPrecision / missions,
                tsvectorSeconds,
                quality);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-search-engines.md"), report);
    }

    record Hits(List<Long> ids, long total) {}

    private Hits lucene(String text, int limit) {
        var page = transactions.execute(tx -> queries.page(ExpertQuery.all().withText(text), MEMBER, 0, limit));
        return new Hits(page.hits().stream().map(ExpertHit::id).toList(), page.total());
    }

    /** Any of the words (OR), in English or French stemming, ranked by ts_rank; optionally within some profiles. */
    private Hits postgres(String text, int limit, Set<Long> within) {
        var words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1)
                .collect(Collectors.joining(" | "));
        var query = "(to_tsquery('english', :q) || to_tsquery('french', :q))";
        var filter = within == null
                ? ""
                : " and p.id in (" + within.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        var ids = jdbc.sql("select p.id from expert_profile p where p.search_doc @@ " + query + filter
                        + " order by ts_rank(p.search_doc, " + query + ") desc, p.id limit :limit")
                .param("q", words)
                .param("limit", limit)
                .query(Long.class)
                .list();
        var total = within != null
                ? ids.size()
                : jdbc.sql("select count(*) from expert_profile p where p.search_doc @@ " + query)
                        .param("q", words)
                        .query(Long.class)
                        .single();
        return new Hits(ids, total);
    }

    record Judged(Set<Long> ids, Map<String, Set<Long>> relevant) {
        Set<Long> relevantTo(String key) {
            return relevant.getOrDefault(key, Set.of());
        }
    }

    /** The judged experts of the matching tests, created through the services (as MissionMatchingIT does). */
    private Judged createJudgedExperts() {
        var ids = new HashSet<Long>();
        var relevant = new HashMap<String, Set<Long>>();
        for (var expert : JudgedMatchingSet.EXPERTS) {
            var user = users.active(expert.name(), Role.EXPERT);
            users.signIn(user);
            var id = profiles.myProfileId();
            var form = profiles.myProfile();
            form.setDisplayName(expert.name());
            form.setHeadline(expert.headline());
            form.setSectors(new LinkedHashSet<>(List.of(expert.sector())));
            form.setSkills(new LinkedHashSet<>(expert.skills()));
            form.setBio(expert.bio());
            form.setHeritageCountries(new LinkedHashSet<>(expert.heritage()));
            form.setLanguages(new ArrayList<>(expert.languages()));
            form.setAvailability(new ArrayList<>(expert.availability()));
            profiles.update(id, form);
            if (!expert.hidden()) {
                ids.add(id);
            }
            if (expert.relevantTo() != null) {
                relevant.computeIfAbsent(expert.relevantTo(), k -> new HashSet<>())
                        .add(id);
            }
        }
        users.signOut();
        return new Judged(ids, relevant);
    }

    private static double ms(long[] sortedNanos, int percentile) {
        var index = Math.min(sortedNanos.length - 1, (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[index] / 1e6;
    }
}
