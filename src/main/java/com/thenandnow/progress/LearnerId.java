package com.thenandnow.progress;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A learner's random, unguessable id, kept in a browser cookie; the only thing that ties progress to a person. */
public record LearnerId(String value) {

    public LearnerId {
        Objects.requireNonNull(value);
        UUID.fromString(value);
    }

    public static LearnerId random() {
        return new LearnerId(UUID.randomUUID().toString());
    }

    /** The id in a cookie value, or empty when the value is not a well-formed id (tampered or foreign). */
    public static Optional<LearnerId> parse(String value) {
        try {
            return Optional.of(new LearnerId(UUID.fromString(value).toString()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
