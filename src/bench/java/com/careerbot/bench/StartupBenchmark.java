package com.careerbot.bench;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import com.careerbot.bench.Layout.App;

/**
 * Startup and memory of CareerBot against the plain Spring Boot app with the same starters, in the same run and
 * alternating, so that the ratios hold on a noisy machine: time to ready, resident memory once ready and after
 * {@code messages} messages, with the default JVM flags and with the recommended ones. Reports medians of
 * {@code runs} runs of each.
 *
 * <p>Run: {@code mvn -q -Pbench package -DskipTests exec:java@startup -Druns=5 -Dmessages=10000}.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    record Sample(double readyMillis, long rssReadyKilobytes, long rssAfterKilobytes) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 5);
        int messages = Integer.getInteger("messages", 10_000);
        Layout.prepare();
        StringBuilder report = new StringBuilder();
        for (boolean recommended : new boolean[] {false, true}) {
            Map<App, List<Sample>> samples = new EnumMap<>(App.class);
            for (int run = 0; run < runs; run++) {
                for (App app : App.values()) {
                    Sample sample = app == App.CAREERBOT ? careerBot(recommended, messages) : plain(recommended, messages);
                    System.out.printf(Locale.ROOT, "%s, %s flags, run %d: %s%n", app, flags(recommended), run + 1, sample);
                    samples.computeIfAbsent(app, key -> new ArrayList<>()).add(sample);
                }
            }
            report.append(describe(recommended, runs, messages, samples));
        }
        System.out.print(report);
        Files.writeString(Layout.BENCH.resolve("startup.txt"), report);
    }

    private static String describe(boolean recommended, int runs, int messages, Map<App, List<Sample>> samples) {
        double[] careerBot = medians(samples.get(App.CAREERBOT));
        double[] plain = medians(samples.get(App.PLAIN));
        return String.format(Locale.ROOT, "%s JVM flags, Java %s, medians of %d runs (%d messages):%n"
                        + "  ready:              CareerBot %6.0f ms, plain app %6.0f ms, ratio %.2f%n"
                        + "  RSS once ready:     CareerBot %6.0f MB, plain app %6.0f MB, ratio %.2f%n"
                        + "  RSS after messages: CareerBot %6.0f MB, plain app %6.0f MB, ratio %.2f%n",
                flags(recommended), Runtime.version().feature(), runs, messages,
                careerBot[0], plain[0], careerBot[0] / plain[0],
                careerBot[1], plain[1], careerBot[1] / plain[1],
                careerBot[2], plain[2], careerBot[2] / plain[2]);
    }

    private static double[] medians(List<Sample> samples) {
        return new double[] {
                Stats.median(samples.stream().map(Sample::readyMillis).toList()),
                Stats.median(samples.stream().map(sample -> sample.rssReadyKilobytes() / 1024.0).toList()),
                Stats.median(samples.stream().map(sample -> sample.rssAfterKilobytes() / 1024.0).toList())};
    }

    private static String flags(boolean recommended) {
        return recommended ? "recommended" : "default";
    }

    /** Ready once it has asked Telegram for updates and its API answers; then answers messages over Telegram. */
    private static Sample careerBot(boolean recommended, int messages) throws Exception {
        Path work = Files.createTempDirectory(Layout.BENCH.toAbsolutePath(), "startup-");
        try (BotApiStandIn telegram = new BotApiStandIn(false)) {
            List<String> arguments = LoadBenchmark.arguments(telegram, work, false);
            String port = arguments.stream().filter(argument -> argument.startsWith("--server.port="))
                    .map(argument -> argument.substring("--server.port=".length())).findFirst().orElseThrow();
            try (AppProcess app = AppProcess.start(Layout.command(App.CAREERBOT, recommended, arguments),
                    work.resolve("app.log"))) {
                long apiReady = app.awaitHttp(AppProcess.post("http://127.0.0.1:" + port + "/api/parse",
                        "{\"text\":\"bonjour\"}"), Duration.ofMinutes(1));
                LoadBenchmark.awaitFirstPoll(telegram, app);
                long ready = Math.max(apiReady, telegram.firstGetUpdatesAt());
                long rssReady = app.rssKilobytes();
                LoadBenchmark.inject(telegram, new long[] {1}, messages, 200, 2000, new HashMap<>());
                LoadBenchmark.awaitAnswers(telegram, messages, Duration.ofMinutes(5));
                return new Sample((ready - app.startedAt) / 1e6, rssReady, app.rssKilobytes());
            }
        }
    }

    /** Ready once it answers HTTP; then serves as many JSON requests that query its database. */
    private static Sample plain(boolean recommended, int messages) throws Exception {
        Path work = Files.createTempDirectory(Layout.BENCH.toAbsolutePath(), "startup-plain-");
        int port = LoadBenchmark.freePort();
        List<String> arguments = List.of("--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("plain") + ";WRITE_DELAY=0");
        try (AppProcess app = AppProcess.start(Layout.command(App.PLAIN, recommended, arguments),
                work.resolve("app.log"))) {
            long ready = app.awaitHttp(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/ping"))
                    .build(), Duration.ofMinutes(1));
            long rssReady = app.rssKilobytes();
            HttpRequest echo = AppProcess.post("http://127.0.0.1:" + port + "/echo",
                    "{\"text\":\"combien gagne un dev back ?\"}");
            Semaphore inFlight = new Semaphore(16);
            List<CompletableFuture<?>> calls = new ArrayList<>(messages);
            for (int i = 0; i < messages; i++) {
                inFlight.acquire();
                calls.add(AppProcess.sendAsync(echo).whenComplete((response, failure) -> inFlight.release())
                        .thenAccept(response -> {
                            if (response.statusCode() != 200) {
                                throw new IllegalStateException("The plain app answered " + response.statusCode());
                            }
                        }));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            return new Sample((ready - app.startedAt) / 1e6, rssReady, app.rssKilobytes());
        }
    }
}
