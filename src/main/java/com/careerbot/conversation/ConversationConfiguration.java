package com.careerbot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.careerbot.answer.Answers;
import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.nlu.NluProperties;
import com.careerbot.quiz.QuizDefinition;
import com.careerbot.quiz.QuizProperties;
import com.careerbot.sheet.JobSheet;
import com.careerbot.sheet.Scope;
import com.careerbot.store.Chats;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    ConversationEngine conversationEngine(MessageUnderstanding understanding, Answers answers, QuizDefinition quiz,
                                          QuizProperties quizProperties, JobSheet sheet, Scope scope,
                                          NluProperties nluProperties, Chats chats, TransactionTemplate transactions,
                                          Clock clock, ConversationProperties properties, MeterRegistry meters,
                                          ObjectProvider<TurnListener> listeners) {
        List<TurnListener> all = Stream.concat(Stream.of(new TurnMetrics(meters)), listeners.orderedStream()).toList();
        return new ConversationEngine(conversation(understanding, answers, sheet, scope, quiz,
                quizProperties.timeToLive(), nluProperties, properties), answers.messages(), chats, transactions,
                clock, properties, all);
    }

    /** The conversation's rules, assembled the same way for the app, its tests and the evaluation command. */
    static Conversation conversation(MessageUnderstanding understanding, Answers answers, JobSheet sheet, Scope scope,
                                     QuizDefinition quiz, Duration quizTimeToLive, NluProperties nluProperties,
                                     ConversationProperties properties) {
        QuizConversation quizConversation = new QuizConversation(quiz, new QuizReplies(quiz, sheet, answers),
                quizTimeToLive);
        Interpreter interpreter = new Interpreter(understanding, Phrasebook.of(sheet, scope, understanding::vocabulary),
                answers, scope, nluProperties);
        return new Conversation(understanding, interpreter, answers, quizConversation, properties);
    }
}
