package com.careerbot.conversation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.careerbot.answer.Answers;
import com.careerbot.answer.Messages;
import com.careerbot.nlu.IntentExample;
import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.nlu.NluEvaluation;
import com.careerbot.nlu.NluProperties;
import com.careerbot.quiz.QuizDefinitionLoader;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.JobSheetLoader;
import com.careerbot.sheet.Scope;
import com.careerbot.sheet.ScopeLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/**
 * The bot's report card, like {@code rasa test}: the intent classifier by k-fold cross-validation on {@code intents/}
 * and on held-out TSV files (accuracy, out-of-scope recall, in-scope false rejection, the confidence threshold those
 * choose), then whole conversations played from a script and judged turn by turn.
 *
 * <p>Run: {@code mvn -q compile exec:java@evaluate}; {@code -Dtsv=a.tsv,b.tsv} and {@code -Dconversations=file} replace
 * the default test files, {@code -Dfolds=0} skips cross-validation.
 */
public final class EvaluationCommand {

    static final String DEFAULT_TSV = "src/test/resources/nlu/fresh-phrasings.tsv,src/test/resources/nlu/held-out.tsv";
    static final String DEFAULT_CONVERSATIONS = "src/test/resources/nlu/conversations.yaml";

    private EvaluationCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        NluProperties properties = NluProperties.defaults().withIntents(System.getProperty("intents", "file:intents/"));
        NluEvaluation intents = new NluEvaluation(properties, out);
        int folds = Integer.getInteger("folds", NluEvaluation.FOLDS);
        if (folds > 0) {
            intents.crossValidate(folds);
        }
        Standard standard = Standard.load(MessageUnderstanding.load(properties), properties);
        for (String tsv : System.getProperty("tsv", DEFAULT_TSV).split(",")) {
            List<IntentExample> messages = NluEvaluation.readTsv(Path.of(tsv.strip()));
            intents.testOn(tsv.strip(), messages);
            ConversationEvaluation.printAnswered(ConversationEvaluation.answer(standard.conversation(), messages), out);
        }
        String conversations = System.getProperty("conversations", DEFAULT_CONVERSATIONS);
        ConversationScript script = ConversationScript.read(new FileSystemResource(conversations), standard.sheet(),
                standard.scope());
        out.printf("%n== Conversations of %s%n", conversations);
        ConversationEvaluation.print(ConversationEvaluation.play(standard.conversation(), script), out);
    }

    /** The conversation as the app builds it with its default settings, without Spring. */
    record Standard(Conversation conversation, JobSheet sheet, Scope scope) {

        static Standard load(MessageUnderstanding understanding, NluProperties properties) {
            JobSheet sheet = JobSheetLoader.load(new ClassPathResource("sheets/backend-developer.yaml"));
            Scope scope = ScopeLoader.load(new ClassPathResource("sheets/backend-developer-scope.yaml"), sheet);
            Answers answers = new Answers(sheet, Messages.standard());
            Conversation conversation = ConversationConfiguration.conversation(understanding, answers, sheet, scope,
                    QuizDefinitionLoader.load(new ClassPathResource("sheets/backend-developer-quiz.yaml"), sheet),
                    Duration.ofHours(24), properties, new ConversationProperties(4096, 5));
            return new Standard(conversation, sheet, scope);
        }
    }
}
