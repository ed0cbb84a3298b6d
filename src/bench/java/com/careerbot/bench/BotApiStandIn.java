package com.careerbot.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small Bot API server for load runs, light enough not to be the bottleneck: getUpdates long-polls a queue of
 * updates, sendMessage records when each message arrives. Optionally enforces Telegram's limits (30 messages in any
 * second overall; per private chat, a burst of 3 then 1 a second), answering 429 with {@code retry_after} when a
 * message breaks them. Load runs use private chats only.
 */
final class BotApiStandIn implements AutoCloseable {

    static final String TOKEN = "123456:BENCH-stand-in-token-opens-nothing-00";
    private static final Pattern NUMBER_FIELD = Pattern.compile("\"(offset|timeout|chat_id)\"\\s*:\\s*\"?(-?\\d+)");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(32);
    private final boolean enforceLimits;
    private final List<String> pending = new ArrayList<>();
    private final AtomicLong confirmed = new AtomicLong();
    private final AtomicInteger getUpdatesCalls = new AtomicInteger();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private volatile long firstGetUpdatesAt;
    private final Map<Long, List<Long>> arrivals = new ConcurrentHashMap<>();
    private final Deque<Long> lastSecond = new ArrayDeque<>();
    private final Map<Long, double[]> chatBuckets = new HashMap<>();

    BotApiStandIn(boolean enforceLimits) throws IOException {
        this.enforceLimits = enforceLimits;
        // Otherwise Nagle's algorithm and delayed acknowledgements add tens of milliseconds to every answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes updates available, stamping when each became available. */
    synchronized void push(String update) {
        pending.add(update);
        notifyAll();
    }

    long firstGetUpdatesAt() {
        return firstGetUpdatesAt;
    }

    int getUpdatesCalls() {
        return getUpdatesCalls.get();
    }

    int tooManyRequests() {
        return tooManyRequests.get();
    }

    long confirmedOffset() {
        return confirmed.get();
    }

    /** Arrival times (System.nanoTime) of the messages sent to a chat, in order. */
    List<Long> arrivals(long chatId) {
        return arrivals.getOrDefault(chatId, List.of());
    }

    int messages() {
        return arrivals.values().stream().mapToInt(List::size).sum();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Long> fields = numbers(body);
        String answer = switch (method) {
            case "getupdates" -> getUpdates(fields.getOrDefault("offset", 0L), fields.getOrDefault("timeout", 0L));
            case "sendmessage" -> sendMessage(fields.getOrDefault("chat_id", 0L));
            case "getme" -> "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"bench_bot\"}}";
            default -> "{\"ok\":true,\"result\":true}";
        };
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.contains("\"error_code\":429") ? 429 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized String getUpdates(long offset, long timeoutSeconds) {
        if (getUpdatesCalls.getAndIncrement() == 0) {
            firstGetUpdatesAt = System.nanoTime();
        }
        confirmed.accumulateAndGet(offset, Math::max);
        pending.removeIf(update -> updateId(update) < offset);
        long deadline = System.currentTimeMillis() + Math.min(timeoutSeconds, 1) * 1000;
        while (pending.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<String> batch = pending.subList(0, Math.min(100, pending.size()));
        return "{\"ok\":true,\"result\":[" + String.join(",", batch) + "]}";
    }

    private String sendMessage(long chatId) {
        long now = System.nanoTime();
        if (enforceLimits) {
            Integer retryAfter = breaksLimits(chatId, now);
            if (retryAfter != null) {
                tooManyRequests.incrementAndGet();
                return "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
                        + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}";
            }
        }
        arrivals.computeIfAbsent(chatId, id -> java.util.Collections.synchronizedList(new ArrayList<>())).add(now);
        return "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":" + chatId
                + ",\"type\":\"private\"},\"text\":\"ok\"}}";
    }

    /** @return the seconds to wait when the message breaks a limit, or null when it may go */
    private synchronized Integer breaksLimits(long chatId, long now) {
        while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= 1_000_000_000L) {
            lastSecond.pollFirst();
        }
        if (lastSecond.size() >= 30) {
            System.out.printf("429: a 31st message within a second, %.1f ms after the 30th before it%n",
                    (now - lastSecond.peekLast()) / 1e6);
            return 1;
        }
        // A private chat: bursts of 3, then 1 a second (with 10 % tolerance for network jitter).
        double[] bucket = chatBuckets.computeIfAbsent(chatId, id -> new double[] {3, now});
        bucket[0] = Math.min(3, bucket[0] + (now - bucket[1]) / 1e9);
        bucket[1] = now;
        if (bucket[0] < 0.9) {
            System.out.printf("429: chat %d over its pace (%.2f of a message allowed)%n", chatId, bucket[0]);
            return 1;
        }
        bucket[0] -= 1;
        lastSecond.addLast(now);
        return null;
    }

    private static Map<String, Long> numbers(String body) {
        Map<String, Long> fields = new HashMap<>();
        Matcher matcher = NUMBER_FIELD.matcher(body);
        while (matcher.find()) {
            fields.putIfAbsent(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        return fields;
    }

    private static long updateId(String update) {
        Matcher matcher = Pattern.compile("\"update_id\":(\\d+)").matcher(update);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    static String textUpdate(long updateId, long chatId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"B\"},\"from\":{\"id\":" + chatId
                + ",\"is_bot\":false,\"first_name\":\"B\",\"language_code\":\"fr\"},\"text\":\"" + text + "\"}}";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
