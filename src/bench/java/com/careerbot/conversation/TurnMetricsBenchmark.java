package com.careerbot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.careerbot.nlu.Classification;
import com.careerbot.nlu.Intent;
import com.careerbot.nlu.IntentScore;
import com.careerbot.sheet.Language;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the metrics add to a turn: {@link TurnMetrics} recording one turn (an update, a turn by intent, language and
 * outcome, its duration in a histogram, its milestones) in a Prometheus registry, as the engine calls it after each
 * turn. Run with {@code EngineTurnBenchmark} in the same invocation to read it as a share of a turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TurnMetricsBenchmark {

    private static final Intent[] INTENTS = {Intent.SALARY, Intent.STUDIES, Intent.SKILLS, Intent.MYTHS,
            Intent.OUT_OF_SCOPE, Intent.OUTLOOK, Intent.PROS_CONS};

    private TurnMetrics metrics;
    private Inbound[] inbounds;
    private Outcome[] outcomes;
    private int next;

    @Setup
    public void record() {
        metrics = new TurnMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        outcomes = new Outcome[INTENTS.length * 2];
        inbounds = new Inbound[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            Intent intent = INTENTS[i % INTENTS.length];
            Language language = i < INTENTS.length ? Language.FR : Language.EN;
            Classification classification = new Classification(intent, 0.8, List.of(new IntentScore(intent, 0.8),
                    new IntentScore(Intent.GREETING, 0.1)));
            Outcome.Kind kind = intent == Intent.OUT_OF_SCOPE ? Outcome.Kind.OUT_OF_SCOPE : Outcome.Kind.SECTION;
            outcomes[i] = new Outcome(language, Optional.of(classification), kind, Optional.of(intent),
                    Optional.empty(), List.of(), Set.of());
            inbounds[i] = Inbound.text(ChatId.of("telegram", String.valueOf(i)), "a question");
        }
    }

    @Benchmark
    public void recordATurn() {
        int i = next++ % outcomes.length;
        metrics.turnHandled(inbounds[i], outcomes[i], Duration.ofNanos(140_000 + i));
    }
}
