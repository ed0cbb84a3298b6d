package com.careerbot.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import com.careerbot.bench.plain.PlainApplication;
import org.springframework.util.FileSystemUtils;

/**
 * How the measured applications are laid out and started: the packaged CareerBot jar extracted the way Spring Boot
 * recommends for production (an application jar plus {@code lib/}, which class data sharing needs), and the plain
 * yardstick app packed next to it, both run the same way.
 */
final class Layout {

    static final Path BENCH = Path.of("target", "bench");
    static final Path APP_DIR = BENCH.resolve("app");
    static final Path PLAIN_JAR = BENCH.resolve("plain.jar");
    private static final Path PLAIN_CLASS = Path.of("target", "test-classes",
            PlainApplication.class.getName().replace('.', '/') + ".class");

    /**
     * Whether the JDK running the benchmark (which runs the measured apps) has the ahead-of-time cache of JDK 25
     * (JEP 483, 514, 515): classes loaded and linked, and method profiles, recorded by a training run. Older JDKs get
     * a class data sharing archive instead.
     */
    static final boolean AOT_CACHE = Runtime.version().feature() >= 25;

    /**
     * JVM flags recommended for production (README): small serial-GC heap, smaller thread stacks, Spring's
     * ahead-of-time processed bean definitions and, on JDK 25, compact object headers (JEP 519); the class data archive
     * or AOT cache comes on top ({@link #command}).
     */
    static final List<String> RECOMMENDED = recommended();

    /**
     * How the JVM records an archive of the app's classes in a training run, is told to use it after, and is made to
     * fail rather than start without it (the benchmark would otherwise measure a start without the archive unawares).
     */
    private record Archive(String extension, String recordFlag, String useFlag, String requireFlag) {
    }

    private static final Archive ARCHIVE = AOT_CACHE
            ? new Archive(".aot", "-XX:AOTCacheOutput=", "-XX:AOTCache=", "-XX:AOTMode=on")
            : new Archive(".jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=", "-Xshare:on");

    enum App { CAREERBOT, PLAIN }

    /**
     * Enough for the training run to load what answering messages over Telegram loads, in both languages. The runs
     * over the REST API ({@code -Dchannel=api}) use the same archive: the classes of that path alone load from the jars.
     */
    private static final int TRAINING_MESSAGES = 300;

    /** {@code -Dtraining=refresh}: archives recorded as Spring Boot suggests, kept apart ({@link #trainArchive}). */
    private static final boolean TRAINING_TO_REFRESH = option("training", "messages", "refresh").equals("refresh");

    private Layout() {
    }

