package com.thenandnow.progress;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The rules for the name a learner goes by. */
@Service
public class LearnerNames {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

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
        if (trimmed.codePoints().anyMatch(LearnerNames::isInvisible)) {
            return Optional.of("Remove the invisible characters, such as text direction marks, from the name.");
        }
        return Optional.empty();
    }

    /**
     * Characters that change or hide what others read of a name without showing themselves: text direction
     * controls (U+202E makes "Ann\u202Egnp.exe" read "Annexe.png"), zero-width and other format characters,
     * line and paragraph separators, and halves of a broken surrogate pair. The zero-width joiner and
     * non-joiner are kept: Persian, Indic scripts and many emoji need them.
     */
    private static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.FORMAT -> codePoint != ZERO_WIDTH_NON_JOINER && codePoint != ZERO_WIDTH_JOINER;
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** Sets the learner's display name; a blank name continues as a guest. */
    public LearnerProgress rename(LearnerId learner, String name) {
        problemWith(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return store.update(learner, new ProgressChange.Rename(name.strip(), clock.instant()));
    }
}
