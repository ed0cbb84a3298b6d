package com.careerbot.system;

import java.util.Arrays;

import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.sheet.Language;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: the intent models of every language are loaded and classify a message (tens of microseconds). They load
 * before the application is ready, so this turns DOWN only if a model fails at run time.
 */
@Component
class IntentModelsHealthIndicator implements HealthIndicator {

    private final MessageUnderstanding understanding;

    IntentModelsHealthIndicator(MessageUnderstanding understanding) {
        this.understanding = understanding;
    }

    @Override
    public Health health() {
        for (Language language : Language.values()) {
            if (understanding.understandIn("bonjour hello", language).classification() == null) {
                return Health.down().withDetail("language", language.code()).build();
            }
        }
        return Health.up().withDetail("languages", Arrays.stream(Language.values()).map(Language::code).toList()).build();
    }
}
