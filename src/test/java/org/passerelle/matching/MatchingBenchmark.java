package org.passerelle.matching;

import static org.passerelle.matching.DirectoryBenchmark.HERITAGE;
import static org.passerelle.matching.DirectoryBenchmark.SECTORS;
import static org.passerelle.matching.DirectoryBenchmark.SKILLS;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.passerelle.TestConfig;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.internal.VocabularyCatalog;
import org.passerelle.matching.internal.CandidateQueries;
import org.passerelle.matching.internal.MatchExplainer;
import org.passerelle.matching.internal.SharedWords;
import org.passerelle.missions.MissionDetails;
import org.passerelle.missions.MissionIndex;
import org.passerelle.missions.internal.Mission;
import org.passerelle.missions.internal.MissionRepository;
import org.passerelle.postgres.BenchmarkDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark of mission → expert ranking, not a test (its name keeps it out of {@code ./mvnw verify}). Generates N
 * experts (as the directory benchmark) and M published missions straight into the database, indexes both, then
 * measures, for 200 missions after a warm-up of 50, the top 50 candidates with their explanations (as a verified
 * institution sees them), and, on the same missions and data, a plain SQL {@code LIKE} search (skills, headline,
 * sector, required languages; scored by the number of criteria met). Run:
 *
 * <pre>./mvnw test -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.profiles=100000
 * -Dbenchmark.missions=10000</pre>
 *
 * The figures are printed and written to {@code target/benchmark-matching.md}.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:matching-benchmark;DB_CLOSE_DELAY=-1",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmark-matching-index",
            "logging.level.org.hibernate.search=warn"
        })
