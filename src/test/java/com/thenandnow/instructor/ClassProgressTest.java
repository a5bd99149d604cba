package com.thenandnow.instructor;

import static com.thenandnow.instructor.InstructorFixtures.T0;
import static com.thenandnow.instructor.InstructorFixtures.option;
import static com.thenandnow.instructor.InstructorFixtures.typed;
import static com.thenandnow.instructor.InstructorFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LessonProgress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassProgressTest {

    private final Lesson daughter = InstructorFixtures.daughter();
    private final Lesson dancers = InstructorFixtures.dancers();
    private final Course course = InstructorFixtures.course(daughter, dancers);
    private final InstructorFixtures.Recording store = InstructorFixtures.store();

    private ClassProgress progress() {
        return ClassProgress.of(course, store.all());
    }

    @Test
    void a_learner_has_one_row_per_live_lesson_with_attempts_best_last_and_passed() {
        LearnerId zoe = LearnerId.random();
        store.rename(zoe, "Zoe");
        store.attempt(zoe, daughter, 1, Map.of(1, option(0), 2, year(1967), 3, typed("USA")));
        store.attempt(zoe, daughter, 2, Map.of(1, option(0)));
        LearnerSummary learner = progress().learners().get(0);
        ProgressRow row = learner.lesson("stalins-daughter").orElseThrow();
        assertThat(row.learnerName()).isEqualTo("Zoe");
        assertThat(row.learnerId()).isEqualTo(zoe.value());
        assertThat(row.lessonTitle()).isEqualTo("Stalin's daughter");
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.shownBest()).contains(100);
        assertThat(row.shownLast()).contains(33);
        assertThat(row.passed()).isTrue();
        assertThat(row.passedAt()).contains(T0.plusSeconds(60));
        assertThat(row.lastAttemptAt()).contains(T0.plusSeconds(120));
        assertThat(row.summary()).isEqualTo("100% · 2 · ✓");
        assertThat(row.description()).isEqualTo("Best 100%, 2 attempts, passed");
        assertThat(learner.lesson("dancers").orElseThrow().summary()).isEqualTo("–");
        assertThat(learner.lesson("dancers").orElseThrow().description()).isEqualTo("Not started");
    }

    @Test
    void completion_is_passed_lessons_over_live_lessons() {
        LearnerId zoe = LearnerId.random();
        store.attempt(zoe, daughter, 1, Map.of(1, option(0), 2, year(1967), 3, typed("USA")));
        store.attempt(zoe, dancers, 2, Map.of(1, option(1)));
        LearnerSummary learner = progress().learners().get(0);
        assertThat(learner.passedCount()).isEqualTo(1);
        assertThat(learner.completion()).isEqualTo(0.5);
        assertThat(learner.completionText()).isEqualTo("1 of 2 (50%)");
        assertThat(learner.lesson("dancers").orElseThrow().summary()).isEqualTo("0% · 1");
        assertThat(learner.lesson("dancers").orElseThrow().description()).isEqualTo("Best 0%, 1 attempt, not passed yet");
    }

    @Test
    void completion_text_rounds_the_share_of_lessons() {
        ProgressRow passed = row(true);
        ProgressRow open = row(false);
        LearnerSummary learner = new LearnerSummary("id", "Zoe", List.of(passed, open, open));
        assertThat(learner.completionText()).isEqualTo("1 of 3 (33%)");
        assertThat(new LearnerSummary("id", "Zoe", List.of(passed, passed, open)).completionText())
                .isEqualTo("2 of 3 (67%)");
    }

    @Test
    void a_lesson_only_read_shows_as_read_without_scores() {
        LearnerId zoe = LearnerId.random();
        store.markRead(zoe, daughter.id());
        ProgressRow row = progress().learners().get(0).lesson("stalins-daughter").orElseThrow();
        assertThat(row.summary()).isEqualTo("Read");
        assertThat(row.started()).isTrue();
        assertThat(row.readAt()).contains(T0);
        assertThat(row.shownBest()).isEmpty();
        assertThat(row.shownLast()).isEmpty();
        assertThat(row.lastAttemptAt()).isEmpty();
        assertThat(row.passedAt()).isEmpty();
    }

    @Test
    void a_learner_who_went_straight_to_the_quiz_has_started_the_lesson_but_not_read_it() {
        LearnerId zoe = LearnerId.random();
        store.attempt(zoe, daughter, 5, Map.of(1, option(1)));
        ProgressRow row = progress().learners().get(0).lesson("stalins-daughter").orElseThrow();
        assertThat(row.started()).isTrue();
        assertThat(row.read()).isFalse();
        assertThat(row.readAt()).isEmpty();
    }

    @Test
    void a_learner_who_read_the_lesson_before_the_quiz_has_read_it() {
        LearnerId zoe = LearnerId.random();
        store.markRead(zoe, daughter.id());
        store.attempt(zoe, daughter, 5, Map.of(1, option(1)));
        ProgressRow row = progress().learners().get(0).lesson("stalins-daughter").orElseThrow();
        assertThat(row.read()).isTrue();
        assertThat(row.readAt()).contains(T0);
    }

    @Test
    void a_lesson_never_opened_is_not_started_and_shows_a_dash() {
        ProgressRow untouched = new ProgressRow("id", "Zoe", "lesson", "Lesson", LessonProgress.empty("lesson"));
        assertThat(untouched.started()).isFalse();
        assertThat(untouched.summary()).isEqualTo("–");
    }

    @Test
    void learners_are_sorted_by_name_and_guests_who_did_nothing_are_left_out() {
        LearnerId bea = LearnerId.random();
        LearnerId adam = LearnerId.random();
        LearnerId reader = LearnerId.random();
        store.rename(bea, "bea");
        store.rename(adam, "Adam");
        store.rename(LearnerId.random(), "");
        store.markRead(reader, daughter.id());
        ClassProgress progress = progress();
        assertThat(progress.learners()).extracting(LearnerSummary::name)
                .containsExactly("Adam", "bea", "Guest " + reader.value().substring(0, 4));
        assertThat(progress.rows()).hasSize(6);
        assertThat(progress.rows()).extracting(ProgressRow::lessonId)
                .startsWith("stalins-daughter", "dancers", "stalins-daughter");
    }

    @Test
    void a_class_where_nobody_started_is_empty() {
        store.rename(LearnerId.random(), "");
        assertThat(progress().isEmpty()).isTrue();
        assertThat(progress().lessons()).containsExactly(daughter, dancers);
    }

    @Test
    void the_name_filter_ignores_case_and_surrounding_spaces() {
        assertThat(new NameFilter(" PETR ").matches("Zoë Petrova")).isTrue();
        assertThat(NameFilter.EVERYONE.matches("Zoë Petrova")).isTrue();
        assertThat(new NameFilter("Ivan").matches("Zoë Petrova")).isFalse();
        assertThat(new NameFilter("  ").isBlank()).isTrue();
    }

    @Test
    void a_name_filter_longer_than_any_name_is_cut_to_its_limit() {
        assertThat(new NameFilter("x".repeat(100_000)).text()).hasSize(NameFilter.MAX_LENGTH);
    }

    private static ProgressRow row(boolean passed) {
        LessonProgress progress = new LessonProgress("lesson", Optional.of(T0), 1, passed ? 80 : 20,
                passed ? Optional.of(T0) : Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of());
        return new ProgressRow("id", "Zoe", "lesson", "Lesson", progress);
    }
}
