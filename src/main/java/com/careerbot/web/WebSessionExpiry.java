package com.careerbot.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The housekeeping of the web channel: erases idle web conversations every
 * {@link WebProperties#sessionSweepEvery()}. A schedule of its own, since the Telegram channel's housekeeping runs
 * only when that channel is on, and the page works without it.
 */
class WebSessionExpiry implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WebSessionExpiry.class);

    private final WebSessions sessions;
    private final WebProperties properties;

    WebSessionExpiry(WebSessions sessions, WebProperties properties) {
        this.sessions = sessions;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::sweep, properties.sessionSweepEvery(),
                properties.sessionSweepEvery()));
    }

    void sweep() {
        try {
            int erased = sessions.expireIdle();
            if (erased > 0) {
                log.info("Erased {} idle web conversations", erased);
            }
        } catch (DataAccessException e) {
            log.warn("Idle web conversations not erased this time, the database is unavailable: {}", e.toString());
        }
    }
}
