package com.careerbot.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.careerbot.CareerBotApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Writes the kept unanswered messages as a TSV ({@link ReviewExport}), from the database the app is configured with
 * (the same environment variables), without the web server or the Telegram channel.
 *
 * <p>Run: {@code mvn -q compile exec:java@review-export} ({@code -Dout=file}, default {@code review.tsv}).
 */
public final class ReviewExportCommand {

    private ReviewExportCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(System.getProperty("out", "review.tsv"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CareerBotApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--careerbot.telegram.token=", "--logging.level.root=warn")) {
            List<Unanswered> kept = context.getBean(UnansweredQuestions.class).all();
            String tsv = ReviewExport.tsv(kept);
            Files.writeString(out, tsv, StandardCharsets.UTF_8);
            System.out.printf("%d unanswered messages, %d distinct, written to %s%n", kept.size(),
                    tsv.lines().count() - 1, out.toAbsolutePath());
        }
    }
}
