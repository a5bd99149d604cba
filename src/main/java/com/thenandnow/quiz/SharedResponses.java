package com.thenandnow.quiz;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each common response kept with a result. Most answers are one pick among a few options,
 * true or false, or an order of a few items, so thousands of kept attempts then hold references rather than
 * copies: without sharing, keeping responses added about 40% to a learner's memory. Only responses from a small,
 * fixed set are shared, so the cache stays small whatever a browser sends.
 */
final class SharedResponses {

    /** Option and item indexes below this are shared: 2^8 picks, and orders of up to 4 items. */
    private static final int SMALL = 8;
    private static final int SHORT_ORDER = 4;

    private static final Map<Response, Optional<Response>> SHARED = new ConcurrentHashMap<>();

    private SharedResponses() {
    }

    static Optional<Response> shared(Optional<Response> response) {
        return response.filter(SharedResponses::isCommon).map(common -> SHARED.computeIfAbsent(common, Optional::of))
                .orElse(response);
    }

    private static boolean isCommon(Response response) {
        if (response instanceof Response.Truth) {
            return true;
        }
        if (response instanceof Response.Chosen chosen) {
            return chosen.options().stream().allMatch(index -> index >= 0 && index < SMALL);
        }
        return response instanceof Response.Arranged arranged && arranged.items().size() <= SHORT_ORDER
                && arranged.items().stream().allMatch(index -> index >= 0 && index < SHORT_ORDER);
    }
}
