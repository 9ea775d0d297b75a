package org.passerelle.missions.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The moments of the demo missions, written in one instant by {@link DemoMissions}, spread over their life. */
final class DemoTimeline {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoTimeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The demo was written in one instant; for the impact dashboard to show something like real life, each mission's
     * moments are spread out: published weeks before it starts (or, for future missions, some days ago), staffed a
     * week or two later, applications answered within days, completed at its end date. Never later than now.
     */
    void spread(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var today = LocalDate.now(clock);
        var rows = jdbc.sql("select id, start_date, end_date from mission where id in (:ids) order by id")
                .param("ids", ids)
                .query((rs, row) ->
                        new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)
                        })
                .list();
        for (var row : rows) {
            long id = (Long) row[0];
            var start = ((LocalDate) row[1]).atTime(9, 0).toInstant(ZoneOffset.UTC);
            var end = ((LocalDate) row[2]).atTime(17, 0).toInstant(ZoneOffset.UTC);
            var published = ((LocalDate) row[1]).isBefore(today)
                    ? start.minus(Duration.ofDays(40))
                    : now.minus(Duration.ofDays(10 + (id * 7) % 50));
            var staffed = published.plus(Duration.ofDays(5 + id % 10));
            update(
                    "update mission set created_at = ?, updated_at = ?, published_at = case when published_at is null"
                            + " then null else ? end where id = ?",
                    published.minus(Duration.ofDays(5)),
                    published,
                    published,
                    id);
            for (var action : List.of(
                    "SUBMIT", "REQUEST_CHANGES", "PUBLISH", "STAFF", "START", "COMPLETE", "EVALUATE", "CANCEL")) {
                var at = switch (action) {
                    case "SUBMIT" -> published.minus(Duration.ofDays(3));
                    case "REQUEST_CHANGES" -> published.minus(Duration.ofDays(2));
                    case "PUBLISH" -> published;
                    case "STAFF" -> staffed;
                    case "START" -> start.isAfter(staffed) ? start : staffed.plus(Duration.ofDays(1));
                    case "COMPLETE" -> end;
                    case "EVALUATE" -> end.plus(Duration.ofDays(5));
                    default -> published.plus(Duration.ofDays(20));
                };
                update("update mission_transition set at = ? where mission_id = ? and action = ?", at, id, action);
            }
            var applied = published.plus(Duration.ofDays(2));
            update(
                    "update mission_application set created_at = ?, applied_at = case when applied_at is null then null"
                            + " else ? end, answered_at = case when answered_at is null then null else ? end,"
                            + " decided_at = case when decided_at is null then null else ? end where mission_id = ?",
                    applied,
                    applied,
                    applied.plus(Duration.ofHours(20)),
                    applied.plus(Duration.ofHours(30 + (id * 13) % 60)),
                    id);
            update("update mission_outcome set recorded_at = ? where mission_id = ?", end.plus(Duration.ofDays(2)), id);
        }
    }

    /** An update whose instants are never later than now. */
    private void update(String sql, Object... params) {
        var now = clock.instant();
        var values = Arrays.stream(params)
                .map(p -> p instanceof Instant at ? (at.isAfter(now) ? now : at).atOffset(ZoneOffset.UTC) : p)
                .toArray();
        jdbc.sql(sql).params(values).update();
    }
}
