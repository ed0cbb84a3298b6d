package com.careerbot.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careerbot.telegram.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The page at {@code /} in a real headless Chromium, against the whole app on an H2 file of its own, reached through a
 * TCP relay that a test can cut to take the server away. One browser for the class; each test starts as a new visitor
 * (no cookie, no stored thread).
 */
class WebChatBrowserTests extends WholeApplication {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    static ChromeDriver browser;
    static TcpProxy relay;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(directory.resolve("profile"));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (relay != null) {
            relay.close();
        }
    }

    @BeforeEach
    void newVisitor() throws IOException {
        if (relay == null) {
            relay = new TcpProxy(port);
        }
        browser.manage().window().setSize(new Dimension(1000, 900));
        // A file of the same origin that runs no script, so that nothing starts a conversation while it is cleared.
        browser.get(base() + "chat.css");
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of()); // the session's path is /web, not this one
        browser.executeScript("sessionStorage.clear(); localStorage.clear();");
    }

    @Test
    void answersTheSalaryInFrenchAndInEnglishWithTheFigures() {
        open("fr");

        send("combien gagne un dev back ?");
        assertThat(awaitReplyContaining("2 500")).contains("4 000");

        send("how much does a backend dev earn?");
        assertThat(awaitReplyContaining("2,500")).contains("4,000");
    }

    @Test
    void playsTheWholeQuizByChipsAndTypedAnswersToTheResultWithItsBars() throws IOException {
        browser.manage().window().setSize(new Dimension(760, 1250));
        open("fr");
        chip(lastBot(), "quiz").click();

        for (int question = 1; question <= 10; question++) {
            WebElement asked = awaitBotContaining("Question " + question + "/10");
            if (question % 2 == 1) {
                chip(asked, question % 4 == 1 ? "Oui" : "Plutôt oui").click();
            } else {
                send(question % 4 == 0 ? "plutôt pas" : "oui");
            }
        }

        WebElement result = awaitBotContaining("Ton résultat");
        assertThat(browser.findElements(By.cssSelector("#thread li.bot")).stream()
                .filter(bot -> bot.getText().contains("➡️"))).as("questions answered by chip show the answer")
                .hasSize(5);
        assertThat(result.findElements(By.cssSelector(".bar .fill"))).as("a bar per dimension").hasSizeGreaterThan(1);
        assertThat(browser.findElements(By.cssSelector("#thread li.bot")).stream()
                .flatMap(bot -> bot.findElements(By.cssSelector(".chip")).stream()).map(WebElement::getText))
                .anyMatch(label -> label.contains("Recommencer"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", result);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                Chromium.screenshotFolder().resolve("quiz-result.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void continuesTheQuizAfterAReloadAndShrugsOffAStaleChip() {
        open("fr");
        send("/quiz");
        chip(awaitBotContaining("Question 1/10"), "Oui").click();
        awaitBotContaining("Question 2/10");
        send("non"); // typed: the question keeps its chips, now stale
        awaitBotContaining("Question 3/10");
        int messages = threadSize();

        browser.navigate().refresh();

        assertThat(awaitBotContaining("Question 3/10")).as("the thread is back").isNotNull();
        assertThat(threadSize()).isEqualTo(messages);
        WebElement stale = browser.findElements(By.cssSelector("#thread li.bot")).stream()
                .filter(bot -> bot.getText().contains("Question 2/10")).findFirst().orElseThrow();
        chip(stale, "Oui").click();
        awaitReplyContaining("⌛");
        chip(browser.findElements(By.cssSelector("#thread li.bot")).stream()
                .filter(bot -> bot.getText().contains("Question 3/10")).findFirst().orElseThrow(), "Oui").click();
        assertThat(awaitBotContaining("Question 4/10")).as("the quiz went on from question 3").isNotNull();
    }

    @Test
    void showsMarkupTypedByTheUserAsTextAndRunsNothing() {
        open("en");
        browser.executeScript("window.alerts = []; window.alert = message => window.alerts.push(message);");
        String attack = "<img src=x onerror=alert(1)><script>alert(2)</script>";

        send(attack);
        awaitBotCount(2);

        List<WebElement> mine = browser.findElements(By.cssSelector("#thread li.user .bubble"));
        assertThat(mine.get(mine.size() - 1).getText()).isEqualTo(attack);
        assertThat(browser.findElements(By.cssSelector("#thread img, #thread script"))).isEmpty();
        assertThat((List<?>) browser.executeScript("return window.alerts")).isEmpty();
        assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> browser.switchTo().alert());
    }

    @Test
    void worksWithTheKeyboardAlone() {
        open("en");
        assertThat(focused().getAttribute("id")).as("the input has the focus").isEqualTo("message");

        focused().sendKeys("how much does a backend dev earn?", Keys.ENTER);
        awaitReplyContaining("2,500");
        assertThat(focused().getAttribute("id")).isEqualTo("message");
        focused().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        WebElement chip = focused();
        assertThat(chip.getAttribute("class")).as("Shift+Tab from the input reaches the last chip").contains("chip");
        int before = botCount();
        chip.sendKeys(Keys.ENTER);

        awaitBotCount(before + 1);
        assertThat(focused().getAttribute("id")).as("the focus is back in the input").isEqualTo("message");
    }

    @Test
    void fitsA360PixelWidePhoneWithoutHorizontalScroll() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        try {
            open("fr");
            send("quelles sont les idées reçues sur le métier ?");
            awaitBotCount(2);
            send("/quiz");
            awaitBotContaining("Question 1/10");

            assertThat((Boolean) browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).isEqualTo(360);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void offersARetryWhileTheServerIsDownAndGoesOnOnceItIsBack() throws IOException {
        open("en");
        relay.cut();
        try {
            send("how much does a backend dev earn?");
            WebElement problem = browser.findElement(By.id("problem"));
            waiting().until(driver -> problem.isDisplayed());
            assertThat(problem.getText()).contains("not answering", "Try again");
        } finally {
            relay.restore();
        }

        browser.findElement(By.id("retry")).click();

        assertThat(awaitReplyContaining("2,500")).contains("4,000");
        assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#thread li.user"))).as("the message shown once").hasSize(1);
    }

    @Test
    void weighsUnder50KilobytesAndAnswersFastInTheBrowser() {
        open("en");
        long bytes = ((Number) browser.executeScript("""
                return performance.getEntriesByType('navigation')[0].decodedBodySize
                    + performance.getEntriesByType('resource').filter(r => /\\.(css|js)$/.test(new URL(r.name).pathname))
                          .reduce((sum, r) => sum + r.decodedBodySize, 0);""")).longValue();
        String[] questions = {"how much does a backend dev earn?", "quelles études ?", "what are the myths?",
                "c'est quoi le métier ?", "where can I work?"};
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            timedSend(questions[warmUp % questions.length]);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            millis.add(timedSend(questions[i % questions.length]));
        }
        millis.sort(Double::compare);

        System.out.printf("Web page: %d bytes of HTML, CSS and JavaScript; first reply visible after sending: median "
                + "%.1f ms, min %.1f ms, max %.1f ms over %d messages%n", bytes, millis.get(millis.size() / 2),
                millis.get(0), millis.get(millis.size() - 1), millis.size());
        assertThat(bytes).isLessThan(50_000);
    }

    /** Sends a message as the page does and returns the milliseconds until its reply is painted. */
    private double timedSend(String text) {
        return ((Number) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const thread = document.getElementById('thread');
                const before = thread.querySelectorAll('li.bot').length;
                const input = document.getElementById('message');
                input.value = arguments[0];
                const observer = new MutationObserver(() => {
                  if (thread.querySelectorAll('li.bot').length > before) {
                    observer.disconnect();
                    requestAnimationFrame(() => done(performance.now() - start));
                  }
                });
                observer.observe(thread, { childList: true });
                const start = performance.now();
                document.getElementById('composer').requestSubmit();""", text)).doubleValue();
    }

    private void open(String language) {
        browser.executeScript("localStorage.setItem('careerbot.language', arguments[0])", language);
        browser.get(base());
        awaitBotCount(1);
    }

    private void send(String text) {
        WebElement input = browser.findElement(By.id("message"));
        waiting().until(driver -> browser.findElement(By.id("typing")).getAttribute("hidden") != null);
        input.sendKeys(text, Keys.ENTER);
    }

    /** A wait whose failure shows what the page showed. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class); // a quiz question answered by chip is replaced
        wait.withMessage(() -> "the page showed:\n" + browser.findElement(By.tagName("body")).getText());
        return wait;
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private WebElement lastBot() {
        List<WebElement> bots = browser.findElements(By.cssSelector("#thread li.bot"));
        return bots.get(bots.size() - 1);
    }

    private int botCount() {
        return browser.findElements(By.cssSelector("#thread li.bot")).size();
    }

    private int threadSize() {
        return browser.findElements(By.cssSelector("#thread li")).size();
    }

    private void awaitBotCount(int count) {
        waiting().until(driver -> botCount() >= count);
    }

    /** The text of the latest bot message once it contains {@code text} (spaces of any width read as spaces). */
    private String awaitReplyContaining(String text) {
        waiting().until(driver -> plain(lastBot().getText()).contains(text));
        return plain(lastBot().getText());
    }

    /** The last bot message that contains {@code text}, once there is one. */
    private WebElement awaitBotContaining(String text) {
        return waiting().until(driver -> {
            List<WebElement> bots = browser.findElements(By.cssSelector("#thread li.bot"));
            for (int i = bots.size() - 1; i >= 0; i--) {
                if (plain(bots.get(i).getText()).contains(text)) {
                    return bots.get(i);
                }
            }
            return null;
        });
    }

    private static WebElement chip(WebElement message, String labelContains) {
        return message.findElements(By.cssSelector(".chip")).stream()
                .filter(chip -> chip.getText().contains(labelContains)).findFirst()
                .orElseThrow(() -> new AssertionError("No chip '" + labelContains + "' in: " + message.getText()));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private String base() {
        return "http://localhost:" + relay.port() + "/";
    }
}
