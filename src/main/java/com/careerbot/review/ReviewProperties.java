package com.careerbot.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled   whether the text of unanswered messages is kept (redacted, linked to no chat); off by default
 * @param retention how long a kept message stays, counted in whole days
 * @param dailyCap  at most this many messages are kept per day (UTC), the first ones
 */
@ConfigurationProperties("careerbot.review")
public record ReviewProperties(@DefaultValue("false") boolean enabled, @DefaultValue("30d") Duration retention,
                               @DefaultValue("200") int dailyCap) {

    public ReviewProperties {
        if (retention.toDays() < 1) {
            throw new IllegalArgumentException("careerbot.review.retention must be at least one day, was " + retention);
        }
        if (dailyCap < 1) {
            throw new IllegalArgumentException("careerbot.review.daily-cap must be at least 1, was " + dailyCap);
        }
    }
}
