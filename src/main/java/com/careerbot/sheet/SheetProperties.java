package com.careerbot.sheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param location the job sheet file; a {@code file:} location lets people edit it without rebuilding
 * @param scope    what the sheet does not cover and the names of other jobs, checked against the sheet
 */
@ConfigurationProperties("careerbot.sheet")
public record SheetProperties(@DefaultValue("classpath:sheets/backend-developer.yaml") Resource location,
                              @DefaultValue("classpath:sheets/backend-developer-scope.yaml") Resource scope) {
}
