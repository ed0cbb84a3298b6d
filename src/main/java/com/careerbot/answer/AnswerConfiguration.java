package com.careerbot.answer;

import com.careerbot.sheet.JobSheet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

    @Bean
    Messages messages() {
        return Messages.standard();
    }

    @Bean
    Answers answers(JobSheet sheet, Messages messages) {
        return new Answers(sheet, messages);
    }
}
