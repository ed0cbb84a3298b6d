package com.careerbot.review;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link UnansweredQuestions#eraseExpired()} every hour, whether the review is on or off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReviewConfiguration {
}
