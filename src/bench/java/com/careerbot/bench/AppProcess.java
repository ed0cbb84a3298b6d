package com.careerbot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** An application under measurement, in its own JVM: when it became ready, its CPU time, its resident memory. */
final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final boolean tracksNativeMemory;
    final long startedAt;

    private AppProcess(Process process, boolean tracksNativeMemory, long startedAt) {
        this.process = process;
        this.tracksNativeMemory = tracksNativeMemory;
        this.startedAt = startedAt;
    }

    static AppProcess start(List<String> command, Path log) throws IOException {
        long startedAt = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        boolean tracksNativeMemory = command.stream().anyMatch(flag -> flag.startsWith("-XX:NativeMemoryTracking=")
                && !flag.endsWith("=off"));
        return new AppProcess(process, tracksNativeMemory, startedAt);
    }

    /** Polls the request until it answers 200; returns when, in nanoTime. */
    long awaitHttp(HttpRequest request, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            requireAlive();
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

    void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The application exited with " + process.exitValue());
        }
    }

    static HttpRequest get(String url) {
        return request(url).build();
    }

    static HttpRequest post(String url, String json) {
        return request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    // A timeout on every request: an app that takes connections and never answers fails the run instead of hanging it.
    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    static CompletableFuture<HttpResponse<Void>> sendAsync(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    /** User plus system CPU time of the process so far. */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    /** CPU ticks (user + system) per thread name, from /proc: tells JIT, GC and application threads apart. */
    Map<String, Long> threadTicks() throws IOException {
        Map<String, Long> ticks = new TreeMap<>();
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
     * Where the memory goes, written to {@code file} when the app was started with native memory tracking
     * ({@code -XX:NativeMemoryTracking=summary}): resident memory by mapping, native memory by area, the heap, the
     * classes of its objects.
     */
    void reportMemory(Path file) throws IOException, InterruptedException {
        if (tracksNativeMemory) {
            // Read first: the class histogram collects the heap.
            String resident = residentByMapping();
            Files.writeString(file, resident + jcmd("VM.native_memory", "summary") + jcmd("GC.heap_info")
                    + jcmd("GC.class_histogram"));
        }
    }

    /**
     * Resident memory summed by what is mapped, largest first: the class data archives and libraries by file, malloc's
     * main arena as {@code [heap]}, and the anonymous mappings together (Java heap, JIT code, thread stacks, other native
     * allocations), which the native memory summary splits.
     */
    private String residentByMapping() throws IOException {
        Map<String, Long> kilobytes = new HashMap<>();
        String mapping = null;
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/smaps"))) {
            String[] fields = line.trim().split("\\s+", 6);
            if (fields[0].matches("[0-9a-f]+-[0-9a-f]+")) {
                mapping = fields.length == 6 ? fields[5] : "anonymous";
            } else if (fields[0].equals("Rss:")) {
                kilobytes.merge(mapping, Long.parseLong(fields[1]), Long::sum);
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Resident memory by mapping: %d kB%n",
                kilobytes.values().stream().mapToLong(Long::longValue).sum()));
        kilobytes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(entry -> entry.getValue() >= 1024)
                .forEach(entry -> report.append(String.format(Locale.ROOT, "%10d kB  %s%n",
                        entry.getValue(), entry.getKey())));
        return report.append(System.lineSeparator()).toString();
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(
                Layout.jdkTool("jcmd"), String.valueOf(process.pid())));
        arguments.addAll(List.of(command));
        // Into a file rather than a pipe, so that the wait, not a read, is what a hung jcmd runs into.
        Path output = Files.createTempFile(Layout.BENCH.toAbsolutePath(), "jcmd-", ".txt");
        try {
            Process jcmd = new ProcessBuilder(arguments).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean exited = jcmd.waitFor(30, TimeUnit.SECONDS);
            if (!exited) {
                jcmd.destroyForcibly();
            }
            String summary = Files.readString(output, StandardCharsets.UTF_8);
            if (!exited || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + summary);
            }
            return summary;
        } finally {
            Files.delete(output);
        }
    }

    /**
     * Stops the app with SIGTERM, and waits for its JVM to exit: a training run writes its archive meanwhile. Fails if
     * the app had to be killed, since an archive it was writing is then incomplete (a measured run's figures are then
     * lost too: an app that does not stop within a minute is a fault worth a failed run).
     */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("The application did not stop within 60 s of SIGTERM and was killed");
        }
    }
}
