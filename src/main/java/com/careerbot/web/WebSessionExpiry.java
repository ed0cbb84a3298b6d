package com.careerbot.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The housekeeping of the web channel: erases idle web conversations. Its own schedule, since the Telegram channel's
 * housekeeping runs only when that channel is on, and the page works without it.
 */
class WebSessionExpiry {

    private static final Logger log = LoggerFactory.getLogger(WebSessionExpiry.class);

    private final WebSessions sessions;

    WebSessionExpiry(WebSessions sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "${careerbot.web.session-sweep-every:1h}", initialDelayString = "1m")
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
