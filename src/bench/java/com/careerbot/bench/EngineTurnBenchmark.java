package com.careerbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.careerbot.CareerBotApplication;
import com.careerbot.conversation.ChatId;
import com.careerbot.conversation.ConversationEngine;
import com.careerbot.conversation.Inbound;
import com.careerbot.conversation.Outcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A full turn of the conversation engine: reading the chat's state (row lock), classification, answer composition,
 * writing the state back, on the default embedded H2 file database with durable commits.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineTurnBenchmark {

    private static final int CHATS = 1000;

    private ConfigurableApplicationContext context;
    private ConversationEngine engine;
    private int next;

    @Setup(Level.Trial)
    public void start() throws Exception {
        Path data = Files.createTempDirectory("careerbot-jmh");
        context = new SpringApplicationBuilder(CareerBotApplication.class).web(WebApplicationType.NONE)
                .run("--careerbot.data-directory=" + data,
                        "--logging.level.root=warn");
        engine = context.getBean(ConversationEngine.class);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public Outcome turn() {
        int i = next++;
        return engine.handle(Inbound.text(new ChatId("bench:" + (i % CHATS)),
                ClassificationBenchmark.MESSAGES[i % ClassificationBenchmark.MESSAGES.length]));
    }
}
