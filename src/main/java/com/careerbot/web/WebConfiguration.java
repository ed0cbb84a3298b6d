package com.careerbot.web;

import java.time.Clock;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web channel's sessions and the filters in front of every endpoint. The Telegram webhook is left out of the rate
 * limit and the size cap: its requests all come from Telegram's few addresses, and it has its own secret.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebConfiguration {

    private static final String[] CHAT_ENDPOINTS = {"/api/*", "/web/*"};

    @Bean
    WebSessions webSessions(JdbcClient jdbc, Clock clock, WebProperties properties) {
        return new WebSessions(jdbc, clock, properties);
    }

    @Bean
    WebSessionExpiry webSessionExpiry(WebSessions sessions, WebProperties properties) {
        return new WebSessionExpiry(sessions, properties);
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(WebProperties properties) {
        return registration(new SecurityHeaders(properties), 0, "/*");
    }

    @Bean
    FilterRegistrationBean<RateLimit> rateLimit(WebProperties properties, ProblemResponses problems) {
        return registration(new RateLimit(properties, problems), 1, CHAT_ENDPOINTS);
    }

    @Bean
    FilterRegistrationBean<ApiKeyCheck> apiKeyCheck(WebProperties properties, ProblemResponses problems) {
        return registration(new ApiKeyCheck(properties, problems), 2, "/api/*");
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(WebProperties properties, ProblemResponses problems) {
        return registration(new RequestSizeLimit(properties, problems), 3, CHAT_ENDPOINTS);
    }

    private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, int order, String... paths) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(paths);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100 + order);
        return registration;
    }
}
