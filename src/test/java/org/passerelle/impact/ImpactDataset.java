package org.passerelle.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a known dataset for the atlas and dashboard tests straight into the tables (the read model's input), with
 * dates chosen by the test. Each test uses its own sector code (sectors are free text in the link tables), so the
 * figures it filters on are exact whatever else the shared test database holds.
 */
@Component
public class ImpactDataset {

    private static final AtomicLong NEXT = new AtomicLong();

    private final JdbcClient jdbc;

    ImpactDataset(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String freshSector() {
        return "impact-" + NEXT.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** A sector of its own, also in the sector table (active), for views that offer only known sectors. */
    public String registeredSector() {
        var code = freshSector();
        jdbc.sql("insert into sector (version, code, name_en, name_fr, position, active) values (0, ?, ?, ?, 99, true)")
                .params(code, "Sector " + code, "Secteur " + code)
                .update();
        return code;
    }

    public static Instant day(String isoDate) {
        return LocalDate.parse(isoDate).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** The known dataset's missions. */
    public record Tuvalu(String institutionName, long m1, long m2, long m3) {}

    /**
     * In a sector of its own: 6 women, 3 men and 1 non-binary expert of Tuvalu (TV) heritage, the non-binary one also
     * of Nauru (NR); a woman who hides her origins, a woman whose account is disabled. Missions in Tuvalu: M1 evaluated
     * (published 10 Jan, staffed 20 Jan, completed 15 Mar: 40 trained, 3 jobs, 2 services), M2 in progress (published
     * 1 Feb, staffed 5 Feb), M3 published (2 Apr), a draft and a cancelled one. The six women applied to M1 (answered
     * in 24 h, two selected), the three men to M2 (answered in 48 h, one selected).
     */
    public Tuvalu tuvalu(String sector) {
        var institutionName = "Tuvalu ministry " + sector;
        var women = List.of("Woman", "femme", "F", "female", "woman ", "Femme").stream()
                .map(g -> expert(g, sector, "TV"))
                .toList();
        var men = List.of("man", "Homme", "Male").stream()
                .map(g -> expert(g, sector, "TV"))
                .toList();
        expert("non-binary", sector, "TV", "NR");
        hideOrigins(expert("woman", sector, "TV"));
        expertWithStatus("woman", "DISABLED", sector, "TV");

        var institution = institution(institutionName, "TV");
        var m1 = mission(institution, "Water quality lab", "TV", sector, "EVALUATED", day("2026-01-10"));
        moved(m1, "STAFFED", day("2026-01-20"));
        moved(m1, "COMPLETED", day("2026-03-15"));
        outcome(m1, 40, 3, 2, day("2026-03-16"));
        var m2 = mission(institution, "Nurse training", "TV", sector, "IN_PROGRESS", day("2026-02-01"));
        moved(m2, "STAFFED", day("2026-02-05"));
        var m3 = mission(institution, "School curriculum", "TV", sector, "PUBLISHED", day("2026-04-02"));
        mission(institution, "Draft mission", "TV", sector, "DRAFT", null);
        mission(institution, "Cancelled mission", "TV", sector, "CANCELLED", day("2026-01-05"));
        for (int i = 0; i < women.size(); i++) {
            application(m1, women.get(i), i < 2 ? "SELECTED" : "DECLINED", day("2026-01-11"), day("2026-01-12"));
        }
        for (int i = 0; i < men.size(); i++) {
            application(m2, men.get(i), i < 1 ? "SELECTED" : "DECLINED", day("2026-02-02"), day("2026-02-04"));
        }
        return new Tuvalu(institutionName, m1, m2, m3);
    }

    public record Expert(long userId, long profileId) {}

    /** An expert with this self-described gender, heritage countries and sector, living in France. */
    public Expert expert(String gender, String sector, String... heritage) {
        return expertWithStatus(gender, "ACTIVE", sector, heritage);
    }

    public Expert expertWithStatus(String gender, String accountStatus, String sector, String... heritage) {
        var n = NEXT.incrementAndGet();
        var userId = insert(
                "insert into app_user (version, email, display_name, password_hash, preferred_language, status,"
                        + " created_at) values (0, ?, ?, 'x', 'en', ?, ?)",
                "impact" + n + "@example.org",
                "Impact Expert " + n,
                accountStatus,
                now());
        var profileId = insert(
                "insert into expert_profile (version, user_id, display_name, headline, residence_country,"
                        + " residence_city, gender, skills_text, bio_markdown, bio_html, created_at, updated_at)"
                        + " values (0, ?, ?, 'Expert', 'FR', 'Lyon', ?, '', '', '', ?, ?)",
                userId,
                "Impact Expert " + n,
                gender,
                now(),
                now());
        for (var country : heritage) {
            jdbc.sql("insert into expert_heritage_country (profile_id, country_code) values (?, ?)")
                    .params(profileId, country)
                    .update();
        }
        jdbc.sql("insert into expert_sector (profile_id, sector_code) values (?, ?)")
                .params(profileId, sector)
                .update();
        return new Expert(userId, profileId);
    }

    public void hideOrigins(Expert expert) {
        jdbc.sql("insert into expert_visibility (profile_id, section, visibility) values (?, 'ORIGINS', 'ONLY_ME')")
                .params(expert.profileId())
                .update();
    }

    public long institution(String name, String country) {
        return insert(
                "insert into institution (version, name, type, country, region, city, website, email_domain, status,"
                        + " created_at) values (0, ?, 'MINISTRY', ?, '', 'Funafuti', '', '', 'VERIFIED', ?)",
                name,
                country,
                now());
    }

    /** A mission in this state, published at that moment (null: never). */
    public long mission(
            long institutionId, String title, String country, String sector, String status, Instant published) {
        var id = insert(
                "insert into mission (version, institution_id, institution_name, title, summary, objectives,"
                        + " deliverables, objectives_html, deliverables_html, country, region, city, mode, start_date,"
                        + " end_date, duration_weeks, experts_needed, covers_travel, covers_lodging, covers_allowance,"
                        + " status, created_by, created_at, updated_at, published_at) values (0, ?, 'Impact institution',"
                        + " ?, '', '', '', '', '', ?, '', '', 'ON_SITE', ?, ?, 2, 1, false, false, false, ?, 0, ?, ?, ?)",
                institutionId,
                title,
                country,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 14),
                status,
                now(),
                now(),
                published == null ? null : published.atOffset(ZoneOffset.UTC));
        jdbc.sql("insert into mission_sector (mission_id, sector_code) values (?, ?)")
                .params(id, sector)
                .update();
        return id;
    }

    public void moved(long missionId, String to, Instant at) {
        jdbc.sql("insert into mission_transition (version, mission_id, from_status, to_status, action, at, reason)"
                        + " values (0, ?, 'PUBLISHED', ?, 'STAFF', ?, '')")
                .params(missionId, to, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    public void outcome(long missionId, int trained, int jobs, int services, Instant at) {
        jdbc.sql(
                        "insert into mission_outcome (mission_id, version, people_trained, services_delivered, jobs_created,"
                                + " follow_up_planned, notes, recorded_by, recorded_at) values (?, 0, ?, ?, ?, false, '', 0, ?)")
                .params(missionId, trained, services, jobs, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** A published summary of the mission (already sanitised HTML, as the missions module stores it). */
    public void summary(long missionId, String html, Instant at) {
        jdbc.sql("insert into mission_summary (mission_id, version, topic_id, summary, summary_html, published_by,"
                        + " published_at, featured) values (?, 0, 0, '', ?, 0, ?, false)")
                .params(missionId, html, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    public void application(long missionId, Expert expert, String status, Instant applied, Instant decided) {
        jdbc.sql("insert into mission_application (version, mission_id, expert_user_id, profile_id, invited, status,"
                        + " motivation, availability_note, invitation_message, created_at, applied_at, decided_at)"
                        + " values (0, ?, ?, ?, false, ?, '', '', '', ?, ?, ?)")
                .params(
                        missionId,
                        expert.userId(),
                        expert.profileId(),
                        status,
                        applied.atOffset(ZoneOffset.UTC),
                        applied.atOffset(ZoneOffset.UTC),
                        decided == null ? null : decided.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static OffsetDateTime now() {
        return Instant.now().atOffset(ZoneOffset.UTC);
    }

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
