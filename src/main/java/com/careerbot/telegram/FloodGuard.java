package com.careerbot.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * More than the allowed number of typed messages per minute from one chat: one notice, then silence until the minute
 * has passed.
 */
class FloodGuard {

    enum Verdict { ADMIT, WARN, DROP }

    private final int perMinute;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final Set<Long> warned = ConcurrentHashMap.newKeySet();

    FloodGuard(int perMinute) {
        this.perMinute = perMinute;
    }

    Verdict admit(long chatId) {
        Bucket bucket = buckets.computeIfAbsent(chatId, id -> Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build()).build());
        if (bucket.tryConsume(1)) {
            warned.remove(chatId);
            return Verdict.ADMIT;
        }
        return warned.add(chatId) ? Verdict.WARN : Verdict.DROP;
    }

    /** Forgets chats whose window has fully passed. */
    void evictIdle() {
        buckets.entrySet().removeIf(chat -> chat.getValue().getAvailableTokens() >= perMinute
                && !warned.contains(chat.getKey()));
    }
}
