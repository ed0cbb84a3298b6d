package com.careerbot.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, headless, found on the PATH and never downloaded (Selenium Manager is never
 * asked). Without them the browser tests are skipped with a message saying how to install them, unless {@code CI} or
 * {@value #REQUIRED} is set: there a missing browser fails the build, so that CI cannot pass without running them.
 */
final class Chromium {

    static final String REQUIRED = "CAREERBOT_REQUIRE_BROWSER";
    static final String MISSING = "Browser tests SKIPPED: no chromium and chromedriver on the PATH. Install them with "
            + "'apt-get install chromium chromium-driver' (Debian) to run them; CI sets " + REQUIRED + "=true and fails "
            + "without them.";

    private Chromium() {
    }

    /** A new headless browser with a profile of its own; skips or fails the calling test class when there is none. */
    static ChromeDriver start(Path profile) {
        Optional<Path> browser = onPath("chromium", "chromium-browser");
        Optional<Path> driver = onPath("chromedriver");
        if (browser.isEmpty() || driver.isEmpty()) {
            if (required()) {
                throw new IllegalStateException(MISSING.replace("SKIPPED", "FAILED") + " (" + REQUIRED + " or CI is set)");
            }
            System.err.println("\n!!!!! " + MISSING + " !!!!!\n");
            Assumptions.abort(MISSING);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1000,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static boolean required() {
        String ci = System.getenv("CI");
        return "true".equalsIgnoreCase(System.getenv(REQUIRED))
                || (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci));
    }

    private static Optional<Path> onPath(String... names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin");
        return Stream.of(path.split(File.pathSeparator)).flatMap(folder -> Stream.of(names)
                        .map(name -> Path.of(folder, name)))
                .filter(Files::isExecutable).findFirst();
    }

    static Path screenshotFolder() {
        try {
            return Files.createDirectories(Path.of("target", "screenshots"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
