package com.careerbot.telegram;

import java.util.Locale;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The Telegram channel in {@code /actuator/health}: its state (off, polling, webhook set or not yet, token rejected),
 * the last successful Bot API call, the failures since, the last error. Telegram being down makes it
 * {@link #DEGRADED}, which never lowers the application's health and is left out of readiness: the inbox and the REST
 * API keep working, and replies wait in the outbox. Never the token, nor any URL.
 */
@Component
class TelegramHealthIndicator implements HealthIndicator {

    /** Ranked after UP (application.yaml), so that it shows here without making the whole application unhealthy. */
    static final Status DEGRADED = new Status("DEGRADED");

    private final TelegramProperties properties;
    private final BotApiMonitor monitor;

    TelegramHealthIndicator(TelegramProperties properties, BotApiMonitor monitor) {
        this.properties = properties;
        this.monitor = monitor;
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.up().withDetail("state", "off").build();
        }
        BotApiMonitor.State state = monitor.state();
        Health.Builder health = Health.status(state.consecutiveFailures() > 0 ? DEGRADED : Status.UP)
                .withDetail("state", state(state))
                .withDetail("consecutiveFailures", state.consecutiveFailures());
        if (state.lastSuccess() != null) {
            health.withDetail("lastSuccessfulCall", state.lastSuccess().toString());
        }
        if (state.lastError() != null) {
            health.withDetail("lastError", state.lastError());
        }
        return health.build();
    }

    private String state(BotApiMonitor.State state) {
        if (state.tokenRejected()) {
            return "token rejected";
        }
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
            return state.webhookSet() ? "webhook set" : "webhook not set yet";
        }
        return properties.mode().name().toLowerCase(Locale.ROOT);
    }
}
