package com.careerbot.answer;

import java.util.List;

import com.careerbot.nlu.Intent;
import com.careerbot.nlu.TextNormalizer;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.JobSheetLoader;
import com.careerbot.sheet.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every intent's answer, in both languages: what Telegram accepts and what the user sees. */
class AnswersTests {

    /** Past this, an answer fills more than a phone screen. */
    private static final int MAX_VISIBLE_LENGTH = 900;

    private static JobSheet sheet;
    private static Messages messages;
    private static Answers answers;

    @BeforeAll
    static void loadSheet() {
        sheet = JobSheetLoader.load(new ClassPathResource("sheets/backend-developer.yaml"));
        messages = Messages.standard();
        answers = new Answers(sheet, messages);
    }

    @Test
    void answersEveryIntentInBothLanguagesWithTelegramHtml() {
        for (Intent intent : Intent.values()) {
            for (Language language : Language.values()) {
                Reply reply = answers.topic(intent, Question.about(language));

                assertThat(reply.html()).as("%s in %s", intent, language).isNotBlank();
                assertThat(TelegramHtml.problems(reply.html())).as("%s in %s:%n%s", intent, language, reply.html()).isEmpty();
            }
        }
    }

    @Test
    void keepsEveryAnswerShorterThanAPhoneScreen() {
        for (Intent intent : Intent.values()) {
            for (Language language : Language.values()) {
                for (String wording : List.of("", "salaire par an pour un junior", "yearly salary of a senior")) {
                    String visible = Html.visibleText(answers.topic(intent, question(language, wording)).html());

                    assertThat(visible.length()).as("%s in %s: %s", intent, language, visible)
                            .isLessThan(MAX_VISIBLE_LENGTH);
                }
            }
        }
    }

    @Test
    void answersInTheLanguageAsked() {
        for (Intent intent : Intent.values()) {
            assertThat(answers.topic(intent, Question.about(Language.FR)).html()).as(intent.wireName())
                    .isNotEqualTo(answers.topic(intent, Question.about(Language.EN)).html());
        }
        assertThat(answers.topic(Intent.MISSIONS, Question.about(Language.FR)).html()).contains("Missions principales");
        assertThat(answers.topic(Intent.MISSIONS, Question.about(Language.EN)).html()).contains("Main tasks");
    }

    @Test
    void citesExistingSectionsForEverySheetTopic() {
        for (Intent intent : sheetTopics()) {
            for (Language language : Language.values()) {
                Reply reply = answers.topic(intent, Question.about(language));

                assertThat(reply.sources()).as("%s in %s", intent, language).isNotEmpty()
                        .allMatch(source -> sheet.hasSection(source) || sheet.item(source).isPresent());
            }
        }
    }

    @Test
    void endsEverySheetTopicWithSourceLineNamingTheCitedSections() {
        for (Intent intent : sheetTopics()) {
            for (Language language : Language.values()) {
                Reply reply = answers.topic(intent, Question.about(language));
                String[] blocks = reply.html().split("\n\n");
                String sourceLine = blocks[blocks.length - 1];

                assertThat(sourceLine).as("%s in %s", intent, language)
                        .startsWith("<i>📖 Source").endsWith("</i>")
                        .contains(language == Language.FR ? "fiche métier" : "job sheet");
                // A derived section (upsides, demands) is cited through the sections its points restate.
                reply.sources().stream().map(sheet::sectionOf)
                        .filter(section -> section.items().stream().allMatch(item -> item.sources().isEmpty()))
                        .forEach(section -> assertThat(Html.visibleText(sourceLine)).as("%s in %s", intent, language)
                                .contains(section.title().in(language)));
            }
        }
    }

    @Test
    void citesNoSectionForSmallTalk() {
        for (Intent intent : List.of(Intent.GREETING, Intent.HELP, Intent.THANKS, Intent.GOODBYE, Intent.OUT_OF_SCOPE)) {
            for (Language language : Language.values()) {
                Reply reply = answers.topic(intent, Question.about(language));

                assertThat(reply.sources()).as("%s in %s", intent, language).isEmpty();
                assertThat(reply.html()).doesNotContain("📖");
            }
        }
    }

