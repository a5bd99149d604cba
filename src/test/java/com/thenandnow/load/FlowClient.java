package com.thenandnow.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * One browser tab speaking Vaadin Flow's client protocol over HTTP, as flow-client does: the bootstrap page,
 * {@code ?v-r=init}, UIDL POSTs with the CSRF token, syncId and clientId, and the Atmosphere push websocket
 * on which server-initiated changes arrive. Requests of one tab go one at a time, as in the browser, and like
 * the browser it accepts gzip, so the server compresses its responses as it would for learners.
 */
final class FlowClient {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUARD = "for(;;);";

    private final HttpClient http;
    private final URI base;
    private final Cookies cookies;
    private final Consumer<JsonNode> onPush;
    private UiTree tree = new UiTree();
    private FollowUps followUps = new FollowUps();
    private String csrfToken;
    private String pushId;
    private int uiId;
    private int syncId;
    private int clientId;
    private WebSocket socket;

    FlowClient(HttpClient http, URI base, Cookies cookies, Consumer<JsonNode> onPush) {
        this.http = http;
        this.base = base;
        this.cookies = cookies;
        this.onPush = onPush;
    }

    /** The bootstrap page: the HTML shell every route answers with. */
    CompletableFuture<Void> loadPage(String route) {
        return get(base.resolve(route)).thenAccept(body -> { });
    }

    /** Creates the server-side UI for the route and reads its first state, token and push id. */
    CompletableFuture<Void> init(String route) {
        URI uri = base.resolve("?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
        return get(uri).thenAccept(body -> {
            JsonNode config = parse(body).path("appConfig");
            JsonNode uidl = config.path("uidl");
            synchronized (this) {
                tree = new UiTree();
                followUps = new FollowUps();
                syncId = 0;
                clientId = 0;
                uiId = config.path("v-uiId").asInt();
                csrfToken = uidl.path("Vaadin-Security-Key").asText();
                pushId = uidl.path("Vaadin-Push-ID").asText(null);
                applyLocked(uidl);
            }
        });
    }

    /** Opens the push websocket; completes when Atmosphere's handshake message has arrived. */
    CompletableFuture<Void> connectPush() {
        close();
        PushSocket listener = new PushSocket(this::receivePush);
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + syncId);
        return http.newWebSocketBuilder().header("Cookie", cookies.header()).connectTimeout(TIMEOUT)
                .buildAsync(uri, listener)
                .thenCompose(opened -> {
                    socket = opened;
                    return listener.handshake();
                });
    }

    /** One UIDL round trip with the given invocations; completes with the server's message once applied. */
    CompletableFuture<JsonNode> send(List<ObjectNode> rpcs) {
        ObjectNode message = JSON.createObjectNode();
        synchronized (this) {
            message.put("csrfToken", csrfToken).put("syncId", syncId).put("clientId", clientId);
        }
        message.putArray("rpc").addAll(rpcs);
        HttpRequest request = request(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build();
        return exchange(request).thenApply(body -> {
            JsonNode reply = parse(body.substring(body.startsWith(GUARD) ? GUARD.length() : 0)).path(0);
            UidlErrors.check(reply);
            synchronized (this) {
                clientId = reply.path("clientId").asInt(clientId + 1);
                applyLocked(reply);
            }
            return reply;
        });
    }

    /** What the browser would send by itself after the last messages: property sync events, grid confirmations. */
    synchronized List<ObjectNode> takeFollowUps() {
        return followUps.take();
    }

    synchronized <T> T read(Function<UiTree, T> query) {
        return query.apply(tree);
    }

    void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    private void receivePush(String text) {
        JsonNode messages = parse(text.substring(GUARD.length()));
        synchronized (this) {
            messages.forEach(this::applyLocked);
        }
        messages.forEach(onPush);
    }

    private void applyLocked(JsonNode message) {
        syncId = Math.max(syncId, message.path("syncId").asInt(syncId));
        followUps.collect(tree, tree.apply(message), message.path("execute"));
    }

    private CompletableFuture<String> get(URI uri) {
        return exchange(request(uri).GET().build());
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept-Encoding", "gzip");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.header());
        }
        return builder;
    }

    private CompletableFuture<String> exchange(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            cookies.keep(response.headers());
            if (response.statusCode() != 200) {
                throw new UidlErrors.Failure("HTTP " + response.statusCode());
            }
            return text(response);
        });
    }

    private static String text(HttpResponse<byte[]> response) {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(gunzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UidlErrors.Failure("bad gzip: " + e.getMessage());
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UidlErrors.Failure("not JSON: " + json.substring(0, Math.min(80, json.length())));
        }
    }
}
