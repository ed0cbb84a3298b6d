package com.careerbot.telegram;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application in a separate JVM, as it runs in production, so that a test can kill it with SIGKILL. Its classpath
 * is the test's without the test classes.
 */
final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildApplication(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildApplication start(Path log, String... arguments) throws IOException {
        return start(log, List.of(), arguments);
    }

    /** @param jvmOptions added to the command that starts the JVM, before the main class */
    static ChildApplication start(Path log, List<String> jvmOptions, String... arguments) throws IOException {
        String classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "com.careerbot.CareerBotApplication"));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ChildApplication(process, log);
    }

    /** Like {@code kill -9}: no shutdown hook, no graceful stop. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** The log so far, even while the app writes it (a character cut in half is replaced, not an error). */
    String logText() throws IOException {
        return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
