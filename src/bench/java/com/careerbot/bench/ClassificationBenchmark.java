package com.careerbot.bench;

import java.util.concurrent.TimeUnit;

import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.nlu.NluProperties;
import com.careerbot.nlu.Understanding;
import com.careerbot.sheet.Language;
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

/** Normalisation, language detection and intent classification of one message. */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassificationBenchmark {

    static final String[] MESSAGES = {"combien gagne un dev back ?", "how much does a backend developer earn?",
            "c'est quoi les idées reçues sur ce métier", "quelles études faut il faire pour devenir développeur backend",
            "salaire junior", "pay junior", "is it good for the planet?", "jsuis nul en maths, c bon qd mm ?",
            "what skills do I need", "merci beaucoup", "et pour un senior ?", "where can a backend dev work?"};

    private MessageUnderstanding understanding;
    private int next;

    @Setup
    public void load() {
        understanding = MessageUnderstanding.load(NluProperties.defaults());
    }

    @Benchmark
    public Understanding understand() {
        return understanding.understand(MESSAGES[next++ % MESSAGES.length], Language.FR);
    }
}
