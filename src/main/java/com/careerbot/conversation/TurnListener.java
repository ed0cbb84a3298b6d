package com.careerbot.conversation;

import java.time.Duration;

/**
 * Told of each turn once it is committed, whatever the channel: the metrics, the review of unanswered questions. A
 * listener runs on the turn's thread, so it must be quick; what it throws is logged and does not undo the turn.
 */
public interface TurnListener {

    /** @param duration how long the turn took, database work and retries included */
    void turnHandled(Inbound inbound, Outcome outcome, Duration duration);

    /** The database could not be reached or kept losing races: the turn was not kept. */
    default void turnUnavailable(Inbound inbound) {
    }
}
