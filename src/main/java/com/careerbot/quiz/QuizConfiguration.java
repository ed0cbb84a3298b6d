package com.careerbot.quiz;

import com.careerbot.sheet.JobSheet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QuizConfiguration {

    @Bean
    QuizDefinition quizDefinition(QuizProperties properties, JobSheet sheet) {
        return QuizDefinitionLoader.load(properties.location(), sheet);
    }
}
