package com.careerbot.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Telegram inbox (updates stored, not yet handled) and outbox (replies written, not yet taken by Telegram): how
 * many wait and for how long the oldest has. Counted by SQL when the metrics are scraped, never in between, so that an
 * idle instance does no work for them; NaN while the database is unavailable.
 */
@Component
class TelegramBacklogMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    TelegramBacklogMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        String inbox = "FROM telegram_pending_update pending JOIN telegram_update received "
                + "ON received.update_id = pending.update_id";
        String outbox = "FROM telegram_outbox";
        gauge(registry, "careerbot.telegram.inbox.pending", "Updates stored and not yet handled",
                "SELECT COUNT(*) " + inbox, null);
        gauge(registry, "careerbot.telegram.inbox.oldest.age", "Age of the oldest update not yet handled",
                "SELECT MIN(received.received_at) " + inbox, "seconds");
        gauge(registry, "careerbot.telegram.outbox.pending", "Bot API calls written and not yet taken by Telegram",
                "SELECT COUNT(*) " + outbox, null);
        gauge(registry, "careerbot.telegram.outbox.oldest.age", "Age of the oldest call not yet taken by Telegram",
                "SELECT MIN(created_at) " + outbox, "seconds");
    }

    /** @param unit "seconds" for an age (0 when nothing waits), null for a count */
    private void gauge(MeterRegistry registry, String name, String description, String sql, String unit) {
        Gauge.builder(name, this, metrics -> metrics.read(sql, unit != null)).description(description).baseUnit(unit)
                .strongReference(true).register(registry);
    }

    private double read(String sql, boolean age) {
        try {
            if (!age) {
                return jdbc.sql(sql).query(Long.class).single();
            }
            // MIN of no rows is one row holding null.
            Timestamp oldest = jdbc.sql(sql).query(Timestamp.class).list().get(0);
            return oldest == null ? 0
                    : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
