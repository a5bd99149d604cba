package com.thenandnow.progress;

import static com.thenandnow.quiz.QuizFixtures.firstRight;
import static com.thenandnow.quiz.QuizFixtures.lesson;
import static com.thenandnow.quiz.QuizFixtures.shortAnswer;
import static com.thenandnow.quiz.QuizFixtures.trueFalseLesson;
import static com.thenandnow.quiz.QuizFixtures.trueFalseQuestions;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.ShortAnswers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Never lose an answer: drafts saved as the learner goes, found again, cleared by checking, bounded in size. */
class OpenQuizzesTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();
    /** Four true/false questions, all "true", pass 70. */
    private static final Lesson LESSON = trueFalseLesson("first", 4);

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final QuizAttempts quizzes = new QuizAttempts();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final OpenQuizzes open = new OpenQuizzes(store, quizzes, clock);
    private final ProgressRecorder recorder = new ProgressRecorder(store, clock, new ProgressProperties(20),
            new SimpleMeterRegistry());

    private static Map<Integer, Response> truths(boolean... values) {
        Map<Integer, Response> responses = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            responses.put(i + 1, new Response.Truth(values[i]));
        }
        return responses;
    }

    @Test
    void a_new_learner_gets_a_new_attempt_with_no_answers() {
        OpenQuiz quiz = open.open(ANN, LESSON, Optional.empty());

        assertThat(quiz.answers()).isEmpty();
        assertThat(quiz.checked()).isEmpty();
        assertThat(quiz.attempt().questions()).hasSize(4);
    }

    @Test
    void answers_saved_as_a_draft_come_back_with_the_same_attempt() {
        QuizAttempt attempt = open.open(ANN, LESSON, Optional.empty()).attempt();
        open.saveDraft(ANN, attempt, truths(true, false));

        OpenQuiz again = open.open(ANN, LESSON, Optional.empty());

        assertThat(again.attempt()).isEqualTo(attempt);
        assertThat(again.answers()).isEqualTo(truths(true, false));
    }

    @Test
    void checking_clears_the_draft_and_a_new_visit_starts_afresh() {
        QuizAttempt attempt = open.open(ANN, LESSON, Optional.empty()).attempt();
        open.saveDraft(ANN, attempt, truths(true));
        recorder.submit(ANN, attempt, truths(true, true, true, true));

        assertThat(store.progress(ANN).lesson(LESSON.id()).draft()).isEmpty();
        assertThat(open.open(ANN, LESSON, Optional.empty()).attempt().id()).isNotEqualTo(attempt.id());
    }

    @Test
    void a_checked_attempt_named_by_its_id_opens_checked() {
        QuizAttempt attempt = quizzes.start(LESSON);
        Attempt recorded = recorder.submit(ANN, attempt, firstRight(1, 4));

        OpenQuiz quiz = open.open(ANN, LESSON, Optional.of(attempt.id().toString()));

        assertThat(quiz.checked()).contains(recorded);
        assertThat(quiz.attempt()).isEqualTo(QuizAttempt.resume(attempt.id(), LESSON, Optional.empty(), List.of()));
    }

    @Test
    void an_unknown_or_malformed_attempt_id_opens_the_draft_or_a_new_attempt() {
        QuizAttempt attempt = open.open(ANN, LESSON, Optional.empty()).attempt();
        open.saveDraft(ANN, attempt, truths(false));

        assertThat(open.open(ANN, LESSON, Optional.of("not-an-id")).attempt()).isEqualTo(attempt);
        assertThat(open.open(ANN, LESSON, Optional.of(LearnerId.random().value())).answers()).isEqualTo(truths(false));
    }

    @Test
    void a_draft_or_a_checked_attempt_of_an_older_lesson_version_is_not_shown_for_the_new_one() {
        QuizAttempt attempt = open.open(ANN, LESSON, Optional.empty()).attempt();
        open.saveDraft(ANN, attempt, truths(true));
        Lesson edited = new Lesson(LESSON.id(), 1, "Edited", "", 1, 70, List.of(), List.of(), true, "<p>New.</p>",
                trueFalseQuestions(5), LESSON.fileName(), "v2");

        OpenQuiz quiz = open.open(ANN, edited, Optional.of(attempt.id().toString()));

        assertThat(quiz.answers()).isEmpty();
        assertThat(quiz.attempt().lesson()).isSameAs(edited);
    }

    @Test
    void a_retry_of_mistakes_in_progress_comes_back_with_its_carried_over_questions() {
        QuizAttempt first = quizzes.start(LESSON);
        Attempt checked = recorder.submit(ANN, first, truths(true, false, true, false));
        QuizAttempt retry = quizzes.retryMistakes(first, checked.result());
        open.saveDraft(ANN, retry, Map.of(2, new Response.Truth(true)));

        OpenQuiz again = open.open(ANN, LESSON, Optional.empty());

        assertThat(again.attempt()).isEqualTo(retry);
        assertThat(again.attempt().questions()).extracting(question -> question.text().number()).containsExactly(2, 4);
        assertThat(again.answers()).isEqualTo(Map.of(2, new Response.Truth(true)));
    }

    @Test
    void a_draft_keeps_only_answers_given_to_questions_the_attempt_asks() {
        Lesson typed = lesson("typed", List.of(shortAnswer(1, "Baryshnikov"), shortAnswer(2, "Nureyev")));
        QuizAttempt attempt = quizzes.start(typed);

        open.saveDraft(ANN, attempt, Map.of(1, new Response.Typed("x".repeat(ShortAnswers.MAX_LENGTH + 1)),
                2, Response.BLANK, 9, new Response.Typed("Nureyev")));
        assertThat(store.progress(ANN).lesson("typed").draft()).isEmpty();

        open.saveDraft(ANN, attempt, Map.of(1, new Response.Typed("Barishnikov"), 2, Response.BLANK));
        assertThat(store.progress(ANN).lesson("typed").draft().orElseThrow().responses())
                .isEqualTo(Map.of(1, new Response.Typed("Barishnikov")));
    }

    @Test
    void clearing_every_answer_clears_the_draft_and_leaves_nothing_stored_for_a_newcomer() {
        QuizAttempt attempt = quizzes.start(LESSON);
        open.saveDraft(ANN, attempt, truths(true));
        open.saveDraft(ANN, attempt, Map.of());

        assertThat(store.progress(ANN).lesson(LESSON.id()).draft()).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void a_draft_saved_after_its_attempt_was_checked_changes_nothing() {
        QuizAttempt attempt = quizzes.start(LESSON);
        recorder.submit(ANN, attempt, truths(true));
        LearnerProgress before = store.progress(ANN);

        store.update(ANN, new ProgressChange.SaveDraft(LESSON.id(), QuizDraft.of(attempt, truths(false), NOW)));

        assertThat(store.progress(ANN)).isEqualTo(before);
    }

    @Test
    void a_learner_keeps_the_newest_drafts_only() {
        for (int i = 0; i <= LearnerProgress.MAX_DRAFTS; i++) {
            QuizAttempt attempt = quizzes.start(trueFalseLesson("lesson-" + i, 2));
            store.update(ANN, new ProgressChange.SaveDraft("lesson-" + i,
                    QuizDraft.of(attempt, truths(true), NOW.plusSeconds(i))));
        }

        LearnerProgress progress = store.progress(ANN);

        assertThat(progress.lessons().values().stream().filter(lesson -> lesson.draft().isPresent())).hasSize(LearnerProgress.MAX_DRAFTS);
        assertThat(progress.lesson("lesson-0").draft()).isEmpty();
        assertThat(progress.lesson("lesson-" + LearnerProgress.MAX_DRAFTS).draft()).isPresent();
    }

    @Test
    void saving_the_same_draft_twice_gives_the_same_progress_as_once() {
        QuizAttempt attempt = quizzes.start(LESSON);
        ProgressChange save = new ProgressChange.SaveDraft(LESSON.id(), QuizDraft.of(attempt, truths(true), NOW));

        LearnerProgress once = store.update(ANN, save);

        assertThat(store.update(ANN, save)).isEqualTo(once);
    }
}
