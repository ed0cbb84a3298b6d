package com.careerbot.web;

/** A request the API declines; the message says what to fix and becomes the problem's detail. */
class InvalidRequestException extends RuntimeException {

    InvalidRequestException(String message) {
        super(message);
    }
}
