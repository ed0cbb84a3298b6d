package com.careerbot.telegram.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import com.careerbot.system.DatabaseTroubleLog;
import com.careerbot.telegram.TelegramProperties;
import com.careerbot.telegram.TelegramSwitch;
import com.careerbot.telegram.UpdateIntake;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /telegram/webhook}: accepts an update only with the right secret header (compared in constant time),
 * stores it in the inbox and answers 200 at once; the update is handled right after. While the database is down it
 * answers 503, so that Telegram delivers the update again later. Unless the channel runs in webhook mode, the address
 * does not exist (404).
 */
@RestController
class WebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Telegram's updates are a few kilobytes; anything far larger is not one. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final DatabaseTroubleLog trouble = new DatabaseTroubleLog(LoggerFactory.getLogger(WebhookController.class));
    private final Optional<UpdateIntake> intake;
    private final byte[] secret;

    WebhookController(TelegramSwitch telegram, TelegramProperties properties) {
        this.intake = telegram.webhookIntake();
        // Webhook mode does not start without a secret (TelegramConfiguration).
        this.secret = intake.isPresent() ? properties.webhookSecret().getBytes(StandardCharsets.UTF_8) : new byte[0];
    }

    /** The body is read only once the sender has shown the secret, and never beyond the largest update. */
    @PostMapping("/telegram/webhook")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String givenSecret,
                                 InputStream bodyStream) throws IOException {
        if (intake.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (givenSecret == null || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        byte[] body = bodyStream.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length == 0 || body.length > MAX_BODY_BYTES) {
            return ResponseEntity.badRequest().build();
        }
        try {
            return switch (intake.get().acceptJson(new String(body, StandardCharsets.UTF_8))) {
                case ACCEPTED, DUPLICATE -> ResponseEntity.ok().build();
                case INVALID -> ResponseEntity.badRequest().build();
            };
        } catch (DataAccessException | TransactionException e) {
            trouble.warn("Webhook answered 503, Telegram delivers the update again later", e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
    }
}
