package com.careerbot.telegram;

/** Another worker handled the update first; thrown inside the turn's transaction to roll it back. */
class AlreadyHandledException extends RuntimeException {

    AlreadyHandledException(long updateId) {
        super("Update " + updateId + " was already handled", null, false, false);
    }
}
