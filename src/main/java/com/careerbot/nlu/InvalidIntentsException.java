package com.careerbot.nlu;

/** The {@code intents/} folder cannot be trained from; the message names each file and line at fault. */
public class InvalidIntentsException extends RuntimeException {

    public InvalidIntentsException(String message) {
        super(message);
    }
}
