package com.careerbot.sheet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SheetConfiguration {

    @Bean
    JobSheet jobSheet(SheetProperties properties) {
        return JobSheetLoader.load(properties.location());
    }

    @Bean
    Scope scope(SheetProperties properties, JobSheet sheet) {
        return ScopeLoader.load(properties.scope(), sheet);
    }
}
