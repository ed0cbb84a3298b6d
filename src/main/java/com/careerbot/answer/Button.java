package com.careerbot.answer;

import java.nio.charset.StandardCharsets;

/**
 * A suggested next step: the label a user taps and the payload the bot receives back.
 *
 * @param payload at most {@value #MAX_PAYLOAD_BYTES} bytes, Telegram's limit for callback data
 */
public record Button(String label, String payload) {

    public static final int MAX_PAYLOAD_BYTES = 64;

    public Button {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A button needs a label");
        }
        if (payload == null || payload.isEmpty() || payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("A button payload must hold 1 to " + MAX_PAYLOAD_BYTES + " bytes: " + payload);
        }
    }
}
