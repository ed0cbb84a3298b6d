package com.careerbot.bench;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * What the startup benchmark does with each app, and what the training run that records an app's class data archive
 * does: start it, wait until it is ready, give it messages, stop it. Each takes the command that starts the app from
 * its program arguments, e.g. {@code arguments -> Layout.command(App.PLAIN, true, arguments)}.
 */
final class Workload {

    record Sample(double readyMillis, long rssReadyKilobytes, long rssAfterKilobytes) {
    }

    private Workload() {
    }

    /** Ready once it has asked Telegram for updates and its API answers; then answers messages over Telegram. */
    static Sample careerBot(UnaryOperator<List<String>> command, int messages) throws Exception {
        Path work = Files.createTempDirectory(Layout.BENCH.toAbsolutePath(), "startup-");
        int port = LoadBenchmark.freePort();
        try (BotApiStandIn telegram = new BotApiStandIn(false);
             AppProcess app = AppProcess.start(command.apply(LoadBenchmark.arguments(telegram, work, port, false)),
                     work.resolve("app.log"))) {
            long apiReady = awaitApi(app, port);
            LoadBenchmark.awaitFirstPoll(telegram, app);
            long ready = Math.max(apiReady, telegram.firstGetUpdatesAt());
            long rssReady = app.rssKilobytes();
            LoadBenchmark.inject(telegram, new long[] {1}, messages, 200, 2000, new HashMap<>());
            LoadBenchmark.awaitAnswers(telegram, messages, Duration.ofMinutes(5));
            return sample(app, ready, rssReady, "startup-memory-careerbot.txt");
        }
    }

    /**
     * Ready once its API answers; then answers the load run's questions for 200 chats over its REST API. The token is
     * set empty so that a {@code TELEGRAM_BOT_TOKEN} in the environment cannot switch the Telegram channel on.
     */
    static Sample careerBotOverApi(UnaryOperator<List<String>> command, int messages) throws Exception {
        Path work = Files.createTempDirectory(Layout.BENCH.toAbsolutePath(), "startup-api-");
        int port = LoadBenchmark.freePort();
        List<String> arguments = List.of("--careerbot.data-directory=" + work, "--server.port=" + port,
                "--careerbot.telegram.token=");
        try (AppProcess app = AppProcess.start(command.apply(arguments), work.resolve("app.log"))) {
            long ready = awaitApi(app, port);
            long rssReady = app.rssKilobytes();
            send(messages, i -> AppProcess.post("http://127.0.0.1:" + port + "/api/chat", "{\"chatId\":\""
                    + (1 + i % 200) + "\",\"text\":\"" + LoadBenchmark.QUESTIONS[i % LoadBenchmark.QUESTIONS.length]
                    + "\"}"));
            return sample(app, ready, rssReady, "startup-memory-careerbot-api.txt");
        }
    }

    /** Ready once it answers HTTP; then serves as many JSON requests that query its database. */
    static Sample plain(UnaryOperator<List<String>> command, int messages) throws Exception {
        Path work = Files.createTempDirectory(Layout.BENCH.toAbsolutePath(), "startup-plain-");
        int port = LoadBenchmark.freePort();
        List<String> arguments = List.of("--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("plain") + ";WRITE_DELAY=0");
        try (AppProcess app = AppProcess.start(command.apply(arguments), work.resolve("app.log"))) {
            long ready = app.awaitHttp(AppProcess.get("http://127.0.0.1:" + port + "/ping"), Duration.ofMinutes(1));
            long rssReady = app.rssKilobytes();
            HttpRequest echo = AppProcess.post("http://127.0.0.1:" + port + "/echo",
                    "{\"text\":\"combien gagne un dev back ?\"}");
            send(messages, i -> echo);
            return sample(app, ready, rssReady, "startup-memory-plain.txt");
        }
    }

    /** When CareerBot's API first understood a message, in nanoTime. */
    private static long awaitApi(AppProcess app, int port) throws InterruptedException {
        return app.awaitHttp(AppProcess.post("http://127.0.0.1:" + port + "/api/parse", "{\"text\":\"bonjour\"}"),
                Duration.ofMinutes(1));
    }

    /** Resident memory read before the memory report, whose class histogram collects the heap. */
    private static Sample sample(AppProcess app, long ready, long rssReady, String memoryReport) throws Exception {
        long rssAfter = app.rssKilobytes();
        app.reportMemory(Layout.BENCH.resolve(memoryReport));
        return new Sample((ready - app.startedAt) / 1e6, rssReady, rssAfter);
    }

    /** Sends {@code count} requests, 16 at a time; fails unless each is answered 200. */
    private static void send(int count, IntFunction<HttpRequest> request) throws InterruptedException {
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<?>> calls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            HttpRequest call = request.apply(i);
            calls.add(AppProcess.sendAsync(call).whenComplete((response, failure) -> inFlight.release())
                    .thenAccept(response -> {
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(call.uri() + " answered " + response.statusCode());
                        }
                    }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
    }
}
