package org.passerelle.matching;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
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
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.passerelle.TestConfig;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ProficiencyLevel;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.internal.VocabularyCatalog;
import org.passerelle.matching.internal.ExpertSearchQueries;
import org.passerelle.postgres.BenchmarkDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark of the directory search, not a test (its name keeps it out of {@code ./mvnw verify}). Generates N
 * realistic multilingual profiles straight into the database, measures the mass indexing rate, then the latency of
 * 200 mixed searches (text and facets, as a visitor and as a member; query plus one page of 20 results and the total)
 * after a warm-up. Run:
 *
 * <pre>./mvnw test -Dtest=DirectoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.profiles=100000</pre>
 *
 * The figures are printed and written to {@code target/benchmark-directory.md}.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmark-index",
            "logging.level.org.hibernate.search=warn"
        })
@ActiveProfiles("test")
@Import(TestConfig.class)
class DirectoryBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchmarkDatabase.register(registry);
    }

    static final String[] SECTORS = {
        "health",
        "education",
        "agriculture",
        "water",
        "energy",
        "ict",
        "entrepreneurship",
        "governance",
        "justice",
        "infrastructure",
        "environment",
        "culture"
    };
    static final String[][] SKILLS = {
        {"surgery", "paediatrics", "obstétrique", "santé publique", "epidemiology", "anaesthesia", "telemedicine"},
        {"teacher training", "formation des enseignants", "curriculum design", "e-learning", "pédagogie"},
        {"agronomy", "irrigation", "semences", "sécurité alimentaire", "soil science", "agroforesterie"},
        {"boreholes", "forages", "sanitation", "assainissement", "hydrology", "water treatment"},
        {"solar PV", "mini-grids", "réseaux électriques", "energy efficiency", "énergies renouvelables"},
        {"software architecture", "cloud", "cybersecurity", "cybersécurité", "data science", "mobile money"},
        {"business plans", "levée de fonds", "microfinance", "comptabilité", "mentoring", "export"},
        {"public finance", "budget", "décentralisation", "procurement", "administration publique"},
        {"commercial law", "droit OHADA", "arbitration", "médiation", "legal drafting"},
        {"civil engineering", "génie civil", "urban planning", "urbanisme", "project management"},
        {"climate adaptation", "reforestation", "gestion des déchets", "environmental impact assessment"},
        {"conservation", "patrimoine", "museum management", "archives", "ethnomusicology"}
    };
    static final String[] HEADLINES = {
        "Médecin",
        "Surgeon",
        "Ingénieur",
        "Engineer",
        "Professeure",
        "Teacher trainer",
        "Agronome",
        "Economist",
        "Juriste",
        "Lawyer",
        "Urbaniste",
        "Data scientist",
        "Pharmacienne",
        "Nurse educator",
        "Hydrologue"
    };
    static final String[] HERITAGE = {"ML", "SN", "CI", "BF", "CM", "CD", "MA", "DZ", "TN", "HT", "ET", "RW", "MG", "KM"
    };
    static final String[] RESIDENCE = {"FR", "BE", "CA", "US", "DE", "GB", "CH", "IT", "ES"};
    static final String[] LANGUAGES = {"fr", "en", "ar", "bm", "wo", "ln", "ht", "am", "rw", "mg", "sw"};
    static final String[] FIRST = {
        "Aminata",
        "Moussa",
        "Fatou",
        "Ibrahima",
        "Awa",
        "Koffi",
        "Youssef",
        "Nadia",
        "Jean-Robert",
        "Marie-Claude",
        "Abebe",
        "Hirut",
        "Aline",
        "Hery",
        "Said",
        "Leïla",
        "Karim",
        "Grâce"
    };
    static final String[] LAST = {
        "Traoré",
        "Diallo",
        "Keïta",
        "Ndiaye",
        "Diop",
        "Kouassi",
        "Ouédraogo",
        "Essomba",
        "Mbuyi",
        "El Idrissi",
        "Haddad",
        "Trabelsi",
        "Pierre-Louis",
        "Bekele",
        "Uwimana",
        "Rakoto",
        "Mze"
    };

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ExpertSearchQueries queries;

    @Autowired
    VocabularyCatalog vocabulary;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void run() throws Exception {
        int count = Integer.getInteger("benchmark.profiles", 10_000);
        var random = new Random(7);
        var started = System.nanoTime();
        generate(dataSource, count, random);
        var generated = (System.nanoTime() - started) / 1e9;

        var workload = new ArrayList<Object[]>();
        for (int i = 0; i < 300; i++) {
            workload.add(new Object[] {query(random), random.nextBoolean() ? Viewer.VISITOR : member()});
        }
        // the same profiles and searches, first without the vocabulary's concepts (indexing and queries), then with
        // an untimed first pass, so that neither measured pass pays for the JIT warming up
        phase("warm-up", count, generated, workload);
        vocabulary.useOnly(List.of());
        var without = phase("without", count, generated, workload);
        vocabulary.apply(List.of());
        var with = phase("with", count, generated, workload);
        var report = """
                | concepts | profiles | generation (s) | mass indexing (s) | indexing rate (profiles/s) | page of 20 with the total: p50 / p95 / p99 (ms) | facets (5 queries): p50 / p95 / p99 (ms) | mean hits |
                |---|---:|---:|---:|---:|---:|---:|---:|
                """ + without + with;
        System.out.println("\n" + report);
        Files.writeString(
                Path.of("target", "benchmark-directory" + (BenchmarkDatabase.postgres() ? "-postgres" : "") + ".md"),
                report);
    }

    private String phase(String concepts, int count, double generated, List<Object[]> workload) {
        var started = System.nanoTime();
        try {
            Search.mapping(entityManagerFactory)
                    .scope(Object.class, ExpertIndex.ENTITY)
                    .massIndexer()
                    .purgeAllOnStart(true)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        var indexingSeconds = (System.nanoTime() - started) / 1e9;
        for (var item : workload.subList(0, 100)) { // warm-up
            measure((ExpertQuery) item[0], (Viewer) item[1]);
        }
        var pages = new long[200];
        var facets = new long[200];
        long hits = 0;
        for (int i = 0; i < 200; i++) {
            var item = workload.get(100 + i);
            var query = (ExpertQuery) item[0];
            var viewer = (Viewer) item[1];
            var t0 = System.nanoTime();
            hits += measure(query, viewer);
            pages[i] = System.nanoTime() - t0;
            var t1 = System.nanoTime();
            transactions.executeWithoutResult(tx -> queries.facets(query, viewer));
            facets[i] = System.nanoTime() - t1;
        }
        Arrays.sort(pages);
        Arrays.sort(facets);
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.0f | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %d |%n",
                concepts,
                count,
                generated,
                indexingSeconds,
                count / indexingSeconds,
                ms(pages, 50),
                ms(pages, 95),
                ms(pages, 99),
                ms(facets, 50),
                ms(facets, 95),
                ms(facets, 99),
                hits / 200);
    }

    private long measure(ExpertQuery query, Viewer viewer) {
        return transactions.execute(tx -> queries.page(query, viewer, 0, 20).total());
    }

    private static Viewer member() {
        return new Viewer(-1L, true, false, false);
    }

    private static double ms(long[] sortedNanos, int percentile) {
        var index = Math.min(sortedNanos.length - 1, (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[index] / 1e6;
    }

    /** Text of one or two words (one in five with a typo), plus zero to two facet filters. */
    private static ExpertQuery query(Random random) {
        var sector = random.nextInt(SECTORS.length);
        var words = new ArrayList<String>();
        if (random.nextInt(5) > 0) {
            var word = SKILLS[sector][random.nextInt(SKILLS[sector].length)].split(" ")[0];
            if (random.nextInt(5) == 0 && word.length() > 5) {
                word = word.substring(0, 2) + word.substring(3); // a typo
            }
            words.add(word);
            if (random.nextBoolean()) {
                words.add(HEADLINES[random.nextInt(HEADLINES.length)].toLowerCase(Locale.ROOT));
            }
        }
        Set<String> sectors = Set.of();
        Set<String> continents = Set.of();
        Set<String> residence = Set.of();
        String language = null;
        ProficiencyLevel level = null;
        LocalDate from = null;
        LocalDate to = null;
        for (int facet = random.nextInt(3); facet > 0; facet--) {
            switch (random.nextInt(5)) {
                case 0 -> sectors = Set.of(SECTORS[sector]);
                case 1 -> continents = Set.of(random.nextBoolean() ? "002" : "019");
                case 2 -> residence = Set.of(RESIDENCE[random.nextInt(RESIDENCE.length)]);
                case 3 -> {
                    language = LANGUAGES[random.nextInt(LANGUAGES.length)];
                    level = ProficiencyLevel.B2;
                }
                default -> {
                    from = LocalDate.of(2027, 1 + random.nextInt(12), 1);
                    to = from.plusWeeks(4);
                }
            }
        }
        return QueryBuilder.query(String.join(" ", words))
                .sectors(sectors)
                .continents(continents)
                .residence(residence)
                .speaks(language, level)
                .available(from, to)
                .build();
    }

    /** Inserts {@code count} experts straight into the database (ids from the highest account id + 1000). */
    static void generate(DataSource dataSource, int count, Random random) throws SQLException, IOException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long firstUser;
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery("select coalesce(max(id), 0) + 1000 from app_user")) {
                result.next();
                firstUser = result.getLong(1);
            }
            var now = Timestamp.from(Instant.now());
            try (var user = connection.prepareStatement("insert into app_user (id, version, email, display_name,"
                            + " password_hash, preferred_language, status, created_at) values (?, 0, ?, ?, 'x', ?,"
                            + " 'ACTIVE', ?)");
                    var profile = connection.prepareStatement("insert into expert_profile (id, version, user_id,"
                            + " display_name, headline, residence_country, residence_city, gender, skills_text,"
                            + " bio_markdown, bio_html, weeks_per_year, created_at, updated_at) values (?, 0, ?, ?, ?,"
                            + " ?, '', '', '', ?, ?, null, ?, ?)");
                    var heritage = connection.prepareStatement(
                            "insert into expert_heritage_country (profile_id, country_code) values (?, ?)");
                    var sector = connection.prepareStatement(
                            "insert into expert_sector (profile_id, sector_code) values (?, ?)");
                    var skill =
                            connection.prepareStatement("insert into expert_skill (profile_id, skill) values (?, ?)");
                    var language = connection.prepareStatement("insert into expert_language (profile_id, position,"
                            + " language_code, level) values (?, ?, ?, ?)");
                    var window = connection.prepareStatement("insert into expert_availability (profile_id, position,"
                            + " start_date, end_date, remote, on_site) values (?, ?, ?, ?, ?, ?)");
                    var visibility = connection.prepareStatement(
                            "insert into expert_visibility (profile_id, section, visibility) values (?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    long id = firstUser + i;
                    var name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                    var french = random.nextBoolean();
                    user.setLong(1, id);
                    user.setString(2, "bench" + id + "@bench.passerelle");
                    user.setString(3, name);
                    user.setString(4, french ? "fr" : "en");
                    user.setTimestamp(5, now);
                    user.addBatch();
                    var s = random.nextInt(SECTORS.length);
                    var headline = HEADLINES[random.nextInt(HEADLINES.length)] + " — " + SKILLS[s][0];
                    var bio = (french ? "Spécialiste en " : "Specialist in ")
                            + SKILLS[s][random.nextInt(SKILLS[s].length)]
                            + (french ? ", je forme des équipes locales depuis " : ", training local teams for ")
                            + (5 + random.nextInt(20))
                            + (french ? " ans." : " years.");
                    profile.setLong(1, id);
                    profile.setLong(2, id);
                    profile.setString(3, name);
                    profile.setString(4, headline);
                    profile.setString(5, RESIDENCE[random.nextInt(RESIDENCE.length)]);
                    profile.setString(6, bio);
                    profile.setString(7, "<p>" + bio + "</p>");
                    profile.setTimestamp(8, now);
                    profile.setTimestamp(9, now);
                    profile.addBatch();
                    add(heritage, id, HERITAGE[random.nextInt(HERITAGE.length)]);
                    add(sector, id, SECTORS[s]);
                    var skills = new LinkedHashSet<String>();
                    for (int k = 2 + random.nextInt(4); k > 0; k--) {
                        skills.add(SKILLS[s][random.nextInt(SKILLS[s].length)]);
                    }
                    for (var value : skills) {
                        add(skill, id, value);
                    }
                    language.setLong(1, id);
                    language.setInt(2, 0);
                    language.setString(3, french ? "fr" : "en");
                    language.setString(4, "NATIVE");
                    language.addBatch();
                    language.setLong(1, id);
                    language.setInt(2, 1);
                    language.setString(3, LANGUAGES[2 + random.nextInt(LANGUAGES.length - 2)]);
                    language.setString(4, ProficiencyLevel.values()[random.nextInt(7)].name());
                    language.addBatch();
                    if (random.nextBoolean()) {
                        var start = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(330));
                        window.setLong(1, id);
                        window.setInt(2, 0);
                        window.setDate(3, Date.valueOf(start));
                        window.setDate(4, Date.valueOf(start.plusWeeks(2 + random.nextInt(8))));
                        window.setBoolean(5, random.nextBoolean());
                        window.setBoolean(6, random.nextBoolean());
                        window.addBatch();
                    }
                    for (var section : ProfileSection.values()) {
                        visibility.setLong(1, id);
                        visibility.setString(2, section.name());
                        visibility.setString(3, random.nextInt(4) == 0 ? "PUBLIC" : "MEMBERS");
                        visibility.addBatch();
                    }
                    if (i % 1000 == 999) {
                        for (var statement :
                                List.of(user, profile, heritage, sector, skill, language, window, visibility)) {
                            statement.executeBatch();
                        }
                        connection.commit();
                    }
                }
                for (var statement : List.of(user, profile, heritage, sector, skill, language, window, visibility)) {
                    statement.executeBatch();
                }
                connection.commit();
            }
        }
    }

    static void add(PreparedStatement statement, long id, String value) throws SQLException {
        statement.setLong(1, id);
        statement.setString(2, value);
        statement.addBatch();
    }
}