    @Test
    void offersTwoOrThreeFollowUpsForSheetTopics() {
        // Suitability is followed by the quiz itself, whose first question carries the buttons.
        List<Intent> topics = sheetTopics().stream().filter(intent -> intent != Intent.SUITABILITY).toList();
        for (Intent intent : topics) {
            for (Language language : Language.values()) {
                List<Button> buttons = answers.topic(intent, Question.about(language)).buttons();

                assertThat(buttons).as("%s in %s", intent, language).hasSizeBetween(2, 3)
                        .extracting(Button::payload).doesNotHaveDuplicates()
                        .allSatisfy(payload -> {
                            assertThat(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
                            assertThat(Payload.parse(payload)).isPresent()
                                    .get().isNotEqualTo(new Payload.Ask(intent));
                        });
            }
        }
    }

    @Test
    void offersTheMenuWithGreetingHelpAndOutOfScopeOnly() {
        for (Language language : Language.values()) {
            List<Button> menu = answers.topics().menu(language);
            assertThat(menu).extracting(Button::payload)
                    .contains(new Payload.StartQuiz().encode(), new Payload.Ask(Intent.SALARY).encode());

            for (Intent intent : List.of(Intent.GREETING, Intent.HELP, Intent.OUT_OF_SCOPE)) {
                assertThat(answers.topic(intent, Question.about(language)).buttons()).as(intent.wireName())
                        .isEqualTo(menu);
            }
            for (Intent intent : List.of(Intent.THANKS, Intent.GOODBYE)) {
                assertThat(answers.topic(intent, Question.about(language)).buttons()).as(intent.wireName()).isEmpty();
            }
        }
    }

    @Test
    void labelsEveryButtonInTheAnswerLanguage() {
        Reply french = answers.topic(Intent.SALARY, Question.about(Language.FR));
        Reply english = answers.topic(Intent.SALARY, Question.about(Language.EN));

        assertThat(french.buttons()).extracting(Button::label).contains("🎓 Études");
        assertThat(english.buttons()).extracting(Button::label).contains("🎓 Studies");
        assertThat(french.buttons()).extracting(Button::payload)
                .isEqualTo(english.buttons().stream().map(Button::payload).toList());
    }

    @Test
    void clarifiesWithTheLikelySheetTopicsAndHelp() {
        Reply reply = answers.clarify(Language.FR, List.of(Intent.SALARY, Intent.THANKS, Intent.STUDIES));

        assertThat(reply.html()).isEqualTo(messages.get(Language.FR, "answer.clarify"));
        assertThat(reply.buttons()).extracting(Button::payload).containsExactly(
                new Payload.Ask(Intent.SALARY).encode(), new Payload.Ask(Intent.STUDIES).encode(),
                new Payload.Ask(Intent.HELP).encode());
    }

    @Test
    void clarifiesWithTheMenuWhenNoLikelyIntentIsASheetTopic() {
        Reply reply = answers.clarify(Language.EN, List.of(Intent.THANKS, Intent.GOODBYE));

        assertThat(reply.html()).isEqualTo(messages.get(Language.EN, "answer.clarify.none"));
        assertThat(reply.buttons()).isEqualTo(answers.topics().menu(Language.EN));
    }

    @Test
    void neverEchoesMarkupFromTheQuestion() {
        String hostile = "<script>alert('x')</script> & <b onclick=x> salaire";
        for (Intent intent : Intent.values()) {
            for (Language language : Language.values()) {
                Reply reply = answers.topic(intent, new Question(language, hostile));

                assertThat(reply.html()).as("%s in %s", intent, language).doesNotContain("<script", "onclick");
                assertThat(TelegramHtml.problems(reply.html())).as("%s in %s", intent, language).isEmpty();
            }
        }
    }

    private static List<Intent> sheetTopics() {
        return java.util.Arrays.stream(Intent.values()).filter(answers::isSheetTopic).toList();
    }

    static Question question(Language language, String wording) {
        return new Question(language, TextNormalizer.normalize(wording));
    }
}
