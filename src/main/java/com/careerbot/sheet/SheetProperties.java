package com.careerbot.sheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/** @param location the job sheet file; a {@code file:} location lets people edit it without rebuilding */
@ConfigurationProperties("careerbot.sheet")
public record SheetProperties(@DefaultValue("classpath:sheets/backend-developer.yaml") Resource location) {
}
