package com.thenandnow.progress.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LessonProgress;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.QuizDraft;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizResult;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The JSON of progress: every change kind round-trips, and lines written by format 1 keep reading the same. */
class ProgressJsonTest {

    private static final LearnerId ANN = new LearnerId("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final Instant AT = Instant.parse("2024-05-01T10:00:00.123456Z");
    private static final Attempt ATTEMPT = new Attempt(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
            "alliluyeva", "v1", AT, new QuizResult(List.of(
                    new QuestionResult(1, "Who was Svetlana Alliluyeva?", 1, Verdict.RIGHT, "Stalin's only daughter",
                            List.of("<p>Yes.</p>")),
                    new QuestionResult(2, "When?", 0, Verdict.UNANSWERED, "", List.of())), 50, 70));

    /** A draft with an answer of every kind. */
    private static final QuizDraft DRAFT = new QuizDraft(UUID.fromString("9b2c1e0a-55aa-4c3e-8f1d-2a6b7c8d9e0f"), "v1",
            Optional.of(ATTEMPT.id()), Map.of(1, new Response.Chosen(Set.of(0, 2)), 2, new Response.Truth(false),
                    3, new Response.Typed("Barishnikov"), 4, new Response.Figure("7,5"),
                    5, new Response.Arranged(List.of(2, 0, 1)), 6, new Response.Matched(Map.of(0, 1, 1, 0))), AT);

    /** One example of every kind of change: a new kind needs one here, and a line in the format's documentation. */
    static final List<ProgressChange> EVERY_KIND = List.of(
            new ProgressChange.Rename("Ann", AT),
            new ProgressChange.MarkRead("alliluyeva", AT),
            new ProgressChange.RecordAttempt(ATTEMPT, 20),
            new ProgressChange.SaveDraft("alliluyeva", DRAFT),
            new ProgressChange.AnswerReview(UUID.fromString("3f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f"), "alliluyeva", "When?",
                    Verdict.PARTLY_RIGHT, "1967", AT),
            new ProgressChange.Forget());

    private final ProgressJson json = new ProgressJson();

    private JournalLine roundTrip(JournalLine line) throws IOException {
        return json.readLine(json.write(line));
    }

    @Test
    void every_kind_of_change_has_an_example_here() {
        List<Class<?>> kinds = EVERY_KIND.stream().<Class<?>>map(Object::getClass).toList();

        assertThat(kinds).containsExactlyInAnyOrder(ProgressChange.class.getPermittedSubclasses());
    }

    @Test
    void every_kind_of_change_reads_back_equal_to_what_was_written() throws IOException {
        for (ProgressChange change : EVERY_KIND) {
            LearnerChange line = new LearnerChange(42, ANN, change);

            assertThat(roundTrip(line)).as(change.getClass().getSimpleName()).isEqualTo(line);
        }
    }

    @Test
    void a_learners_state_and_a_tombstone_read_back_equal_to_what_was_written() throws IOException {
        LearnerState recorded = new LearnerChange(43, ANN, EVERY_KIND.get(2)).after(
                new LearnerChange(42, ANN, EVERY_KIND.get(0)).after(null));
        LearnerState forgotten = new LearnerChange(44, ANN, new ProgressChange.Forget()).after(recorded);
        LearnerState drafted = new LearnerChange(45, ANN, EVERY_KIND.get(3)).after(recorded);

        assertThat(roundTrip(recorded)).isEqualTo(recorded);
        assertThat(roundTrip(forgotten)).isEqualTo(forgotten);
        assertThat(roundTrip(drafted)).isEqualTo(drafted);
        assertThat(((LearnerState) roundTrip(drafted)).progressOrNewcomer().lesson("alliluyeva").draft()).contains(DRAFT);
        assertThat(new String(json.write(forgotten), UTF_8)).isEqualTo(
                "{\"seq\":44,\"learner\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"progress\":null}");
    }

    @Test
    void a_learners_review_queue_reads_back_and_an_empty_one_is_left_out() throws IOException {
        LearnerState missed = new LearnerChange(46, ANN, EVERY_KIND.get(2)).after(null);
        LearnerState reviewed = new LearnerChange(47, ANN, new ProgressChange.AnswerReview(UUID.randomUUID(), "alliluyeva",
                "When?", Verdict.WRONG, "1966", AT.plusSeconds(86_400))).after(missed);
        LearnerState renamed = new LearnerChange(48, ANN, EVERY_KIND.get(0)).after(null);

        assertThat(((LearnerState) roundTrip(reviewed)).progressOrNewcomer().lesson("alliluyeva").review())
                .singleElement().satisfies(card -> {
                    assertThat(card.prompt()).isEqualTo("When?");
                    assertThat(card.lastAnswer()).isEqualTo("1966");
                    assertThat(card.reviewAnswers()).isEqualTo(1);
                });
        assertThat(roundTrip(reviewed)).isEqualTo(reviewed);
        assertThat(new String(json.write(renamed), UTF_8)).doesNotContain("review");
        assertThat(new String(json.write(new LearnerChange(49, ANN, EVERY_KIND.get(1)).after(null)), UTF_8))
                .doesNotContain("review");
    }

    @Test
    void change_kinds_are_named_in_kebab_case() {
        assertThat(Arrays.stream(ProgressChange.class.getPermittedSubclasses()).map(ProgressJson::kindName))
                .containsExactlyInAnyOrder("rename", "mark-read", "record-attempt", "save-draft",
                        "answer-review", "forget");
    }

    @Test
    void lines_in_format_1_read_as_they_always_did() throws IOException {
        String attempt = """
                {"seq":3,"learner":"0f8fad5b-d9cb-469f-a165-70867728950e","change":{"type":"record-attempt","attempt":\
                {"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","lessonId":"alliluyeva","lessonVersion":"v1",\
                "submittedAt":"2024-05-01T10:00:00.123456Z","result":{"questions":[{"questionNumber":1,\
                "prompt":"Who was Svetlana Alliluyeva?","score":1.0,"verdict":"RIGHT","answer":"Stalin's only daughter",\
                "feedbackHtml":["<p>Yes.</p>"]},{"questionNumber":2,"prompt":"When?","score":0.0,"verdict":"UNANSWERED",\
                "answer":"","feedbackHtml":[]}],"percent":50.0,"passPercent":70}},"attemptsKept":20}}""";

        assertThat(json.readLine(attempt.getBytes(UTF_8))).isEqualTo(new LearnerChange(3, ANN, EVERY_KIND.get(2)));
        assertThat(json.readLine("""
                {"seq":1,"learner":"0f8fad5b-d9cb-469f-a165-70867728950e","change":{"type":"rename","displayName":"Ann",\
                "at":"2024-05-01T10:00:00.123456Z"}}""".getBytes(UTF_8))).isEqualTo(new LearnerChange(1, ANN, EVERY_KIND.get(0)));
        assertThat(json.readLine("""
                {"seq":2,"learner":"0f8fad5b-d9cb-469f-a165-70867728950e","change":{"type":"mark-read",\
                "lessonId":"alliluyeva","at":"2024-05-01T10:00:00.123456Z"}}""".getBytes(UTF_8)))
                .isEqualTo(new LearnerChange(2, ANN, EVERY_KIND.get(1)));
        assertThat(json.readLine("""
                {"seq":4,"learner":"0f8fad5b-d9cb-469f-a165-70867728950e","change":{"type":"forget"}}""".getBytes(UTF_8)))
                .isEqualTo(new LearnerChange(4, ANN, EVERY_KIND.get(5)));
    }

    @Test
    void an_unknown_change_kind_or_a_missing_field_is_refused() {
        assertThatThrownBy(() -> json.readLine("""
                {"seq":1,"learner":"0f8fad5b-d9cb-469f-a165-70867728950e","change":{"type":"teleport"}}""".getBytes(UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> json.readLine("""
                {"seq":1,"learner":"0f8fad5b-d9cb-469f-a165-70867728950e","change":{"type":"mark-read"}}""".getBytes(UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> json.readLine("[1, 2]".getBytes(UTF_8))).isInstanceOf(IOException.class);
    }

    @Test
    void an_empty_optional_is_left_out_and_reads_back_empty() throws IOException {
        LearnerState read = new LearnerChange(1, ANN, new ProgressChange.MarkRead("nureyev", AT)).after(null);
        String text = new String(json.write(read), UTF_8);

        assertThat(text).doesNotContain("passedAt").doesNotContain("firstAttempt");
        assertThat(((LearnerState) json.readLine(text.getBytes(UTF_8))).progressOrNewcomer().lesson("nureyev").passedAt())
                .isEqualTo(Optional.empty());
    }

    @Test
    void a_learners_state_written_before_drafts_and_kept_responses_reads_with_none() throws IOException {
        String before = """
                {"seq":7,"learner":"0f8fad5b-d9cb-469f-a165-70867728950e","progress":{"learner":\
                "0f8fad5b-d9cb-469f-a165-70867728950e","displayName":"Ann","introduced":true,"lessons":{"alliluyeva":\
                {"lessonId":"alliluyeva","readAt":"2024-05-01T10:00:00.123456Z","attemptCount":1,"bestPercent":50.0,\
                "firstAttempt":{"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","lessonId":"alliluyeva","lessonVersion":"v1",\
                "submittedAt":"2024-05-01T10:00:00.123456Z","result":{"questions":[{"questionNumber":1,\
                "prompt":"Who was Svetlana Alliluyeva?","score":1.0,"verdict":"RIGHT","answer":"Stalin's only daughter",\
                "feedbackHtml":[]}],"percent":100.0,"passPercent":70}},"recentAttempts":[]}},\
                "lastActive":"2024-05-01T10:00:00.123456Z"}}""";

        LessonProgress lesson = ((LearnerState) json.readLine(before.getBytes(UTF_8))).progressOrNewcomer().lesson("alliluyeva");

        assertThat(lesson.draft()).isEmpty();
        assertThat(lesson.review()).isEmpty();
        QuestionResult result = lesson.firstAttempt().orElseThrow().result().question(1).orElseThrow();
        assertThat(result.response()).isEmpty();
        assertThat(result.carriedOver()).isFalse();
    }

    @Test
    void a_result_keeps_its_response_and_says_carried_over_only_when_it_was() throws IOException {
        QuestionResult asked = new QuestionResult(1, "Who?", 1, Verdict.RIGHT, "Nureyev", List.of(),
                Optional.of(new Response.Chosen(Set.of(1))), false);
        Attempt attempt = new Attempt(ATTEMPT.id(), "alliluyeva", "v1", AT,
                new QuizResult(List.of(asked, asked.carriedOverResult()), 100, 70));
        LearnerChange line = new LearnerChange(5, ANN, new ProgressChange.RecordAttempt(attempt, 20));
        String text = new String(json.write(line), UTF_8);

        assertThat(roundTrip(line)).isEqualTo(line);
        assertThat(text).contains("\"response\":{\"kind\":\"chosen\",\"options\":[1]}");
        assertThat(text.split("carriedOver", -1)).hasSize(2);
    }
}
