package com.careerbot.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Bucket4j bucket per client address: at most {@code perMinute} messages in any minute and {@code burst} in a quick
 * run. Per address rather than per session, since a client that drops its cookie gets a new session. The buckets live
 * in a bounded cache: an address unseen for a minute has a full bucket anyway, so forgetting it changes nothing.
 */
class RateLimit extends OncePerRequestFilter {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final WebProperties.RateLimit limits;
    private final ProblemResponses problems;
    private final Cache<String, Bucket> buckets;

    RateLimit(WebProperties properties, ProblemResponses problems) {
        this.limits = properties.rateLimit();
        this.problems = problems;
        this.buckets = Caffeine.newBuilder().maximumSize(limits.clients()).expireAfterAccess(MINUTE).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.get(request.getRemoteAddr(), address -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        problems.send(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many messages",
                "At most " + limits.perMinute() + " messages a minute and " + limits.burst()
                        + " in a row; try again in " + seconds + " s.");
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.perMinute()).refillIntervally(limits.perMinute(), MINUTE))
                .addLimit(limit -> limit.capacity(limits.burst()).refillGreedy(limits.perMinute(), MINUTE))
                .build();
    }
}
