package com.careerbot.answer;

import java.util.List;

/**
 * One message of the bot.
 *
 * @param html           Telegram HTML: only {@code <b>}, {@code <i>} tags, user and sheet text escaped
 * @param buttons        suggested follow-ups, in display order
 * @param replacesOrigin whether this text replaces the message whose button was pressed (and removes its buttons)
 *                       instead of being sent as a new message
 * @param sources        the job sheet sections and items ({@code section.item}) the reply's facts come from
 */
public record Reply(String html, List<Button> buttons, boolean replacesOrigin, List<String> sources) {

    /** Telegram's limit for one message. */
    public static final int MAX_LENGTH = 4096;

    public Reply {
        if (html == null || html.isBlank() || html.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A reply must hold 1 to " + MAX_LENGTH + " characters");
        }
        buttons = List.copyOf(buttons);
        sources = List.copyOf(sources);
    }

    public static Reply of(String html, List<Button> buttons) {
        return new Reply(html, buttons, false, List.of());
    }

    public static Reply text(String html) {
        return of(html, List.of());
    }

    /** This reply opened by a short line of the bot's own (a greeting in reply to one). */
    public Reply after(String preambleHtml) {
        return new Reply(preambleHtml + "\n\n" + html, buttons, replacesOrigin, sources);
    }

    public Reply replacingOrigin() {
        return new Reply(html, buttons, true, sources);
    }
}
