package com.careerbot.answer;

import java.util.List;
import java.util.stream.Collectors;

import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/** Telegram HTML building blocks. Every text that goes in is escaped; only the tags added here are markup. */
public final class Html {

    private Html() {
    }

    /**
     * Escapes {@code <}, {@code >}, {@code &}, and quotes, and nothing else: Telegram understands only these named
     * entities, so accented letters must stay as they are.
     */
    public static String escape(String text) {
        return HtmlEscape.escapeHtml(text, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
                HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT);
    }

    /**
     * Escapes a text written by people editing the data files, keeping the only tags they may use: {@code <b>} and
     * {@code <i>}.
     */
    public static String escapeKeepingTags(String text) {
        return escape(text).replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>")
                .replace("&lt;i&gt;", "<i>").replace("&lt;/i&gt;", "</i>");
    }

    public static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    public static String italic(String text) {
        return "<i>" + escape(text) + "</i>";
    }

    /** One line per item, each already HTML, with a bullet. */
    public static String bullets(List<String> itemsHtml) {
        return itemsHtml.stream().map(item -> "• " + item).collect(Collectors.joining("\n"));
    }

    /** The text a user sees once Telegram has rendered the HTML, for length checks. */
    public static String visibleText(String html) {
        return HtmlEscape.unescapeHtml(html.replaceAll("<[^>]+>", ""));
    }
}
