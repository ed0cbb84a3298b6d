package com.careerbot.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * End-to-end load run: the packaged app, in polling mode, against a Bot API stand-in on loopback. Injects
 * {@code messages} questions across {@code chats} chats at {@code rate} per second and measures, for each, the time
 * from the update being available to its answer arriving at sendMessage; plus throughput, CPU time per message and
 * resident memory at the end.
 *
 * <p>Run: {@code mvn -q -Pbench package -DskipTests exec:java@load -Dlimits=off -Dmessages=10000 -Dchats=200 -Drate=1000}.
 */
public final class LoadBenchmark {

    static final String[] QUESTIONS = {"combien gagne un dev back ?", "quelles études pour devenir dev back ?",
            "c'est quoi les idées reçues ?", "what skills do I need?", "where can a backend dev work?",
            "how much does a backend developer earn?", "quelles sont les missions ?", "is it good for the planet?"};

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean limits = Layout.option("limits", "off", "on").equals("on");
        int messages = Integer.getInteger("messages", limits ? 600 : 10_000);
        int chats = Integer.getInteger("chats", limits ? 100 : 200);
        int rate = Integer.getInteger("rate", limits ? 30 : 1000);
        int warmup = Integer.getInteger("warmup", limits ? 900 : 40_000);
        boolean recommended = Boolean.parseBoolean(Layout.option("recommended", "true", "false"));
        Layout.prepare();
        Result result = run(limits, messages, chats, rate, warmup, recommended);
        String report = result.describe();
        System.out.println(report);
        Files.writeString(Layout.BENCH.resolve("load-" + (limits ? "limits-on" : "limits-off") + ".txt"), report);
    }

    record Result(boolean limits, int messages, int chats, int rate, boolean recommended, Stats latencyMillis,
                  double throughput, double cpuMillisPerMessage, double compilerMillisPerMessage, long rssKilobytes,
                  int tooManyRequests, double readyMillis) {

        String describe() {
            return String.format(Locale.ROOT, "limits %s, %d messages over %d chats at %d/s, %s JVM flags, Java %s:%n"
                            + "  latency update->sendMessage p50 %s ms, p95 %s ms, p99 %s ms, max %s ms%n"
                            + "  throughput %.0f messages/s, CPU %.3f ms per message (%.3f without the JIT compiler's"
                            + " threads), RSS at end %d MB, 429s %d, ready (first getUpdates) %.0f ms",
                    limits ? "on" : "off", messages, chats, rate, recommended ? "recommended" : "default",
                    Runtime.version().feature(),
                    Stats.format(latencyMillis.percentile(50)), Stats.format(latencyMillis.percentile(95)),
                    Stats.format(latencyMillis.percentile(99)), Stats.format(latencyMillis.percentile(100)),
                    throughput, cpuMillisPerMessage, cpuMillisPerMessage - compilerMillisPerMessage,
                    rssKilobytes / 1024, tooManyRequests, readyMillis);
        }
    }

    static Result run(boolean limits, int messages, int chats, int rate, int warmup, boolean recommended)
            throws Exception {
        Path work = Files.createTempDirectory(Layout.BENCH.toAbsolutePath(), "load-");
        try (BotApiStandIn telegram = new BotApiStandIn(limits);
             AppProcess app = AppProcess.start(Layout.command(Layout.App.CAREERBOT, recommended,
                     arguments(telegram, work, freePort(), limits)), work.resolve("app.log"))) {
            awaitFirstPoll(telegram, app);
            double readyMillis = (telegram.firstGetUpdatesAt() - app.startedAt) / 1e6;
            long[] nextUpdate = {1};
            if (warmup > 0) {
                inject(telegram, nextUpdate, warmup, chats, Math.max(rate, 1000), new HashMap<>());
                awaitAnswers(telegram, warmup, Duration.ofMinutes(3));
            }
            Map<Long, Integer> before = new HashMap<>();
            for (long chat = 1; chat <= chats; chat++) {
                before.put(chat, telegram.arrivals(chat).size());
            }
            Duration cpuBefore = app.cpuTime();
            Map<String, Long> threadsBefore = app.threadTicks();
            Map<Long, List<Long>> pushed = new HashMap<>();
            int pollsBefore = telegram.getUpdatesCalls();
            long start = System.nanoTime();
            inject(telegram, nextUpdate, messages, chats, rate, pushed);
            awaitAnswers(telegram, warmup + messages, Duration.ofMinutes(5));
            Duration cpu = app.cpuTime().minus(cpuBefore);
            Map<String, Long> threadsAfter = app.threadTicks();
            List<Map.Entry<String, Long>> measured = threadsAfter.entrySet().stream()
                    .map(thread -> Map.entry(thread.getKey(), thread.getValue() - threadsBefore.getOrDefault(thread.getKey(), 0L)))
                    .filter(thread -> thread.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
            StringBuilder threads = new StringBuilder();
            measured.stream().limit(8).forEach(thread -> threads.append(String.format(Locale.ROOT, " %s %.0f ms;",
                    thread.getKey(), thread.getValue() * 10.0)));
            // Still compiling after the warm-up, and by a different amount from one run to the next: shown apart.
            long compilerTicks = measured.stream().filter(thread -> thread.getKey().matches("C[12] CompilerThre.*"))
                    .mapToLong(Map.Entry::getValue).sum();
            System.out.println("CPU by thread during the measured run:" + threads);
            int polls = telegram.getUpdatesCalls() - pollsBefore;
            System.out.printf(Locale.ROOT, "getUpdates calls during the measured run: %d (%.1f messages per call)%n",
                    polls, (double) messages / Math.max(1, polls));
            long rss = app.rssKilobytes();
            app.reportMemory(Layout.BENCH.resolve("load-memory.txt"));
            List<Double> latencies = new ArrayList<>();
            long lastArrival = start;
            for (Map.Entry<Long, List<Long>> chat : pushed.entrySet()) {
                List<Long> arrivals = telegram.arrivals(chat.getKey());
                int offset = before.get(chat.getKey());
                for (int i = 0; i < chat.getValue().size(); i++) {
                    long arrival = arrivals.get(offset + i);
                    latencies.add((arrival - chat.getValue().get(i)) / 1e6);
                    lastArrival = Math.max(lastArrival, arrival);
                }
            }
            double throughput = messages / ((lastArrival - start) / 1e9);
            return new Result(limits, messages, chats, rate, recommended, new Stats(latencies), throughput,
                    cpu.toNanos() / 1e6 / messages, compilerTicks * 10.0 / messages, rss, telegram.tooManyRequests(),
                    readyMillis);
        }
    }

    /** CareerBot's settings for a run against the stand-in, the send limits Telegram's or raised out of the way. */
    static List<String> arguments(BotApiStandIn telegram, Path work, int port, boolean limits) {
        List<String> arguments = new ArrayList<>(List.of(
                "--careerbot.data-directory=" + work,
                "--server.port=" + port,
                "--careerbot.telegram.token=" + BotApiStandIn.TOKEN,
                "--careerbot.telegram.api-url=" + telegram.url(),
                "--careerbot.telegram.polling.timeout=1s"));
        if (!limits) {
            arguments.addAll(List.of("--careerbot.telegram.sending.messages-per-second=1000000",
                    "--careerbot.telegram.sending.per-chat-per-second=1000000",
                    "--careerbot.telegram.sending.per-chat-burst=1000000",
                    "--careerbot.telegram.flood-limit-per-minute=1000000"));
        }
        return arguments;
    }

    /** Makes {@code count} updates available at {@code rate} per second, round-robin over the chats. */
    static void inject(BotApiStandIn telegram, long[] nextUpdate, int count, int chats, int rate,
                               Map<Long, List<Long>> pushed) {
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long chat = 1 + (i % chats);
            long id = nextUpdate[0]++;
            long now = System.nanoTime();
            telegram.push(BotApiStandIn.textUpdate(id, chat, QUESTIONS[(int) (id % QUESTIONS.length)]));
            pushed.computeIfAbsent(chat, key -> new ArrayList<>()).add(now);
        }
    }

    static void awaitFirstPoll(BotApiStandIn telegram, AppProcess app) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (telegram.firstGetUpdatesAt() == 0) {
            app.requireAlive();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The app did not poll within a minute");
            }
            Thread.sleep(1);
        }
    }

    static void awaitAnswers(BotApiStandIn telegram, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (telegram.messages() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + telegram.messages() + " of " + count + " answers arrived");
            }
            Thread.sleep(2);
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
