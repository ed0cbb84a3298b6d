package com.careerbot.conversation;

import java.time.Clock;

import com.careerbot.answer.Answers;
import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.nlu.NluProperties;
import com.careerbot.quiz.QuizDefinition;
import com.careerbot.quiz.QuizProperties;
import com.careerbot.sheet.JobSheet;
import com.careerbot.store.Chats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    ConversationEngine conversationEngine(MessageUnderstanding understanding, Answers answers, QuizDefinition quiz,
                                          QuizProperties quizProperties, JobSheet sheet, NluProperties nluProperties,
                                          Chats chats, TransactionTemplate transactions, Clock clock,
                                          ConversationProperties properties) {
        QuizConversation quizConversation = new QuizConversation(quiz,
                new QuizReplies(quiz, sheet, answers.messages()), quizProperties.timeToLive());
        return new ConversationEngine(understanding, answers, quizConversation, new FollowUps(nluProperties), chats,
                transactions, clock, properties);
    }
}
