package com.careerbot.telegram;

import java.time.Duration;

import org.slf4j.Logger;

/** Logs a run of failures of one activity once, with its reason, and once more when it ends. */
final class FailureStreak {

    private final Logger log;
    private final String activity;
    private int failures;
    private long startedAt;

    FailureStreak(Logger log, String activity) {
        this.log = log;
        this.activity = activity;
    }

    synchronized void failed(String reason) {
        if (failures++ == 0) {
            startedAt = System.nanoTime();
            log.warn("{} failing: {}. Retrying; this is logged once until it works again.", activity, reason);
        } else {
            log.debug("{} still failing ({} times): {}", activity, failures, reason);
        }
    }

    synchronized void succeeded() {
        if (failures > 0) {
            log.info("{} working again after {} failures over {} s", activity, failures,
                    Duration.ofNanos(System.nanoTime() - startedAt).toSeconds());
            failures = 0;
        }
    }

    synchronized int failures() {
        return failures;
    }
}
