package com.careerbot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The bot's own wording, in {@code i18n/messages_*.properties}. */
class MessagesTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Messages messages;

    @BeforeAll
    static void load() {
        messages = Messages.standard();
    }

    @Test
    void holdsTheSameKeysInFrenchAndEnglish() {
        assertThat(keys(Language.FR)).isNotEmpty().isEqualTo(keys(Language.EN));
    }

    @Test
    void rejectsBundleWithMissingKeyNamingTheFileAndKey() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new Messages("i18n-broken/messages"))
                .withMessageContaining("i18n-broken/messages_en.properties lacks [answer.goodbye]")
                .withMessageNotContaining("messages_fr.properties");
    }

    @Test
    void rejectsBundleWithMissingLanguageFileNamingTheFile() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new Messages("i18n-broken/french-only"))
                .withMessageContaining("i18n-broken/french-only_en.properties is missing");
    }

    /** MessageFormat takes an ASCII apostrophe for a quote and drops it, or worse, everything up to the next one. */
    @Test
    void usesNoAsciiApostropheInAnyMessage() {
        for (Language language : Language.values()) {
            for (String key : keys(language)) {
                assertThat(raw(language, key)).as("%s in %s", key, language).doesNotContain("'");
            }
        }
    }

    @Test
    void fillsEveryPlaceholderOfEveryMessage() {
        for (Language language : Language.values()) {
            for (String key : keys(language)) {
                int count = placeholders(raw(language, key));
                if (count == 0) {
                    continue;
                }
                Object[] arguments = new Object[count];
                for (int i = 0; i < count; i++) {
                    arguments[i] = "ARG" + i;
                }

                String text = messages.get(language, key, arguments);

                assertThat(text).as("%s in %s", key, language).doesNotContain("{", "}");
                for (Object argument : arguments) {
                    assertThat(text).as("%s in %s", key, language).contains(argument.toString());
                }
            }
        }
    }

    @Test
    void usesTheSamePlaceholdersInBothLanguages() {
        for (String key : keys(Language.FR)) {
            assertThat(placeholders(raw(Language.FR, key))).as(key).isEqualTo(placeholders(raw(Language.EN, key)));
        }
    }

    @Test
    void usesOnlyTelegramHtml() {
        for (Language language : Language.values()) {
            for (String key : keys(language)) {
                assertThat(TelegramHtml.problems(raw(language, key))).as("%s in %s", key, language).isEmpty();
            }
        }
    }

    @Test
    void formatsArgumentsInTheMessageLanguage() {
        assertThat(messages.get(Language.FR, "quiz.question", 3, 10, "J’aime la logique."))
                .isEqualTo("<b>Question 3/10</b>\nJ’aime la logique.");
        assertThat(messages.get(Language.EN, "answer.source", "“Salary”"))
                .isEqualTo("📖 Source: job sheet, “Salary”");
        assertThat(messages.has(Language.FR, "answer.salary.yearly")).isTrue();
        assertThat(messages.has(Language.FR, "answer.pay")).isFalse();
    }

    private static Set<String> keys(Language language) {
        return new TreeSet<>(Collections.list(bundle(language).getKeys()));
    }

    private static String raw(Language language, String key) {
        return bundle(language).getString(key);
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle("i18n/messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static int placeholders(String pattern) {
        List<Integer> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found.stream().mapToInt(index -> index + 1).max().orElse(0);
    }
}
