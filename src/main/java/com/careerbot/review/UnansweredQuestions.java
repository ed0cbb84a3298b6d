package com.careerbot.review;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.careerbot.conversation.Inbound;
import com.careerbot.conversation.Input;
import com.careerbot.conversation.Outcome;
import com.careerbot.conversation.TurnListener;
import com.careerbot.nlu.Intent;
import com.careerbot.nlu.IntentScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps, when {@link ReviewProperties#enabled()}, the text of messages that got the out-of-scope reply, the
 * clarification or "the sheet doesn't say": redacted first, with the day but no time and no chat, at most
 * {@link ReviewProperties#dailyCap()} a day, erased after {@link ReviewProperties#retention()}.
 */
@Component
public class UnansweredQuestions implements TurnListener {

    static final Set<Outcome.Kind> UNANSWERED = EnumSet.of(Outcome.Kind.OUT_OF_SCOPE, Outcome.Kind.CLARIFICATION,
            Outcome.Kind.UNCOVERED);

    private static final Logger log = LoggerFactory.getLogger(UnansweredQuestions.class);

    private final JdbcClient jdbc;
    private final ReviewProperties properties;
    private final Clock clock;

    UnansweredQuestions(JdbcClient jdbc, ReviewProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void turnHandled(Inbound inbound, Outcome outcome, Duration duration) {
        if (properties.enabled() && UNANSWERED.contains(outcome.kind()) && inbound.input() instanceof Input.Text text) {
            try {
                keep(outcome, Redaction.redact(text.text()));
            } catch (DataAccessException e) {
                log.warn("An unanswered question could not be kept for review: {}", e.toString());
            }
        }
    }

    private void keep(Outcome outcome, String text) {
        LocalDate today = LocalDate.now(clock);
        // Counted, then written: instances racing may keep a few more than the cap, never many.
        long kept = jdbc.sql("SELECT COUNT(*) FROM review_question WHERE asked_on = ?").param(Date.valueOf(today))
                .query(Long.class).single();
        if (kept >= properties.dailyCap()) {
            return;
        }
        List<IntentScore> top = outcome.classification().map(classification -> classification.top(2)).orElse(List.of());
        jdbc.sql("INSERT INTO review_question (asked_on, language, outcome, intent_1, confidence_1, intent_2, "
                        + "confidence_2, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Date.valueOf(today), outcome.language().code(), outcome.kind().name().toLowerCase(Locale.ROOT),
                        top.size() > 0 ? top.get(0).intent().wireName() : null,
                        top.size() > 0 ? top.get(0).confidence() : null,
                        top.size() > 1 ? top.get(1).intent().wireName() : null,
                        top.size() > 1 ? top.get(1).confidence() : null, text)
                .update();
    }

    /** Erases what is older than the retention; kept messages go even after the review is turned off. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    public void eraseExpired() {
        try {
            int erased = jdbc.sql("DELETE FROM review_question WHERE asked_on < ?")
                    .param(Date.valueOf(LocalDate.now(clock).minusDays(properties.retention().toDays()))).update();
            if (erased > 0) {
                log.info("{} unanswered questions erased from the review, older than {} days", erased,
                        properties.retention().toDays());
            }
        } catch (DataAccessException e) {
            log.warn("Unanswered questions past their retention could not be erased, tried again in an hour: {}",
                    e.toString());
        }
    }

    /** Every kept message, oldest first. */
    List<Unanswered> all() {
        return jdbc.sql("SELECT language, outcome, intent_1, confidence_1, intent_2, confidence_2, message "
                        + "FROM review_question ORDER BY id")
                .query((rs, row) -> {
                    List<IntentScore> top = new ArrayList<>();
                    for (int i : new int[] {3, 5}) {
                        // An intent renamed since is left out rather than failing the export.
                        double confidence = rs.getDouble(i + 1);
                        Intent.fromWireName(String.valueOf(rs.getString(i)))
                                .ifPresent(intent -> top.add(new IntentScore(intent, confidence)));
                    }
                    return new Unanswered(rs.getString(1), rs.getString(2), top, rs.getString(7));
                }).list();
    }
}
