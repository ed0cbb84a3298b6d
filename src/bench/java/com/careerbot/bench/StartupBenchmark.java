package com.careerbot.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.careerbot.bench.Layout.App;
import com.careerbot.bench.Workload.Sample;

/**
 * Startup and memory of CareerBot against the plain Spring Boot app with the same starters, in the same run and
 * alternating, so that the ratios hold on a noisy machine: time to ready, resident memory once ready and after
 * {@code messages} messages, with the default JVM flags and with the recommended ones. Reports medians of
 * {@code runs} runs of each.
 *
 * <p>Run: {@code mvn -q -Pbench package -DskipTests exec:java@startup -Druns=5 -Dmessages=10000}. With
 * {@code -Dchannel=api}, CareerBot runs without a bot token and gets its messages over its REST API, the way the plain
 * app gets its requests: the difference from the default run is what the Telegram channel costs. With
 * {@code -Dflags=recommended} (or {@code default}), only the runs with those JVM flags.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 5);
        int messages = Integer.getInteger("messages", 10_000);
        boolean overApi = Layout.option("channel", "telegram", "api").equals("api");
        String onlyFlags = Layout.option("flags", "both", "recommended", "default");
        Layout.prepare();
        StringBuilder report = new StringBuilder();
        for (boolean recommended : new boolean[] {false, true}) {
            if (!onlyFlags.equals("both") && !onlyFlags.equals(flags(recommended))) {
                continue;
            }
            Map<App, List<Sample>> samples = new EnumMap<>(App.class);
            for (int run = 0; run < runs; run++) {
                for (App app : App.values()) {
                    UnaryOperator<List<String>> command = arguments -> Layout.command(app, recommended, arguments);
                    Sample sample = app == App.PLAIN ? Workload.plain(command, messages)
                            : overApi ? Workload.careerBotOverApi(command, messages)
                            : Workload.careerBot(command, messages);
                    System.out.printf(Locale.ROOT, "%s, %s flags, run %d: %s%n", app, flags(recommended), run + 1, sample);
                    samples.computeIfAbsent(app, key -> new ArrayList<>()).add(sample);
                }
            }
            report.append(describe(recommended, runs, messages, overApi, samples));
        }
        System.out.print(report);
        Files.writeString(Layout.BENCH.resolve("startup.txt"), report);
    }

    private static String describe(boolean recommended, int runs, int messages, boolean overApi,
                                   Map<App, List<Sample>> samples) {
        double[] careerBot = medians(samples.get(App.CAREERBOT));
        double[] plain = medians(samples.get(App.PLAIN));
        return String.format(Locale.ROOT, "%s JVM flags, Java %s, medians of %d runs (%d messages%s):%n"
                        + "  ready:              CareerBot %6.0f ms, plain app %6.0f ms, ratio %.2f%n"
                        + "  RSS once ready:     CareerBot %6.0f MB, plain app %6.0f MB, ratio %.2f%n"
                        + "  RSS after messages: CareerBot %6.0f MB, plain app %6.0f MB, ratio %.2f%n",
                flags(recommended), Runtime.version().feature(), runs, messages,
                overApi ? ", CareerBot over its REST API, no Telegram channel" : "",
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
}
