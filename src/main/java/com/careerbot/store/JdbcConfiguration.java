package com.careerbot.store;

import java.util.List;

import com.careerbot.quiz.QuizAnswers;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;

/** Stores quiz answers as one short text column ("0,2,1") rather than a table of rows per answer. */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration extends AbstractJdbcConfiguration {

    @Override
    protected List<?> userConverters() {
        return List.of(new AnswersToText(), new TextToAnswers());
    }

    @WritingConverter
    static final class AnswersToText implements Converter<QuizAnswers, String> {
        @Override
        public String convert(QuizAnswers answers) {
            return answers.encode();
        }
    }

    @ReadingConverter
    static final class TextToAnswers implements Converter<String, QuizAnswers> {
        @Override
        public QuizAnswers convert(String text) {
            return QuizAnswers.decode(text);
        }
    }
}
