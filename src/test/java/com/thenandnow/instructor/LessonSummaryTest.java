package com.thenandnow.instructor;

import static com.thenandnow.instructor.InstructorFixtures.option;
import static com.thenandnow.instructor.InstructorFixtures.typed;
import static com.thenandnow.instructor.InstructorFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LessonSummaryTest {

    private final Lesson daughter = InstructorFixtures.daughter();
    private final Lesson dancers = InstructorFixtures.dancers();
    private final Course course = InstructorFixtures.course(daughter, dancers);
    private final InstructorFixtures.Recording store = InstructorFixtures.store();

    private List<LessonSummary> summaries() {
        return LessonSummary.of(ClassProgress.of(course, store.all()));
    }

    /**
     * Anna read the lesson, then passed at her second attempt (33%, then 100%). Boris went straight to the quiz
     * (67%). Clara only read it. Dmitri only chose a name.
     */
    private void recordAClass() {
        LearnerId anna = LearnerId.random();
        store.markRead(anna, daughter.id());
        store.attempt(anna, daughter, 1, Map.of(1, option(0)));
        store.attempt(anna, daughter, 2, Map.of(1, option(0), 2, year(1967), 3, typed("USA")));
        store.attempt(LearnerId.random(), daughter, 3, Map.of(1, option(0), 2, year(1967)));
        store.markRead(LearnerId.random(), daughter.id());
        store.rename(LearnerId.random(), "Dmitri");
    }

    @Test
    void a_lesson_counts_who_started_read_attempted_and_passed_it_out_of_the_class() {
        recordAClass();
        LessonSummary summary = summaries().get(0);
        assertThat(summary.lessonTitle()).isEqualTo("Stalin's daughter");
        assertThat(summary.started()).isEqualTo(new Share(3, 4));
        assertThat(summary.read()).isEqualTo(new Share(2, 4));
        assertThat(summary.attempted()).isEqualTo(new Share(2, 4));
        assertThat(summary.passed()).isEqualTo(new Share(1, 4));
    }

    @Test
    void the_mean_best_and_median_attempts_are_over_those_who_attempted() {
        recordAClass();
        LessonSummary summary = summaries().get(0);
        assertThat(summary.meanBest().getAsDouble()).isCloseTo(83.33, within(0.01));
        assertThat(summary.meanBestText()).isEqualTo("83%");
        assertThat(summary.medianAttempts()).hasValue(1.5);
        assertThat(summary.medianAttemptsText()).isEqualTo("1.5");
    }

    @Test
    void an_odd_number_of_learners_has_a_whole_median() {
        List.of(1, 3, 2).forEach(attempts -> {
            LearnerId learner = LearnerId.random();
            for (int n = 0; n < attempts; n++) {
                store.attempt(learner, daughter, n, Map.of(1, option(1)));
            }
        });
        assertThat(summaries().get(0).medianAttemptsText()).isEqualTo("2");
    }

    @Test
    void a_lesson_nobody_attempted_has_no_mean_nor_median() {
        recordAClass();
        LessonSummary untouched = summaries().get(1);
        assertThat(untouched.lessonId()).isEqualTo("dancers");
        assertThat(untouched.started()).isEqualTo(new Share(0, 4));
        assertThat(untouched.meanBest()).isEmpty();
        assertThat(untouched.meanBestText()).isEqualTo("–");
        assertThat(untouched.medianAttemptsText()).isEqualTo("–");
    }

    @Test
    void an_empty_class_still_lists_every_live_lesson() {
        assertThat(summaries()).extracting(LessonSummary::lessonId).containsExactly("stalins-daughter", "dancers");
        assertThat(summaries().get(0).started().text()).isEqualTo("–");
    }
}
