package com.thenandnow.progress;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The rules for the name a learner goes by. */
@Service
public class LearnerNames {

    private final ProgressStore store;
    private final Clock clock;

    public LearnerNames(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Why a display name cannot be used, or empty when it can (blank means "guest"). */
    public static Optional<String> problemWith(String name) {
        String trimmed = name.strip();
        if (trimmed.length() > LearnerProgress.MAX_NAME_LENGTH) {
            return Optional.of("Use at most " + LearnerProgress.MAX_NAME_LENGTH + " characters.");
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("Use letters, digits, spaces and punctuation only.");
        }
        return Optional.empty();
    }

    /** Sets the learner's display name; a blank name continues as a guest. */
    public LearnerProgress rename(LearnerId learner, String name) {
        problemWith(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return store.update(learner, new ProgressChange.Rename(name.strip(), clock.instant()));
    }
}