@ActiveProfiles("test")
@Import(TestConfig.class)
class MatchingBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchmarkDatabase.register(registry);
    }

    private static final Viewer INSTITUTION = new Viewer(-1L, true, true, false);

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    CandidateQueries candidates;

    @Autowired
    VocabularyCatalog vocabulary;

    @Autowired
    MissionRepository missionRepository;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void run() throws Exception {
        int experts = Integer.getInteger("benchmark.profiles", 10_000);
        int missions = Integer.getInteger("benchmark.missions", 1_000);
        var random = new Random(11);
        DirectoryBenchmark.generate(dataSource, experts, random);
        generateMissions(missions, random);
        var ids = transactions.execute(
                tx -> missionRepository.findAll().stream().map(Mission::getId).toList());
        var sample = new ArrayList<MissionDetails>();
        for (int i = 0; i < 250; i++) {
            var id = ids.get(random.nextInt(ids.size()));
            sample.add(transactions.execute(
                    tx -> missionRepository.findById(id).orElseThrow().toDetails()));
        }
        // the same data and missions, first without the vocabulary's concepts (indexing and ranking), then with
        // an untimed first pass, so that neither measured pass pays for the JIT warming up
        phase("warm-up", experts, missions, sample, false);
        vocabulary.useOnly(List.of());
        var without = phase("without", experts, missions, sample, false);
        vocabulary.apply(List.of());
        var with = phase("with", experts, missions, sample, true);
        var report = """
                | concepts | experts | missions | indexing both (s) | top 50 with explanations, Hibernate Search: p50 / p95 / p99 (ms) | SQL LIKE top 50: p50 / p95 / p99 (ms) | LIKE ÷ Lucene (p50 / p95) | mean candidates (Lucene / LIKE) |
                |---|---:|---:|---:|---:|---:|---:|---:|
                """ + without + with;
        System.out.println("\n" + report);
        Files.writeString(
                Path.of("target", "benchmark-matching" + (BenchmarkDatabase.postgres() ? "-postgres" : "") + ".md"),
                report);
    }

    /**
     * Indexes, then times the ranking on the sample; the SQL {@code LIKE} alternative (which does not depend on the
     * vocabulary) only when {@code like} is set, to keep the run short.
     */
    private String phase(String concepts, int experts, int missions, List<MissionDetails> sample, boolean like)
            throws Exception {
        var started = System.nanoTime();
        Search.mapping(entityManagerFactory)
                .scope(Object.class, List.of(ExpertIndex.ENTITY, MissionIndex.ENTITY))
                .massIndexer()
                .purgeAllOnStart(true)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                .startAndWait();
        var indexing = (System.nanoTime() - started) / 1e9;
        for (var mission : sample.subList(0, 50)) {
            rank(mission);
            if (like) {
                like(mission);
            }
        }
        var lucene = new long[200];
        var sql = new long[200];
        long found = 0;
        long foundSql = 0;
        for (int i = 0; i < 200; i++) {
            var mission = sample.get(50 + i);
            var t0 = System.nanoTime();
            found += rank(mission);
            lucene[i] = System.nanoTime() - t0;
            if (like) {
                var t1 = System.nanoTime();
                foundSql += like(mission);
                sql[i] = System.nanoTime() - t1;
            }
        }
        Arrays.sort(lucene);
        Arrays.sort(sql);
        if (!like) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f / %.1f / %.1f | — | — | %d / — |%n",
                    concepts,
                    experts,
                    missions,
                    indexing,
                    ms(lucene, 50),
                    ms(lucene, 95),
                    ms(lucene, 99),
                    found / 200);
        }
        return String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.1f× / %.1f× | %d / %d |%n",
                concepts,
                experts,
                missions,
                indexing,
                ms(lucene, 50),
                ms(lucene, 95),
                ms(lucene, 99),
                ms(sql, 50),
                ms(sql, 95),
                ms(sql, 99),
                ms(sql, 50) / ms(lucene, 50),
                ms(sql, 95) / ms(lucene, 95),
                found / 200,
                foundSql / 200);
    }

    /** The top 50 with their explanations, as the candidates page computes them. */
    private int rank(MissionDetails mission) {
        return transactions.execute(tx -> {
            // as the service does: read 50 more rows than shown, explain each (the tier comes from it), keep 50
            var side = MatchExplainer.MissionSide.of(mission, vocabulary);
            var words = SharedWords.of(side);
            var rows = candidates.rank(mission, side, INSTITUTION, 100);
            rows.forEach(row -> MatchExplainer.explain(side, row.side(INSTITUTION, words), vocabulary));
            return Math.min(50, rows.size());
        });
    }

    /**
     * The same question in plain SQL: experts whose skills or headline contain one of the mission's skills, or who
     * share its sector, speaking its required languages; scored by criteria met (skill 3, headline 2, sector 2).
     */
    private int like(MissionDetails mission) {
        var skill = new StringBuilder();
        var headline = new StringBuilder();
        var parameters = new ArrayList<Object>();
        var patterns = mission.skills().stream()
                .map(s -> "%" + s.toLowerCase(Locale.ROOT) + "%")
                .toList();
        for (int i = 0; i < patterns.size(); i++) {
            skill.append(i == 0 ? "" : " or ").append("lower(s.skill) like ?");
            headline.append(i == 0 ? "" : " or ").append("lower(p.headline) like ?");
        }
        var sector = String.join(",", mission.sectors().stream().map(x -> "?").toList());
        var sqlText = "select p.id, p.display_name, (case when exists (select 1 from expert_skill s where"
                + " s.profile_id = p.id and (" + skill + ")) then 3 else 0 end) + (case when (" + headline
                + ") then 2 else 0 end) + (case when exists (select 1 from expert_sector e where e.profile_id = p.id"
                + " and e.sector_code in (" + sector
                + ")) then 2 else 0 end) as score from expert_profile p where 1 = 1";
        parameters.addAll(patterns);
        parameters.addAll(patterns);
        parameters.addAll(mission.sectors());
        for (var language : mission.languages()) {
            sqlText += " and exists (select 1 from expert_language l where l.profile_id = p.id and l.language_code = ?"
                    + " and l.level in (" + levelsAtLeast(language.level()) + "))";
            parameters.add(language.language());
        }
        sqlText = "select id from (" + sqlText + ") x where score > 0 order by score desc, display_name limit 50";
        var query = sqlText;
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            var rows = 0;
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String levelsAtLeast(ProficiencyLevel minimum) {
        return String.join(
                ",",
                Arrays.stream(ProficiencyLevel.values())
                        .filter(l -> l.atLeast(minimum))
                        .map(l -> "'" + l.name() + "'")
                        .toList());
    }

    private void generateMissions(int count, Random random) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var now = Timestamp.from(Instant.now());
            long institution;
            try (var statement = connection.prepareStatement(
                    "insert into institution (version, name, type, country, region, city, website, email_domain,"
                            + " status, created_at) values (0, 'Benchmark ministry', 'MINISTRY', 'ML', '', '', '', '',"
                            + " 'VERIFIED', ?)",
                    new String[] {"id"})) {
                statement.setTimestamp(1, now);
                statement.executeUpdate();
                try (var keys = statement.getGeneratedKeys()) {
                    keys.next();
                    institution = keys.getLong(1);
                }
            }
            try (var mission = connection.prepareStatement("insert into mission (id, version, institution_id,"
                            + " institution_name, title, summary, objectives, deliverables, objectives_html,"
                            + " deliverables_html, country, region, city, mode, start_date, end_date, duration_weeks,"
                            + " experts_needed, covers_travel, covers_lodging, covers_allowance, status, created_by,"
                            + " created_at, updated_at, published_at) values (?, 0, ?, 'Benchmark ministry', ?, ?, '',"
                            + " '', '', '', ?, '', '', ?, ?, ?, 2, 1, true, true, false, 'PUBLISHED', 1, ?, ?, ?)");
                    var sector = connection.prepareStatement(
                            "insert into mission_sector (mission_id, sector_code) values (?, ?)");
                    var skill =
                            connection.prepareStatement("insert into mission_skill (mission_id, skill) values (?, ?)");
                    var language = connection.prepareStatement("insert into mission_language (mission_id, position,"
                            + " language, level) values (?, 0, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    long id = 1_000_000L + i;
                    var s = random.nextInt(SECTORS.length);
                    var skills = new LinkedHashSet<String>();
                    for (int k = 1 + random.nextInt(3); k > 0; k--) {
                        skills.add(SKILLS[s][random.nextInt(SKILLS[s].length)]);
                    }
                    var first = skills.iterator().next();
                    var start = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(330));
                    mission.setLong(1, id);
                    mission.setLong(2, institution);
                    mission.setString(3, "Mission: " + first);
                    mission.setString(
                            4,
                            "Train local teams in " + String.join(", ", skills)
                                    + " and leave written procedures behind");
                    mission.setString(5, HERITAGE[random.nextInt(HERITAGE.length)]);
                    mission.setString(6, List.of("ON_SITE", "REMOTE", "HYBRID").get(random.nextInt(3)));
                    mission.setDate(7, Date.valueOf(start));
                    mission.setDate(8, Date.valueOf(start.plusWeeks(6)));
                    mission.setTimestamp(9, now);
                    mission.setTimestamp(10, now);
                    mission.setTimestamp(11, now);
                    mission.addBatch();
                    DirectoryBenchmark.add(sector, id, SECTORS[s]);
                    for (var value : skills) {
                        DirectoryBenchmark.add(skill, id, value);
                    }
                    if (random.nextInt(3) == 0) {
                        language.setLong(1, id);
                        language.setString(2, random.nextBoolean() ? "fr" : "en");
                        language.setString(3, "B1");
                        language.addBatch();
                    }
                    if (i % 1000 == 999) {
                        for (var statement : List.of(mission, sector, skill, language)) {
                            statement.executeBatch();
                        }
                        connection.commit();
                    }
                }
                for (var statement : List.of(mission, sector, skill, language)) {
                    statement.executeBatch();
                }
                connection.commit();
            }
        }
    }

    private static double ms(long[] sortedNanos, int percentile) {
        var index = Math.min(sortedNanos.length - 1, (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[index] / 1e6;
    }
}
