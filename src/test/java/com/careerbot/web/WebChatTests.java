package com.careerbot.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Flow;

import com.careerbot.answer.Messages;
import com.careerbot.sheet.Language;
import com.careerbot.store.Chats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.careerbot.web.ApiClient.body;
import static com.careerbot.web.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The web page's endpoint, sessions and headers over real HTTP, with the integration API left open (no key). */
@TestPropertySource(properties = "careerbot.web.session-sweep-every=200ms")
@ExtendWith(OutputCaptureExtension.class)
class WebChatTests extends WholeApplication {

    @Autowired
    Messages messages;

    @Autowired
    WebSessions sessions;

    @Autowired
    Chats chats;

    @Autowired
    JdbcClient jdbc;

    @Test
    void issuesAnHttpOnlyStrictSessionCookieOfAtLeast128RandomBits() {
        WebVisitor visitor = new WebVisitor(port);

        WebVisitor.Exchange first = visitor.send(chatRequest(body("text", "/start")));

        String setCookie = first.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Strict", "Path=/web");
        String token = visitor.session().orElseThrow().getValue();
        assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 256 bits, base64url
        assertThat(visitor.say("salaire").status()).isEqualTo(200);
        assertThat(visitor.session().orElseThrow().getValue()).as("the same session goes on").isEqualTo(token);
    }

    @Test
    void keepsEachVisitorsQuizToThemselves() {
        WebVisitor alice = new WebVisitor(port);
        alice.say("/quiz");
        alice.say("oui");
        String quizAtQuestion2 = messages.get(Language.FR, "quiz.resume.offer", 2, 10);
        assertThat(texts(alice.say("/quiz").json())).containsExactly(quizAtQuestion2);

        WebVisitor bob = new WebVisitor(port);
        assertThat(texts(bob.say("/quiz").json())).doesNotContain(quizAtQuestion2);

        WebVisitor mallory = new WebVisitor(port);
        mallory.forgeSession(alice.session().orElseThrow().getValue().replace('A', 'B') + "x");
        assertThat(texts(mallory.say("/quiz").json())).as("a guessed token is a new conversation")
                .doesNotContain(quizAtQuestion2);
        assertThat(mallory.session().orElseThrow().getValue()).as("replaced by a token the server issued")
                .isNotEqualTo(alice.session().orElseThrow().getValue()).matches("[A-Za-z0-9_-]{43}");
        mallory.say("/forget");
        assertThat(texts(alice.say("/quiz").json())).as("nobody else's /forget reaches it")
                .containsExactly(quizAtQuestion2);
    }

    @Test
    void erasesIdleWebConversationsAndTheirSessionsOnItsSchedule() {
        WebVisitor idle = new WebVisitor(port);
        idle.say("/quiz");
        WebVisitor recent = new WebVisitor(port);
        recent.say("/quiz");
        String idleChat = chatOf(idle);
        jdbc.sql("UPDATE web_session SET last_seen_at = ? WHERE 'web:' || id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(31)), idleChat).update();

        await().atMost(Duration.ofSeconds(10)).until(() -> !chats.existsById(idleChat));

        assertThat(chats.existsById(chatOf(recent))).isTrue();
        String expiredToken = idle.session().orElseThrow().getValue();
        assertThat(idle.say("salaire").status()).isEqualTo(200);
        assertThat(idle.session().orElseThrow().getValue()).as("an expired session is not taken back")
                .isNotEqualTo(expiredToken);
    }

    @Test
    void refusesABodyOverTheCapWith413WhetherItsLengthIsDeclaredOrNot() {
        String huge = body("text", "a".repeat(40_000));
        WebVisitor visitor = new WebVisitor(port);

        assertThat(visitor.post(huge).status()).isEqualTo(413);
        ApiClient.Response chunked = visitor.send(HttpRequest.newBuilder(URI.create(base() + "/api/chat"))
                .header("Content-Type", "application/json").POST(chunked(huge)).build()).response();
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.contentType()).startsWith("application/problem+json");
        assertThat(visitor.session()).as("nothing issued for a refused request").isEmpty();
    }

    @Test
    void sendsTheSecurityHeadersOnThePageAndTheEndpoints() throws Exception {
        WebVisitor visitor = new WebVisitor(port);
        for (HttpRequest request : new HttpRequest[]{HttpRequest.newBuilder(URI.create(base() + "/")).build(),
                HttpRequest.newBuilder(URI.create(base() + "/chat.js")).build(), chatRequest(body("text", "hello")),
                HttpRequest.newBuilder(URI.create(base() + "/api/chat")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("not json")).build()}) {
            HttpResponse<String> response = visitor.send(request).raw();

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(request.uri().getPath())
                    .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'")
                            .contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void saysOnceAtStartupThatTheIntegrationApiIsOpenAndKeepsItOpen(CapturedOutput output) {
        assertThat(new ApiClient(port).say("api-open", "salaire")).isNotNull();

        // This class's context starts after the capture began (it has a database of its own, so no other class's).
        assertThat(output.getAll().lines().filter(line -> line.contains("The integration API")))
                .singleElement().asString().contains("is open", "CAREERBOT_API_KEY");
    }

    private String chatOf(WebVisitor visitor) {
        return sessions.resume(visitor.session().orElseThrow().getValue()).orElseThrow().value();
    }

    private HttpRequest chatRequest(String json) {
        return HttpRequest.newBuilder(URI.create(base() + "/web/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A body sent without a Content-Length, as a chunked stream. */
    private static HttpRequest.BodyPublisher chunked(String text) {
        HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                known.subscribe(subscriber);
            }
        };
    }
}
