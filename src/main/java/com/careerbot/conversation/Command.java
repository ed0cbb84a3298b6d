package com.careerbot.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slash command typed in a message: {@code /start quiz}, {@code /language@CareerBot en}.
 *
 * @param argument the text after the command, possibly empty
 */
record Command(String name, String argument) {

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]{1,64})?(?:\\s+(.*))?$",
            Pattern.DOTALL);

    static Optional<Command> parse(String text) {
        Matcher matcher = COMMAND.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String argument = matcher.group(2) == null ? "" : matcher.group(2).strip();
        return Optional.of(new Command(matcher.group(1).toLowerCase(Locale.ROOT), argument));
    }
}
