package com.thenandnow.instructor;

import static com.thenandnow.instructor.InstructorFixtures.DEFECTION;
import static com.thenandnow.instructor.InstructorFixtures.T0;
import static com.thenandnow.instructor.InstructorFixtures.option;
import static com.thenandnow.instructor.InstructorFixtures.typed;
import static com.thenandnow.instructor.InstructorFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private final Lesson lesson = InstructorFixtures.daughter();
    private final InstructorFixtures.Recording store = InstructorFixtures.store();
    private final LearnerId anna = LearnerId.random();
    private final LearnerId boris = LearnerId.random();
    private final LearnerId clara = LearnerId.random();
    private final LearnerId dmitri = LearnerId.random();

    /**
     * Anna: wrong on everything first (dancer, 1966, "France"), then right but for "the USA", then all right.
     * Boris: right, blank, "france".
     * Clara: dancer, 1967, "USA". Dmitri only read the lesson.
     */
    @BeforeEach
    void recordAKnownSetOfAttempts() {
        store.attempt(anna, lesson, 1, Map.of(1, option(1), 2, year(1966), 3, typed("France")));
        store.attempt(anna, lesson, 5, Map.of(1, option(0), 2, year(1967), 3, typed("the USA ")));
        store.attempt(anna, lesson, 6, Map.of(1, option(0), 2, year(1967), 3, typed("United States")));
        store.attempt(boris, lesson, 2, Map.of(1, option(0), 2, Response.BLANK, 3, typed("france")));
        store.attempt(clara, lesson, 3, Map.of(1, option(1), 2, year(1967), 3, typed("USA")));
        store.markRead(dmitri, lesson.id());
    }

    private List<QuestionStats> analysis() {
        return ItemAnalysis.of(lesson, store.all());
    }

    @Test
    void every_question_of_the_lesson_gets_a_row_with_its_prompt_and_sources() {
        assertThat(analysis()).extracting(QuestionStats::questionNumber, QuestionStats::prompt, QuestionStats::sources)
                .containsExactly(
                        tuple(1, "Who was Svetlana Alliluyeva?", List.of(6)),
                        tuple(2, "In what year did she defect?", List.of(6)),
                        tuple(3, "To which country did she defect?", List.of(6, 7)));
    }

    @Test
    void answers_given_in_review_are_counted_apart_and_change_no_other_figure() {
        QuestionStats before = analysis().get(0);
        for (LearnerId learner : List.of(anna, clara)) {
            store.store().update(learner, new ProgressChange.AnswerReview(UUID.randomUUID(), lesson.id(),
                    "Who was Svetlana Alliluyeva?", Verdict.RIGHT, "Stalin's daughter", T0.plus(Duration.ofDays(1))));
        }

        QuestionStats after = analysis().get(0);

        assertThat(before.reviewAnswers()).isZero();
        assertThat(after.reviewAnswers()).isEqualTo(2);
        assertThat(after).usingRecursiveComparison().ignoringFields("reviewAnswers").isEqualTo(before);
    }

    @Test
    void a_single_choice_question_counts_learners_first_tries_and_all_answers() {
        QuestionStats who = analysis().get(0);
        assertThat(who.answered()).isEqualTo(3);
        assertThat(who.rightFirstTry().whole()).isEqualTo(3);
        assertThat(who.rightFirstTry().part()).isEqualTo(1);
        assertThat(who.rightOverall().whole()).isEqualTo(5);
        assertThat(who.rightOverall().part()).isEqualTo(3);
        assertThat(who.rightFirstTry().percent()).hasValue(33);
        assertThat(who.rightOverall().percent()).hasValue(60);
        assertThat(who.commonWrongAnswers()).containsExactly(new AnswerCount("A ballet dancer", 2));
    }

    @Test
    void a_blank_answer_counts_as_not_right_but_not_as_answered_nor_as_a_wrong_answer() {
        QuestionStats year = analysis().get(1);
        assertThat(year.answered()).isEqualTo(2);
        assertThat(year.rightFirstTry().part()).isEqualTo(1);
        assertThat(year.rightFirstTry().whole()).isEqualTo(3);
        assertThat(year.rightOverall().whole()).isEqualTo(5);
        assertThat(year.rightOverall().part()).isEqualTo(3);
        assertThat(year.commonWrongAnswers()).containsExactly(new AnswerCount("1966", 1));
    }

    @Test
    void wrong_answers_that_differ_only_in_case_count_together() {
        QuestionStats country = analysis().get(2);
        assertThat(country.rightFirstTry().part()).isEqualTo(1);
        assertThat(country.rightOverall().part()).isEqualTo(2);
        assertThat(country.commonWrongAnswers()).containsExactly(
                new AnswerCount("France", 2), new AnswerCount("the USA", 1));
    }

    @Test
    void an_answer_is_shown_in_its_most_frequent_spelling_whatever_the_order_of_learners() {
        InstructorFixtures.Recording spellings = InstructorFixtures.store();
        List.of("France", "france", "france.", "france").forEach(answer ->
                spellings.attempt(LearnerId.random(), lesson, 1, Map.of(3, typed(answer))));
        assertThat(ItemAnalysis.of(lesson, spellings.all()).get(2).commonWrongAnswers())
                .containsExactly(new AnswerCount("france", 4));
    }

    @Test
    void a_learner_who_only_read_the_lesson_is_not_counted() {
        assertThat(analysis()).allSatisfy(stats -> assertThat(stats.rightFirstTry().whole()).isEqualTo(3));
    }

    @Test
    void only_the_three_most_common_wrong_answers_are_kept_ties_in_alphabetical_order() {
        InstructorFixtures.Recording many = InstructorFixtures.store();
        List.of("Spain", "Spain", "Italy", "France", "Canada").forEach(answer ->
                many.attempt(LearnerId.random(), lesson, 1, Map.of(3, typed(answer))));
        assertThat(ItemAnalysis.of(lesson, many.all()).get(2).commonWrongAnswers()).containsExactly(
                new AnswerCount("Spain", 2), new AnswerCount("Canada", 1), new AnswerCount("France", 1));
    }

    @Test
    void a_reworded_question_starts_afresh_while_the_others_keep_their_figures() {
        Lesson edited = InstructorFixtures.lesson("02-stalins-daughter.md",
                DEFECTION.replace("In what year did she defect?", "When did she leave the Soviet Union?"));
        List<QuestionStats> stats = ItemAnalysis.of(edited, store.all());
        assertThat(stats.get(1).prompt()).isEqualTo("When did she leave the Soviet Union?");
        assertThat(stats.get(1).rightOverall().whole()).isZero();
        assertThat(stats.get(1).rightFirstTry().whole()).isZero();
        assertThat(stats.get(1).rightFirstTry().percent()).isEmpty();
        assertThat(stats.get(0).rightOverall().whole()).isEqualTo(5);
    }

    @Test
    void an_attempt_kept_both_as_first_and_as_recent_counts_once() {
        InstructorFixtures.Recording keepingOne = InstructorFixtures.keeping(1);
        keepingOne.attempt(anna, lesson, 1, Map.of(1, option(0)));
        QuestionStats who = ItemAnalysis.of(lesson, keepingOne.all()).get(0);
        assertThat(who.rightOverall().whole()).isEqualTo(1);
        assertThat(who.rightOverall().percent()).hasValue(100);
    }

    @Test
    void attempts_trimmed_away_no_longer_count_but_the_first_attempt_always_does() {
        InstructorFixtures.Recording keepingOne = InstructorFixtures.keeping(1);
        keepingOne.attempt(anna, lesson, 1, Map.of(1, option(1)));
        keepingOne.attempt(anna, lesson, 2, Map.of(1, option(2)));
        keepingOne.attempt(anna, lesson, 3, Map.of(1, option(0)));
        QuestionStats who = ItemAnalysis.of(lesson, keepingOne.all()).get(0);
        assertThat(who.rightOverall().whole()).isEqualTo(2);
        assertThat(who.rightOverall().part()).isEqualTo(1);
        assertThat(who.commonWrongAnswers()).containsExactly(new AnswerCount("A ballet dancer", 1));
    }

    @Test
    void the_course_analysis_covers_every_live_lesson_in_course_order() {
        Lesson other = InstructorFixtures.dancers();
        List<QuestionStats> stats = ItemAnalysis.of(InstructorFixtures.course(lesson, other), store.all());
        assertThat(stats).extracting(QuestionStats::lessonId)
                .containsExactly("stalins-daughter", "stalins-daughter", "stalins-daughter", "dancers", "dancers", "dancers");
        assertThat(stats.get(3).rightOverall().whole()).isZero();
        assertThat(stats.get(3).rightOverall().percent()).isEmpty();
    }

    /** Answers stored before the length limit may be a pasted megabyte: the page must still count them at once. */
    @Test
    void megabyte_wrong_answers_stored_before_the_length_limit_are_counted_in_one_pass() {
        InstructorFixtures.Recording legacy = InstructorFixtures.store();
        String pasted = "!".repeat(1 << 20) + "x";
        legacy.storedAnswer(anna, lesson, 3, pasted);
        legacy.storedAnswer(boris, lesson, 3, pasted + "!");

        List<QuestionStats> stats = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ItemAnalysis.of(lesson, legacy.all()));

        assertThat(stats.get(2).commonWrongAnswers()).extracting(AnswerCount::count).containsExactly(2);
    }

    @Test
    void each_question_knows_its_lesson_file_for_the_link_to_its_preview() {
        assertThat(analysis()).extracting(QuestionStats::lessonFile).containsOnly("02-stalins-daughter.md");
    }

    @Test
    void a_question_most_learners_missed_on_the_first_try_needs_attention() {
        InstructorFixtures.Recording three = InstructorFixtures.store();
        three.attempt(anna, lesson, 1, Map.of(1, option(0), 2, year(1967), 3, typed("USA")));
        three.attempt(boris, lesson, 1, Map.of(1, option(0), 2, year(1966), 3, typed("USA")));
        three.attempt(clara, lesson, 1, Map.of(1, option(1), 2, year(1966), 3, typed("USA")));
        three.attempt(clara, lesson, 2, Map.of(1, option(0), 2, year(1967), 3, typed("USA")));
        assertThat(ItemAnalysis.of(lesson, three.all())).extracting(QuestionStats::needsAttention)
                .containsExactly(false, true, false);
    }

    @Test
    void fewer_than_three_learners_are_too_few_to_single_a_question_out() {
        InstructorFixtures.Recording two = InstructorFixtures.store();
        two.attempt(anna, lesson, 1, Map.of(1, option(1)));
        two.attempt(boris, lesson, 1, Map.of(1, option(2)));
        assertThat(ItemAnalysis.of(lesson, two.all()).get(0).needsAttention()).isFalse();
        two.attempt(clara, lesson, 1, Map.of(1, option(1)));
        assertThat(ItemAnalysis.of(lesson, two.all()).get(0).needsAttention()).isTrue();
    }

    @Test
    void half_the_learners_right_on_the_first_try_is_not_most_missing_it() {
        InstructorFixtures.Recording four = InstructorFixtures.store();
        List.of(option(0), option(0), option(1), option(2)).forEach(answer ->
                four.attempt(LearnerId.random(), lesson, 1, Map.of(1, answer)));
        assertThat(ItemAnalysis.of(lesson, four.all()).get(0).needsAttention()).isFalse();
    }
}
