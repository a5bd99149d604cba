package com.thenandnow.lesson;

import java.util.Objects;

/** A left item of a matching question and the right item it belongs to. */
public record MatchPair(String left, String right) {

    public MatchPair {
        Objects.requireNonNull(left);
        Objects.requireNonNull(right);
    }
}
