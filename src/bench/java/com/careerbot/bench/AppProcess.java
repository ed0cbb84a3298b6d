package com.careerbot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** An application under measurement, in its own JVM: when it became ready, its CPU time, its resident memory. */
final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    final long startedAt;

    private AppProcess(Process process, long startedAt) {
        this.process = process;
        this.startedAt = startedAt;
    }

    static AppProcess start(List<String> command, Path log) throws IOException {
        long startedAt = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new AppProcess(process, startedAt);
    }

    /** Polls the request until it answers 200; returns when, in nanoTime. */
    long awaitHttp(HttpRequest request, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue());
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("The application did not answer within " + timeout);
    }

    static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static CompletableFuture<HttpResponse<Void>> sendAsync(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    /** User plus system CPU time of the process so far. */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    /** CPU ticks (user + system) per thread name, from /proc: tells JIT, GC and application threads apart. */
    java.util.Map<String, Long> threadTicks() throws IOException {
        java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + process.pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[-#]?\\d+$", "");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException gone) {
                    // The thread ended meanwhile.
                }
            }
        }
        return ticks;
    }

    /** Resident set size, from /proc. */
    long rssKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("No VmRSS for process " + process.pid());
    }

    /**
     * What jcmd says of the running JVM, e.g. {@code VM.native_memory summary} (started with
     * {@code -XX:NativeMemoryTracking=summary}) or {@code GC.class_histogram}.
     */
    String jcmd(String... command) throws IOException, InterruptedException {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                Layout.jdkTool("jcmd"), String.valueOf(process.pid())));
        arguments.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String summary = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return summary;
    }

    /** Stops the app with SIGTERM, and waits for its JVM to exit: a training run writes its archive meanwhile. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
