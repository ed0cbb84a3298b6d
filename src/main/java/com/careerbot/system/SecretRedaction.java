package com.careerbot.system;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for the logs. The bot token is part of every Bot API URL, so a URL, an exception
 * or a library's debug line may carry it: known secrets are masked wherever they appear, and so is anything shaped
 * like a bot token or a {@code /bot<token>/} path.
 */
public final class SecretRedaction {

    static final String MASK = "<secret>";
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\b\\d{5,15}:[A-Za-z0-9_-]{30,}");
    /** Up to a quote or a backslash too: in a JSON log line, the path ends there. */
    private static final Pattern BOT_PATH = Pattern.compile("/bot[^/\\s?#\"\\\\]+");
    private static final Set<String> SECRETS = new CopyOnWriteArraySet<>();

    private SecretRedaction() {
    }

    /** Masks this value in every log line from now on. Values shorter than 6 characters are ignored. */
    public static void register(String secret) {
        if (secret != null && secret.strip().length() >= 6) {
            SECRETS.add(secret.strip());
        }
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = text;
        for (String secret : SECRETS) {
            if (redacted.contains(secret)) {
                redacted = redacted.replace(secret, MASK);
            }
        }
        redacted = TOKEN_SHAPE.matcher(redacted).replaceAll(MASK);
        return BOT_PATH.matcher(redacted).replaceAll("/bot" + MASK);
    }
}
