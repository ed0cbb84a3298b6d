package com.careerbot.bench;

import java.net.URI;
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
        try (BotApiStandIn telegram = new BotApiStandIn(false)) {
            List<String> arguments = LoadBenchmark.arguments(telegram, work, false);
            String port = arguments.stream().filter(argument -> argument.startsWith("--server.port="))
                    .map(argument -> argument.substring("--server.port=".length())).findFirst().orElseThrow();
            try (AppProcess app = AppProcess.start(command.apply(arguments), work.resolve("app.log"))) {
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

    /** Ready once its API answers; then answers messages of 200 chats over its REST API, the Telegram channel off. */
    static Sample careerBotOverApi(UnaryOperator<List<String>> command, int messages) throws Exception {
        Path work = Files.createTempDirectory(Layout.BENCH.toAbsolutePath(), "startup-api-");
        int port = LoadBenchmark.freePort();
        List<String> arguments = new ArrayList<>(List.of("--careerbot.data-directory=" + work, "--server.port=" + port));
        String datasource = System.getProperty("datasource");
        if (datasource != null) {
            arguments.add("--spring.datasource.url=" + datasource);
        }
        try (AppProcess app = AppProcess.start(command.apply(arguments), work.resolve("app.log"))) {
            long ready = app.awaitHttp(AppProcess.post("http://127.0.0.1:" + port + "/api/parse",
                    "{\"text\":\"bonjour\"}"), Duration.ofMinutes(1));
            long rssReady = app.rssKilobytes();
            serve(messages, i -> AppProcess.post("http://127.0.0.1:" + port + "/api/chat",
                    "{\"chatId\":\"" + (1 + i % 200) + "\",\"text\":\"combien gagne un dev back ?\"}"));
            return new Sample((ready - app.startedAt) / 1e6, rssReady, app.rssKilobytes());
        }
    }

    /** Ready once it answers HTTP; then serves as many JSON requests that query its database. */
    static Sample plain(UnaryOperator<List<String>> command, int messages) throws Exception {
        Path work = Files.createTempDirectory(Layout.BENCH.toAbsolutePath(), "startup-plain-");
        int port = LoadBenchmark.freePort();
        List<String> arguments = List.of("--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("plain") + ";WRITE_DELAY=0");
        try (AppProcess app = AppProcess.start(command.apply(arguments), work.resolve("app.log"))) {
            long ready = app.awaitHttp(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping"))
                    .build(), Duration.ofMinutes(1));
            long rssReady = app.rssKilobytes();
            HttpRequest echo = AppProcess.post("http://127.0.0.1:" + port + "/echo",
                    "{\"text\":\"combien gagne un dev back ?\"}");
            serve(messages, i -> echo);
            return new Sample((ready - app.startedAt) / 1e6, rssReady, app.rssKilobytes());
        }
    }

    /** Sends {@code count} requests, 16 at a time; fails unless each is answered 200. */
    private static void serve(int count, IntFunction<HttpRequest> request) throws InterruptedException {
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
