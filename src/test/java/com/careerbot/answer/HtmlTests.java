package com.careerbot.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTests {

    @Test
    void escapesMarkupSignificantCharacters() {
        assertThat(Html.escape("<script>&")).isEqualTo("&lt;script&gt;&amp;");
        assertThat(Html.escape("say \"hi\"")).isEqualTo("say &quot;hi&quot;");
        assertThat(TelegramHtml.problems(Html.escape("<b onclick='x'>a & b</b> ' \""))).isEmpty();
    }

    @Test
    void leavesAccentsEmojisAndTypographicSignsAsTheyAre() {
        String text = "Développeur·euse – l’école « 2 500 € » 🚀";

        assertThat(Html.escape(text)).isEqualTo(text);
    }

    @Test
    void escapesTheTextItWrapsInTags() {
        assertThat(Html.bold("<script>&")).isEqualTo("<b>&lt;script&gt;&amp;</b>");
        assertThat(Html.italic("a < b")).isEqualTo("<i>a &lt; b</i>");
    }

    @Test
    void putsOneBulletPerLine() {
        assertThat(Html.bullets(List.of("<b>un</b>", "deux"))).isEqualTo("• <b>un</b>\n• deux");
    }

    @Test
    void showsTheTextAsTelegramRendersIt() {
        assertThat(Html.visibleText("<b>Salaire</b> : 2 500 &amp; plus &lt;3")).isEqualTo("Salaire : 2 500 & plus <3");
        assertThat(Html.visibleText(Html.bold("<script>&"))).isEqualTo("<script>&");
    }
}
