package com.thenandnow.load;

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** One browser's cookies for one host: what the server set, sent back with every request and the websocket. */
final class Cookies {

    private final Map<String, String> values = new LinkedHashMap<>();

    synchronized void keep(HttpHeaders headers) {
        for (String header : headers.allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
    }

    synchronized boolean isEmpty() {
        return values.isEmpty();
    }

    synchronized String header() {
        return values.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("; "));
    }
}
