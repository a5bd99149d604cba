package com.thenandnow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The push websocket as a browser opens it. A client that writes on it, where browsers never do, is cut off at
 * its first message: Vaadin would otherwise gather a message of whatever length the client announces, frame
 * after frame. And the browser's offer of compression is declined, which would cost each page a zlib pair.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"app.lessons.watch.enabled=false", "app.instructor.password=test-secret"})
class PushConnectionTest {

    private static final int FRAMES = 400;

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void a_client_announcing_a_huge_message_on_the_push_websocket_is_disconnected() throws Exception {
        JsonNode app = openPage();
        Closing listener = new Closing();
        WebSocket socket = http.newWebSocketBuilder().header("Cookie", cookieHeader())
                .buildAsync(pushUri(app), listener).get(30, TimeUnit.SECONDS);
        listener.firstMessage.get(30, TimeUnit.SECONDS);

        String frame = "x".repeat(3000);
        socket.sendText("2000000000|" + frame, true).get(10, TimeUnit.SECONDS);
        for (int i = 1; i < FRAMES && !listener.closed.isDone(); i++) {
            socket.sendText(frame, true).get(10, TimeUnit.SECONDS);
        }

        assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void the_push_websocket_opens_without_the_compression_a_browser_offers() throws Exception {
        URI push = pushUri(openPage());
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            String handshake = "GET " + push.getRawPath() + "?" + push.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                    + "Cookie: " + cookieHeader() + "\r\n\r\n";
            socket.getOutputStream().write(handshake.getBytes(StandardCharsets.US_ASCII));

            String answer = responseHead(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 101").containsIgnoringCase("Upgrade: websocket")
                    .doesNotContainIgnoringCase("Sec-WebSocket-Extensions").doesNotContain("deflate");
        }
    }

    private static String responseHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        return head.toString();
    }

    private JsonNode openPage() throws Exception {
        http.send(request("/"), HttpResponse.BodyHandlers.discarding());
        String init = http.send(request("/?v-r=init&location=&query="), HttpResponse.BodyHandlers.ofString()).body();
        return new ObjectMapper().readTree(init).path("appConfig");
    }

    private URI pushUri(JsonNode app) {
        return URI.create("ws://localhost:" + port + "/VAADIN/push?v-r=push&v-uiId=" + app.path("v-uiId").asInt()
                + "&v-pushId=" + app.path("uidl").path("Vaadin-Push-ID").asText()
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true");
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30)).build();
    }

    private String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Completes {@code firstMessage} on the server's handshake and {@code closed} when the connection ends. */
    private static final class Closing implements WebSocket.Listener {
        final CompletableFuture<Void> firstMessage = new CompletableFuture<>();
        final CompletableFuture<String> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            firstMessage.complete(null);
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete("closed " + statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.complete("ended: " + error);
        }
    }
}
