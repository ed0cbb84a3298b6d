package com.careerbot.bench;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import com.careerbot.store.TestDatabase;

/**
 * Throughput of N instances (the packaged jar N times, webhook mode) on one PostgreSQL database against the Bot API
 * stand-in with Telegram's limits raised out of the way: updates posted as fast as the instances take them, each
 * chat's updates alternating between the instances, until every answer arrived. {@code -Dbudget=local} counts the
 * send limits in each instance instead of in PostgreSQL (what the shared budget costs).
 *
 * <p>Run: {@code mvn -q -Pbench package -DskipTests}, then
 * {@code CAREERBOT_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test mvn -q -Pbench exec:java@scale-out
 * -Dinstances=2 -Dmessages=6000 -Dchats=200 -Dbudget=shared}.
 */
public final class ScaleOutBenchmark {

    private static final String SECRET = "bench-webhook-secret";
    private static final int IN_FLIGHT = 64;

    private ScaleOutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int instances = Integer.getInteger("instances", 2);
        int messages = Integer.getInteger("messages", 6000);
        int warmup = Integer.getInteger("warmup", 4000);
        int chats = Integer.getInteger("chats", 200);
        boolean shared = Layout.option("budget", "shared", "local").equals("shared");
        TestDatabase database = TestDatabase.postgres();
        database.flyway().load().migrate();
        Path work = Files.createTempDirectory("careerbot-scale-out");
        List<AppProcess> apps = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try (BotApiStandIn telegram = new BotApiStandIn(false)) {
            for (int i = 0; i < instances; i++) {
                int port = LoadBenchmark.freePort();
                ports.add(port);
                apps.add(AppProcess.start(command(database, telegram, port, shared), work.resolve("app-" + i + ".log")));
            }
            for (int i = 0; i < instances; i++) {
                apps.get(i).awaitHttp(AppProcess.get("http://127.0.0.1:" + ports.get(i) + "/actuator/health"),
                        Duration.ofMinutes(2));
            }
            long[] nextUpdate = {1};
            post(ports, nextUpdate, warmup, chats);
            LoadBenchmark.awaitAnswers(telegram, warmup, Duration.ofMinutes(5));
            Duration cpuBefore = cpu(apps);
            long start = System.nanoTime();
            post(ports, nextUpdate, messages, chats);
            LoadBenchmark.awaitAnswers(telegram, warmup + messages, Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMillis = cpu(apps).minus(cpuBefore).toNanos() / 1e6;
            System.out.printf(Locale.ROOT, "%d instance(s), %s budget, %d messages over %d chats: %.0f messages/s, "
                            + "CPU %.3f ms per message (all instances)%n", instances, shared ? "shared" : "local",
                    messages, chats, messages / seconds, cpuMillis / messages);
        } finally {
            for (AppProcess app : apps) {
                app.close();
            }
            database.drop();
        }
    }

    /**
     * Posts {@code count} updates, round-robin over the chats, each chat's next update to the next instance, at most
     * {@link #IN_FLIGHT} requests at a time.
     */
    private static void post(List<Integer> ports, long[] nextUpdate, int count, int chats) throws Exception {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> posted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long chat = 1 + (i % chats);
            int instance = (i / chats) % ports.size();
            long id = nextUpdate[0]++;
            HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(webhook(ports.get(instance))))
                    .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(BotApiStandIn.textUpdate(id, chat,
                            LoadBenchmark.QUESTIONS[(int) (id % LoadBenchmark.QUESTIONS.length)]))).build();
            inFlight.acquire();
            posted.add(AppProcess.sendAsync(request).whenComplete((response, error) -> inFlight.release()));
        }
        CompletableFuture.allOf(posted.toArray(CompletableFuture[]::new)).join();
    }

    private static Duration cpu(List<AppProcess> apps) {
        return apps.stream().map(AppProcess::cpuTime).reduce(Duration.ZERO, Duration::plus);
    }

    private static String webhook(int port) {
        return "http://127.0.0.1:" + port + "/telegram/webhook";
    }

    private static List<String> command(TestDatabase database, BotApiStandIn telegram, int port, boolean shared)
            throws Exception {
        Path jar;
        try (var jars = Files.list(Path.of("target"))) {
            jar = jars.filter(path -> path.getFileName().toString().matches("careerbot-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Run mvn -Pbench package -DskipTests first"));
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString()));
        for (String argument : database.arguments()) {
            if (!argument.startsWith("--careerbot.telegram.token=")) {
                command.add(argument);
            }
        }
        command.addAll(List.of("--server.port=" + port,
                "--careerbot.telegram.token=" + BotApiStandIn.TOKEN,
                "--careerbot.telegram.api-url=" + telegram.url(),
                "--careerbot.telegram.mode=webhook",
                "--careerbot.telegram.webhook-url=https://bot.example.org/telegram/webhook",
                "--careerbot.telegram.webhook-secret=" + SECRET,
                "--careerbot.telegram.sending.shared-budget=" + shared,
                "--careerbot.telegram.sending.messages-per-second=1000000",
                "--careerbot.telegram.sending.per-chat-per-second=1000000",
                "--careerbot.telegram.sending.per-chat-burst=1000000",
                "--careerbot.telegram.flood-limit-per-minute=1000000"));
        return command;
    }
}
