package com.careerbot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;

/**
 * Telegram's sending limits as the stand-in enforces them once {@link TelegramStandIn#enforceLimits()} is called: 30
 * messages in any second overall; in a private chat a burst of 3, then 1 a second (10 % tolerance for network
 * jitter); 20 a minute in a group. A message over a limit gets a 429 with {@code retry_after}, as from Telegram.
 */
final class TelegramLimits extends TelegramStandIn.Transformer {

    static final String NAME = "telegram-limits";
    private static final long SECOND = 1_000_000_000L;

    private final Deque<Long> lastSecond = new ArrayDeque<>();
    private final Map<Long, double[]> privateChats = new HashMap<>();
    private final Map<Long, Deque<Long>> groups = new HashMap<>();
    private final List<String> broken = new CopyOnWriteArrayList<>();

    private final TelegramStandIn.SentMessage sent;

    TelegramLimits(TelegramStandIn.SentMessage sent) {
        super(NAME);
        this.sent = sent;
    }

    /** Which limit each 429 was for, in order. */
    List<String> broken() {
        return List.copyOf(broken);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        JsonNode request = TelegramStandIn.JSON.readTree(event.getRequest().getBodyAsString());
        Integer retryAfter = breaksLimits(request.path("chat_id").asLong(), System.nanoTime());
        if (retryAfter != null) {
            return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withBody(TelegramStandIn.tooManyRequests(retryAfter)).build();
        }
        return sent.answer(event);
    }

    /** @return the seconds to wait when the message breaks a limit, or null when it may go (and is counted) */
    private synchronized Integer breaksLimits(long chatId, long now) {
        while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= SECOND) {
            lastSecond.pollFirst();
        }
        if (lastSecond.size() >= 30) {
            broken.add(String.format("overall: a 31st message %.1f ms after the 30th before it",
                    (now - lastSecond.peekLast()) / 1e6));
            return 1;
        }
        if (chatId < 0) {
            Deque<Long> lastMinute = groups.computeIfAbsent(chatId, id -> new ArrayDeque<>());
            while (!lastMinute.isEmpty() && now - lastMinute.peekFirst() >= 60 * SECOND) {
                lastMinute.pollFirst();
            }
            if (lastMinute.size() >= 20) {
                broken.add("group " + chatId + ": a 21st message within a minute");
                return 5;
            }
            lastMinute.addLast(now);
        } else {
            double[] bucket = privateChats.computeIfAbsent(chatId, id -> new double[] {3, now});
            bucket[0] = Math.min(3, bucket[0] + (now - bucket[1]) / (double) SECOND);
            bucket[1] = now;
            if (bucket[0] < 0.9) {
                broken.add(String.format("chat %d: over its pace (%.2f of a message allowed)", chatId, bucket[0]));
                return 1;
            }
            bucket[0] -= 1;
        }
        lastSecond.addLast(now);
        return null;
    }
}
