package com.careerbot.system;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The console's encoder, with secrets masked in every line: Spring Boot's structured logging when
 * {@code logging.structured.format.console} names a format ({@code ecs}, {@code logstash}, {@code gelf}), its
 * pattern otherwise. The JSON of a structured line is masked as a whole, stack trace included; the mask holds no
 * character JSON would escape, so the line stays valid JSON.
 */
public class RedactingConsoleEncoder extends EncoderBase<ILoggingEvent> {

    private String pattern;
    private String structuredFormat;
    private Charset charset = StandardCharsets.UTF_8;
    private Encoder<ILoggingEvent> delegate;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /** Empty or absent: the pattern. */
    public void setStructuredFormat(String structuredFormat) {
        this.structuredFormat = structuredFormat;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        if (structuredFormat == null || structuredFormat.isBlank()) {
            RedactingPatternLayout layout = new RedactingPatternLayout();
            layout.setContext(getContext());
            layout.setPattern(pattern);
            layout.start();
            LayoutWrappingEncoder<ILoggingEvent> lines = new LayoutWrappingEncoder<>();
            lines.setLayout(layout);
            lines.setCharset(charset);
            delegate = lines;
        } else {
            StructuredLogEncoder json = new StructuredLogEncoder();
            json.setFormat(structuredFormat);
            json.setCharset(charset);
            delegate = json;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] encoded = delegate.encode(event);
        if (delegate instanceof LayoutWrappingEncoder) {
            return encoded;
        }
        return SecretRedaction.redact(new String(encoded, charset)).getBytes(charset);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
