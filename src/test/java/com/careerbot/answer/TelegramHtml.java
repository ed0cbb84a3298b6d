package com.careerbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Telegram would reject or render wrongly in a message sent with parse mode HTML, as the bot uses it. */
final class TelegramHtml {

    private static final Pattern TAG = Pattern.compile("<(/?)([^>]*)>");
    private static final Pattern ENTITY = Pattern.compile("&(?:lt|gt|amp|quot|#\\d+);");

    private TelegramHtml() {
    }

    /** @return tags other than bare b and i, unbalanced tags, raw {@code <}, {@code >} or {@code &}; empty when none */
    static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        Matcher tags = TAG.matcher(html);
        int bold = 0;
        int italic = 0;
        while (tags.find()) {
            String name = tags.group(2);
            if (!name.equals("b") && !name.equals("i")) {
                problems.add("tag <" + tags.group(1) + name + ">");
            }
            int step = tags.group(1).isEmpty() ? 1 : -1;
            bold += name.equals("b") ? step : 0;
            italic += name.equals("i") ? step : 0;
            if (bold < 0 || italic < 0) {
                problems.add("closing tag without an opening one at " + tags.start());
            }
        }
        if (bold != 0 || italic != 0) {
            problems.add("unbalanced tags");
        }
        String text = TAG.matcher(html).replaceAll("");
        if (text.contains("<") || text.contains(">")) {
            problems.add("raw < or > outside a tag");
        }
        if (ENTITY.matcher(text).replaceAll("").contains("&")) {
            problems.add("raw & outside an entity");
        }
        return problems;
    }
}
