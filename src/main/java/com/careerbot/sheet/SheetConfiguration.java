package com.careerbot.sheet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SheetConfiguration {

    @Bean
    JobSheet jobSheet(SheetProperties properties) {
        return JobSheetLoader.load(properties.location());
    }
}
