package com.careerbot.conversation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The conversation's metrics, for every channel (docs/operations.md). Tags take few values: the channel, the kind of
 * input, the intent, the language, the kind of answer; never a chat id or a text.
 */
final class TurnMetrics implements TurnListener {

    private final MeterRegistry registry;
    private final Map<Outcome.Milestone, Counter> milestones = new EnumMap<>(Outcome.Milestone.class);
    private final Counter unavailable;
    private final Map<String, Timer> durations = new ConcurrentHashMap<>();

    TurnMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Outcome.Milestone milestone : Outcome.Milestone.values()) {
            milestones.put(milestone, milestone == Outcome.Milestone.FORGOTTEN
                    ? Counter.builder("careerbot.forgets").description("Chats that asked /forget").register(registry)
                    : Counter.builder("careerbot.quizzes")
                            .tag("event", milestone.name().substring("QUIZ_".length()).toLowerCase(Locale.ROOT))
                            .description("Quizzes started, completed, cancelled, expired").register(registry));
        }
        this.unavailable = Counter.builder("careerbot.database.errors").tag("operation", "turn")
                .description("Operations that failed because the database was unavailable").register(registry);
    }

    @Override
    public void turnHandled(Inbound inbound, Outcome outcome, Duration duration) {
        String channel = channel(inbound.chat());
        registry.counter("careerbot.updates.received", "channel", channel, "type", type(inbound.input())).increment();
        registry.counter("careerbot.turns", "intent", intent(outcome), "language", outcome.language().code(),
                "outcome", outcome.kind().name().toLowerCase(Locale.ROOT)).increment();
        durations.computeIfAbsent(channel, this::durationTimer).record(duration);
        outcome.milestones().forEach(milestone -> milestones.get(milestone).increment());
    }

    /** A histogram from 0.1 ms to 5 s: a few dozen buckets per channel, which a Grafana heatmap or quantile reads. */
    private Timer durationTimer(String channel) {
        return Timer.builder("careerbot.turn.duration").tag("channel", channel)
                .description("Time to handle a turn, database included")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry);
    }

    @Override
    public void turnUnavailable(Inbound inbound) {
        unavailable.increment();
    }

    /** The answered topic, or the classifier's choice when the bot asked which topic was meant. */
    private static String intent(Outcome outcome) {
        return outcome.answered().or(() -> outcome.classification().map(classification -> classification.intent()))
                .map(intent -> intent.wireName()).orElse("none");
    }

    /** The prefix of the chat id, which the channel chooses ({@code telegram:42}, {@code api:alice}). */
    private static String channel(ChatId chat) {
        int colon = chat.value().indexOf(':');
        return colon > 0 ? chat.value().substring(0, colon) : "other";
    }

    private static String type(Input input) {
        if (input instanceof Input.Text text) {
            return text.text().startsWith("/") ? "command" : "message";
        }
        return input instanceof Input.Press ? "button" : "other";
    }
}
