package com.thenandnow.progress;

import static com.thenandnow.quiz.QuizFixtures.firstRight;
import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.multipleChoice;
import static com.thenandnow.quiz.QuizFixtures.right;
import static com.thenandnow.quiz.QuizFixtures.trueFalse;
import static com.thenandnow.quiz.QuizFixtures.trueFalseLesson;
import static com.thenandnow.quiz.QuizFixtures.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.CourseInfo;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The rules for display names, and renaming through the store. */
class LearnerNamesTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final LearnerNames names = new LearnerNames(store, Clock.fixed(NOW, ZoneOffset.UTC));

    // Names

    @Test
    void a_name_of_up_to_40_characters_is_accepted() {
        assertThat(LearnerNames.problemWith("A".repeat(40))).isEmpty();
        assertThat(LearnerNames.problemWith("  " + "A".repeat(40) + "  ")).isEmpty();
        assertThat(LearnerNames.problemWith("Zoë O’Brien-Šmidová")).isEmpty();
    }

    @Test
    void a_name_longer_than_40_characters_is_rejected() {
        assertThat(LearnerNames.problemWith("A".repeat(41))).contains("Use at most 40 characters.");
    }

    @Test
    void a_name_with_control_characters_is_rejected() {
        assertThat(LearnerNames.problemWith("Ann\nBen")).isPresent();
        assertThat(LearnerNames.problemWith("Ann\tBen")).isPresent();
        assertThat(LearnerNames.problemWith("Ann\u0000")).isPresent();
        assertThat(LearnerNames.problemWith("Ann\u0085Ben")).isPresent();
    }

    /** "Ann\u202Egnp.exe" shows as "Annexe.png": a name must not reorder or hide what others read of it. */
    @Test
    void a_name_with_a_text_direction_control_or_another_invisible_character_is_rejected_with_a_message() {
        List<String> names = List.of("Ann\u202Egnp.exe", "\u202DAnn", "Ann\u2066Ben\u2069", "Ann\u200EBen", "Ann\u200FBen",
                "Ann\u061CBen", "Ann\u200BBen", "Ann\u2060Ben", "Ann\uFEFF", "Ann\u00ADBen", "Ann\u2028Ben",
                "Ann\u2029Ben", "Ann\uDB40\uDC41", "Ann\uD800Ben");

        assertThat(names).allSatisfy(name -> assertThat(LearnerNames.problemWith(name)).as(name.codePoints()
                .mapToObj(Integer::toHexString).toList().toString())
                .contains("Remove the invisible characters, such as text direction marks, from the name."));
    }

    @Test
    void joiners_that_scripts_and_emoji_need_are_accepted() {
        assertThat(LearnerNames.problemWith("\u0645\u06cc\u200c\u0634\u0648\u062f")).isEmpty();
        assertThat(LearnerNames.problemWith("Ann \uD83D\uDC69\u200D\uD83D\uDE80")).isEmpty();
    }

    @Test
    void renaming_with_an_invisible_character_throws_and_changes_nothing() {
        names.rename(ANN, "Ann");

        assertThatThrownBy(() -> names.rename(ANN, "Ann\u202Egnp.exe")).isInstanceOf(IllegalArgumentException.class);

        assertThat(store.progress(ANN).displayName()).isEqualTo("Ann");
    }

    @Test
    void a_blank_name_is_accepted_as_a_guest() {
        assertThat(LearnerNames.problemWith("")).isEmpty();
        assertThat(LearnerNames.problemWith("   ")).isEmpty();
    }

    @Test
    void renaming_stores_the_name_without_surrounding_spaces() {
        names.rename(ANN, "  Ann  ");

        assertThat(store.progress(ANN).displayName()).isEqualTo("Ann");
        assertThat(store.progress(ANN).introduced()).isTrue();
        assertThat(store.progress(ANN).lastActive()).contains(NOW);
    }

    @Test
    void renaming_to_a_blank_name_continues_as_a_guest() {
        names.rename(ANN, "Ann");

        names.rename(ANN, "  ");

        assertThat(store.progress(ANN).isGuest()).isTrue();
    }

    @Test
    void renaming_with_a_bad_name_throws_and_changes_nothing() {
        names.rename(ANN, "Ann");

        assertThatThrownBy(() -> names.rename(ANN, "B".repeat(41))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> names.rename(ANN, "Ann\u0007")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Use letters, digits, spaces and punctuation only.");

        assertThat(store.progress(ANN).displayName()).isEqualTo("Ann");
    }
}
