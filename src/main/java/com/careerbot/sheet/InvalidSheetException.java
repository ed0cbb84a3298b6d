package com.careerbot.sheet;

/** A job sheet file that cannot be served; the message names the file, the section and the field. */
public class InvalidSheetException extends RuntimeException {

    public InvalidSheetException(String message) {
        super(message);
    }

    public InvalidSheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
