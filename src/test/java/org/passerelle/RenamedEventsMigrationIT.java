package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events stored before issue 16 renamed their classes are pointed at the new names by migration V22, so that a
 * publication left incomplete at the upgrade is still delivered when it is republished. The migration's statements run
 * again here on rows written the old way (rolled back afterwards).
 */
@IntegrationTest
@Transactional
class RenamedEventsMigrationIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void storedPublicationsOfRenamedEventsNameTheNewClasses() throws IOException {
        var old = insert(
                "org.passerelle.communities.ForumActivity",
                "org.passerelle.notifications.ForumMail.on(org.passerelle.communities.ForumActivity)");
        var unrelated = insert(
                "org.passerelle.missions.MissionMoved",
                "org.passerelle.notifications.MissionMailListener.on(org.passerelle.missions.MissionMoved)");
        var alreadyNew = insert(
                "org.passerelle.communities.ForumActivityOccurred",
                "org.passerelle.notifications.ForumMail.on(org.passerelle.communities.ForumActivityOccurred)");

        var script = new ClassPathResource("db/migration/common/V22__renamed_events.sql")
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", "");
        for (var statement : script.split(";")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement).update();
            }
        }

        assertThat(row(old))
                .containsExactly(
                        "org.passerelle.communities.ForumActivityOccurred",
                        "org.passerelle.notifications.ForumMail.on(org.passerelle.communities.ForumActivityOccurred)");
        assertThat(row(unrelated))
                .containsExactly(
                        "org.passerelle.missions.MissionMoved",
                        "org.passerelle.notifications.MissionMailListener.on(org.passerelle.missions.MissionMoved)");
        assertThat(row(alreadyNew))
                .containsExactly(
                        "org.passerelle.communities.ForumActivityOccurred",
                        "org.passerelle.notifications.ForumMail.on(org.passerelle.communities.ForumActivityOccurred)");
    }

    private UUID insert(String type, String listener) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into event_publication (id, publication_date, listener_id, serialized_event, event_type,"
                        + " completion_attempts) values (?, ?, ?, '{}', ?, 0)")
                .params(id, Instant.now(), listener, type)
                .update();
        return id;
    }

    private String[] row(UUID id) {
        return jdbc.sql("select event_type, listener_id from event_publication where id = ?")
                .param(id)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
    }
}
