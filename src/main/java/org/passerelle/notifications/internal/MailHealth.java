package org.passerelle.notifications.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail outbox for operations: health ({@code outgoingMail}: how many mails wait, how many after a failed attempt,
 * and how long the oldest has waited — the application stays up when the SMTP server is away, so alerts belong on
 * the metrics) and gauges {@code passerelle.mail.queued} (waiting to be
 * sent) and {@code passerelle.mail.failed} (waiting after at least one failed attempt).
 */
@Component("outgoingMailHealthIndicator")
class MailHealth implements HealthIndicator {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailHealth(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("passerelle.mail.queued", this, MailHealth::queued)
                .description("mails waiting to be sent")
                .register(meters);
        Gauge.builder("passerelle.mail.failed", this, MailHealth::failed)
                .description("mails waiting after a failed attempt")
                .register(meters);
    }

    double queued() {
        return jdbc.sql("select count(*) from outgoing_mail where status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    double failed() {
        return jdbc.sql("select count(*) from outgoing_mail where status = 'PENDING' and attempts > 0")
                .query(Long.class)
                .single();
    }

    @Override
    public Health health() {
        var oldest = jdbc.sql("select min(created_at) from outgoing_mail where status = 'PENDING'")
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
        return Health.up()
                .withDetail(
                        "oldestWaitingMinutes",
                        oldest.map(at -> Duration.between(at, clock.instant()).toMinutes())
                                .orElse(0L))
                .withDetail("queued", (long) queued())
                .withDetail("failed", (long) failed())
                .build();
    }
}
