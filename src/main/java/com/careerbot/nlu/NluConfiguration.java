package com.careerbot.nlu;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NluConfiguration {

    @Bean
    MessageUnderstanding messageUnderstanding(NluProperties properties) {
        return MessageUnderstanding.load(properties);
    }
}
