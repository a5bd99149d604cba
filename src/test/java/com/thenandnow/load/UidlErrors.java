package com.thenandnow.load;

import com.fasterxml.jackson.databind.JsonNode;

/** What counts as a failed round trip besides a non-200 answer: the server's own error and resync signals. */
final class UidlErrors {

    private UidlErrors() {
    }

    static void check(JsonNode reply) {
        JsonNode meta = reply.path("meta");
        if (meta.has("sessionExpired")) {
            throw new Failure("session expired");
        }
        if (meta.has("appError")) {
            throw new Failure("app error: " + meta.path("appError").path("caption").asText());
        }
        if (reply.has("resynchronize")) {
            throw new Failure("resynchronize");
        }
    }

    /** A round trip the server did not answer as a browser would expect. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