    static void prepare() throws Exception {
        Path jar;
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            jar = jars.filter(path -> path.getFileName().toString().matches("careerbot-.*\\.jar"))
                    .filter(path -> !path.getFileName().toString().endsWith(".original")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Run mvn package first: no target/careerbot-*.jar"));
        }
        Files.createDirectories(BENCH);
        if (olderThan(applicationJar(), jar)) {
            run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
                    APP_DIR.toString()));
        }
        if (olderThan(PLAIN_JAR, applicationJar()) || olderThan(PLAIN_JAR, PLAIN_CLASS)) {
            packPlainApp();
        }
        for (App app : App.values()) {
            // An archive only works with the very jars it was recorded from: the JVM refuses it once a jar has changed.
            if (olderThan(archive(app), applicationJar()) || app == App.PLAIN && olderThan(archive(app), PLAIN_JAR)) {
                trainArchive(app);
            }
        }
    }

    /** Whether {@code file} is missing or was written before {@code than}. */
    private static boolean olderThan(Path file, Path than) throws IOException {
        return !Files.exists(file) || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) < 0;
    }

    /**
     * The command that starts an app in a measured run, with the given JVM flags (and its class data archive when
     * recommended), and CareerBot on the PostgreSQL database {@code -Ddatasource=...} names if given, e.g.
     * {@code jdbc:postgresql://127.0.0.1:5432/careerbot_bench?user=postgres}, instead of the embedded default.
     */
    static List<String> command(App app, boolean recommended, List<String> arguments) {
        List<String> jvmFlags = recommended
                ? recommendedWith(ARCHIVE.useFlag() + archive(app), ARCHIVE.requireFlag()) : new ArrayList<>();
        jvmFlags.addAll(extraJvmArgs());
        List<String> allArguments = new ArrayList<>(arguments);
        String datasource = System.getProperty("datasource");
        if (datasource != null && !datasource.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("-Ddatasource must name a PostgreSQL database (jdbc:postgresql:...), not "
                    + datasource);
        }
        if (app == App.CAREERBOT && datasource != null) {
            // A schema of its own for each run, as each embedded run has a folder of its own: the stand-in numbers its
            // updates from 1, and a database that has seen those numbers takes them for repeats.
            String schema = "careerbot_bench_" + System.currentTimeMillis();
            allArguments.add("--spring.datasource.url=" + datasource + (datasource.contains("?") ? "&" : "?")
                    + "currentSchema=" + schema);
            allArguments.add("--spring.flyway.default-schema=" + schema);
        }
        return command(jvmFlags, app, allArguments);
    }

    /** Training runs leave out {@link #extraJvmArgs} and {@code -Ddatasource}: an archive serves every measured run. */
    private static List<String> command(List<String> jvmFlags, App app, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmFlags);
        command.addAll(launch(app));
        command.addAll(arguments);
        return command;
    }

    private static List<String> recommendedWith(String... flags) {
        List<String> all = new ArrayList<>(RECOMMENDED);
        all.addAll(List.of(flags));
        return all;
    }

    /** A benchmark option: the system property's value, the first of {@code values} if unset; fails on any other. */
    static String option(String name, String... values) {
        String value = System.getProperty(name, values[0]);
        if (!List.of(values).contains(value)) {
            throw new IllegalArgumentException("-D" + name + " must be one of " + List.of(values) + ", not " + value);
        }
        return value;
    }

    /** {@code -DjvmArgs="..."} adds flags to the measured app, e.g. to record a flight recording. */
    private static List<String> extraJvmArgs() {
        String extra = System.getProperty("jvmArgs", "").strip();
        return extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
    }

    static String java() {
        return jdkTool("java");
    }

    /** A command of the JDK running the benchmark, which also runs the measured apps. */
    static String jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static List<String> launch(App app) {
        return app == App.CAREERBOT ? List.of("-jar", applicationJar().toString())
                : List.of("-cp", PLAIN_JAR + File.pathSeparator + applicationJar(), PlainApplication.class.getName());
    }

    /** Named after the JDK too, whose archives only that JDK reads: another JDK records its own. */
    static Path archive(App app) {
        return BENCH.resolve(app.name().toLowerCase() + (TRAINING_TO_REFRESH ? "-refresh" : "") + "-java-"
                + Runtime.version() + ARCHIVE.extension());
    }

    private static Path applicationJar() {
        try (Stream<Path> files = Files.exists(APP_DIR) ? Files.list(APP_DIR) : Stream.empty()) {
            return files.filter(path -> path.toString().endsWith(".jar")).findFirst()
                    .orElse(APP_DIR.resolve("careerbot.jar"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A class data sharing archive or AOT cache, recorded by a training run that does what the measured runs do: start,
     * get ready, answer {@link #TRAINING_MESSAGES} messages, and stop on SIGTERM, when the JVM writes the archive.
     * CareerBot trains configured as it runs, with a bot token, against a stand-in. With {@code -Dtraining=refresh}, the
     * run stops as soon as the context is refreshed ({@code -Dspring.context.exit=onRefresh}, Spring Boot's suggestion):
     * that leaves out what the web server's start, the first polls and the first messages load (docs/benchmarks.md,
     * session 8).
     */
    private static void trainArchive(App app) throws Exception {
        Files.deleteIfExists(archive(app));
        try {
            record(app);
        } catch (Exception failed) {
            // Perhaps written in part: the next run must record it again, not take it for a finished one.
            try {
                Files.deleteIfExists(archive(app));
            } catch (IOException notDeleted) {
                failed.addSuppressed(notDeleted);
            }
            throw failed;
        }
        if (!Files.exists(archive(app))) {
            throw new IllegalStateException("The training run wrote no " + archive(app) + ": see target/bench/prepare.log"
                    + " or the app.log of the newest startup-* folder there");
        }
    }

    private static void record(App app) throws Exception {
        String record = ARCHIVE.recordFlag() + archive(app);
        if (TRAINING_TO_REFRESH) {
            List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:cds",
                    "--server.port=0"));
            if (app == App.CAREERBOT) {
                arguments.addAll(List.of("--careerbot.telegram.token=" + BotApiStandIn.TOKEN,
                        "--careerbot.telegram.api-url=http://127.0.0.1:9"));
            }
            run(command(recommendedWith(record, "-Dspring.context.exit=onRefresh"), app, arguments));
        } else if (app == App.CAREERBOT) {
            Workload.careerBot(arguments -> command(recommendedWith(record), app, arguments), TRAINING_MESSAGES);
        } else {
            Workload.plain(arguments -> command(recommendedWith(record), app, arguments), TRAINING_MESSAGES);
        }
    }

    private static List<String> recommended() {
        List<String> flags = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx128m", "-Xss512k",
                "-XX:MaxMetaspaceSize=128m", "-Dspring.aot.enabled=true"));
        if (AOT_CACHE) {
            flags.add("-XX:+UseCompactObjectHeaders");
        }
        return List.copyOf(flags);
    }

    /**
     * Packs the plain app, processed ahead of time as CareerBot's build processes CareerBot (spring-boot-maven-plugin's
     * {@code process-aot}), so that both run with the same recommended flags.
     */
    private static void packPlainApp() throws IOException, InterruptedException {
        Path classes = Path.of("target", "test-classes");
        Tree plainClasses = new Tree(classes, classes.resolve("com/careerbot/bench/plain"));
        Path aot = BENCH.resolve("plain-aot");
        FileSystemUtils.deleteRecursively(aot);
        Files.deleteIfExists(PLAIN_JAR);
        // The processing reads the app from a jar of its own: plain.jar exists only once complete.
        Path unprocessed = aot.resolve("unprocessed.jar");
        Files.createDirectories(aot);
        pack(unprocessed, List.of(plainClasses));
        String classpath = unprocessed + File.pathSeparator + applicationJar();
        run(List.of(java(), "-cp", classpath, "org.springframework.boot.SpringApplicationAotProcessor",
                PlainApplication.class.getName(), aot.resolve("sources").toString(), aot.resolve("resources").toString(),
                aot.resolve("classes").toString(), "com.careerbot", "plain"));
        List<String> compile = new ArrayList<>(List.of(jdkTool("javac"), "-nowarn", "--release", "17", "-cp", classpath,
                "-d", aot.resolve("classes").toString()));
        try (Stream<Path> sources = Files.walk(aot.resolve("sources"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> compile.add(path.toString()));
        }
        run(compile);
        pack(PLAIN_JAR, List.of(plainClasses, new Tree(aot.resolve("classes"), aot.resolve("classes")),
                new Tree(aot.resolve("resources"), aot.resolve("resources"))));
    }

    /** Files under {@code from}, named in the jar by their path relative to {@code root}. */
    private record Tree(Path root, Path from) {
    }

    private static void pack(Path target, List<Tree> trees) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file)) {
            for (Tree tree : trees) {
                if (!Files.exists(tree.from())) {
                    continue;
                }
                try (Stream<Path> paths = Files.walk(tree.from())) {
                    for (Path path : paths.filter(Files::isRegularFile).toList()) {
                        jar.putNextEntry(new JarEntry(tree.root().relativize(path).toString().replace('\\', '/')));
                        jar.write(Files.readAllBytes(path));
                        jar.closeEntry();
                    }
                }
            }
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(BENCH.resolve("prepare.log").toFile())).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed (see target/bench/prepare.log): " + command);
        }
    }
}
