package com.careerbot.system;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's pattern layout with secrets masked in the whole formatted line, stack traces included. */
public class RedactingPatternLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        return SecretRedaction.redact(super.doLayout(event));
    }
}
