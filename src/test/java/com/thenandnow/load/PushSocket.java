package com.thenandnow.load;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The receiving end of Vaadin's push websocket. Atmosphere prefixes every message with its length and a
 * '|' (trackMessageLength), and may split a message over frames or put several in one; the first message
 * is Atmosphere's handshake (tracking id, heartbeat, padding), the others are UIDL messages.
 */
final class PushSocket implements WebSocket.Listener {

    private final CompletableFuture<Void> handshake = new CompletableFuture<>();
    private final Consumer<String> onMessage;
    private final StringBuilder pending = new StringBuilder();

    PushSocket(Consumer<String> onMessage) {
        this.onMessage = onMessage;
    }

    CompletableFuture<Void> handshake() {
        return handshake;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        pending.append(data);
        String message;
        while ((message = nextMessage()) != null) {
            if (!handshake.isDone()) {
                handshake.complete(null);
            } else if (message.startsWith("for(;;);")) {
                onMessage.accept(message);
            }
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        handshake.completeExceptionally(new IllegalStateException("push closed: " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        handshake.completeExceptionally(error);
    }

    private String nextMessage() {
        int delimiter = pending.indexOf("|");
        if (delimiter < 0) {
            return null;
        }
        int length = Integer.parseInt(pending.substring(0, delimiter).strip());
        if (pending.length() < delimiter + 1 + length) {
            return null;
        }
        String message = pending.substring(delimiter + 1, delimiter + 1 + length);
        pending.delete(0, delimiter + 1 + length);
        return message;
    }
}
