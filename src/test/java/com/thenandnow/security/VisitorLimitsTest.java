package com.thenandnow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The limits on a real server: with a ceiling of three sessions, a fourth visitor gets the busy page and no
 * session, while visitors already in, and static files, are served as before; a body over the limit is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"app.lessons.watch.enabled=false", "app.instructor.password=test-secret",
        "app.limits.sessions.max=3", "app.limits.sessions.retry-after=45s"})
@DirtiesContext
class VisitorLimitsTest {

    @LocalServerPort
    int port;
    @Autowired
    LiveSessions sessions;

    /** A browser of its own: it keeps its cookies, so its session, across requests. */
    private HttpClient visitor() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> get(HttpClient visitor, String path) throws Exception {
        return visitor.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void beyond_the_ceiling_a_new_visitor_gets_the_busy_page_and_those_already_in_keep_working() throws Exception {
        HttpClient first = visitor();
        assertThat(get(first, "/").statusCode()).isEqualTo(200);
        for (int i = sessions.count(); i < 3; i++) {
            assertThat(get(visitor(), "/").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> turnedAway = get(visitor(), "/lessons/first-lesson");

        assertThat(turnedAway.statusCode()).isEqualTo(503);
        assertThat(turnedAway.headers().firstValue("Retry-After")).contains("45");
        assertThat(turnedAway.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(turnedAway.body()).contains("Please try again in a minute").hasSizeLessThan(1024);
        assertThat(sessions.count()).isEqualTo(3);
        assertThat(get(first, "/progress").statusCode()).isEqualTo(200);
        assertThat(get(visitor(), "/favicon.ico").statusCode()).isNotEqualTo(503);
    }

    @Test
    void a_request_declaring_a_body_over_the_limit_is_refused_with_413_before_the_body_is_sent() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /?v-r=uidl&v-uiId=0 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 157286400\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }
}
