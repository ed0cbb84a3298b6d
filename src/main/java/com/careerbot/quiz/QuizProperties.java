package com.careerbot.quiz;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param location   the quiz file
 * @param timeToLive how long an untouched quiz can be resumed
 */
@ConfigurationProperties("careerbot.quiz")
public record QuizProperties(@DefaultValue("classpath:sheets/backend-developer-quiz.yaml") Resource location,
                             @DefaultValue("24h") Duration timeToLive) {
}
