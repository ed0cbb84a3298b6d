package com.careerbot.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param apiKey             when set, {@code /api/chat} and {@code /api/parse} require {@code Authorization: Bearer
 *                           <key>}; unset (the default), they are open, for local use and the evaluation tools
 * @param frameAncestors     the CSP {@code frame-ancestors} sources allowed to embed the pages, e.g. {@code 'self'
 *                           https://school.example.org}; {@code 'none'} forbids embedding
 * @param maxRequestSize     the largest request body the API and the page's endpoint read (a 4096-character text,
 *                           JSON-escaped, fits in 32 KB)
 * @param rateLimit          messages per client address on the API and the page's endpoint
 * @param sessionIdleExpiry  a web conversation unused this long is erased, with its session
 * @param sessionSweepEvery  how often idle web conversations are looked for
 */
@ConfigurationProperties("careerbot.web")
public record WebProperties(String apiKey, @DefaultValue("'none'") String frameAncestors,
                            @DefaultValue("32KB") DataSize maxRequestSize, @DefaultValue RateLimit rateLimit,
                            @DefaultValue("30d") Duration sessionIdleExpiry,
                            @DefaultValue("1h") Duration sessionSweepEvery) {

    public WebProperties {
        if (frameAncestors.isBlank() || frameAncestors.chars().anyMatch(c -> c == ';' || c == ',' || c < ' ')) {
            throw new IllegalArgumentException("careerbot.web.frame-ancestors must be CSP sources separated by spaces "
                    + "(e.g. 'self' https://school.example.org), got \"" + frameAncestors + "\"");
        }
    }

    boolean apiOpen() {
        return apiKey == null || apiKey.isBlank();
    }

    /**
     * @param perMinute at most this many messages in any minute from one address
     * @param burst     at most this many in a quick run; the allowance comes back at {@code perMinute} a minute
     * @param clients   how many addresses are tracked at once (least recently seen forgotten first)
     */
    public record RateLimit(@DefaultValue("20") int perMinute, @DefaultValue("10") int burst,
                            @DefaultValue("100000") int clients) {

        public RateLimit {
            if (perMinute < 1 || burst < 1 || burst > perMinute || clients < 1) {
                throw new IllegalArgumentException("careerbot.web.rate-limit: per-minute and burst must be positive, "
                        + "burst at most per-minute, clients positive");
            }
        }
    }
}
