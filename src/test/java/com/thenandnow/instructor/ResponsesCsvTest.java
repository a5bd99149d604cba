package com.thenandnow.instructor;

import static com.thenandnow.instructor.ClassCsvTest.AWKWARD_NAME;
import static com.thenandnow.instructor.ClassCsvTest.UTC_PLAIN;
import static com.thenandnow.instructor.InstructorFixtures.option;
import static com.thenandnow.instructor.InstructorFixtures.typed;
import static com.thenandnow.instructor.InstructorFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.Response;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResponsesCsvTest {

    private final Lesson daughter = InstructorFixtures.daughter();
    private final Course course = InstructorFixtures.course(daughter);
    private final InstructorFixtures.Recording store = InstructorFixtures.store();
    private final LearnerId zoe = LearnerId.random();

    private List<String> lines(ExportOptions options) {
        StringWriter out = new StringWriter();
        ResponsesCsv.write(ClassProgress.of(course, store.all()), options, out);
        return List.of(out.toString().split("\r\n"));
    }

    @Test
    void every_question_of_every_kept_attempt_is_a_row_with_every_column() {
        store.rename(zoe, "Zoë");
        store.attempt(zoe, daughter, 10, Map.of(1, option(1), 2, year(1967), 3, Response.BLANK));
        store.attempt(zoe, daughter, 20, Map.of(1, option(0), 2, year(1967), 3, typed("the USA ")));
        String lesson = zoe + ",Zoë,stalins-daughter,Stalin's daughter,";
        assertThat(lines(UTC_PLAIN)).containsExactly(
                "learner_id,learner_name,lesson_id,lesson_title,attempt,attempt_at,question,question_text,answer,verdict,score,carried_over",
                lesson + "1,2026-11-26T09:10:00Z,1,Who was Svetlana Alliluyeva?,A ballet dancer,Wrong,0,no",
                lesson + "1,2026-11-26T09:10:00Z,2,In what year did she defect?,1967,Right,1,no",
                lesson + "1,2026-11-26T09:10:00Z,3,To which country did she defect?,,Not answered,0,no",
                lesson + "2,2026-11-26T09:20:00Z,1,Who was Svetlana Alliluyeva?,Stalin's only daughter,Right,1,no",
                lesson + "2,2026-11-26T09:20:00Z,2,In what year did she defect?,1967,Right,1,no",
                lesson + "2,2026-11-26T09:20:00Z,3,To which country did she defect?,the USA,Wrong,0,no");
    }

    @Test
    void answers_as_given_are_quoted_and_guarded_like_names() {
        store.rename(zoe, AWKWARD_NAME);
        store.attempt(zoe, daughter, 10, Map.of(3, typed("=cmd|' /C calc'!A0, \"now\"")));
        assertThat(String.join("\r\n", lines(UTC_PLAIN)))
                .contains(",\"Petrova, Zoë \"\"Z\"\"\nthe second\",")
                .contains(",\"'=cmd|' /C calc'!A0, \"\"now\"\"\",Wrong,0,no");
    }

    @Test
    void attempts_trimmed_away_are_not_exported_and_the_others_keep_their_numbers() {
        InstructorFixtures.Recording keepingOne = InstructorFixtures.keeping(1);
        for (int minute = 1; minute <= 3; minute++) {
            keepingOne.attempt(zoe, daughter, minute, Map.of(1, option(0)));
        }
        StringWriter out = new StringWriter();
        ResponsesCsv.write(ClassProgress.of(course, keepingOne.all()), UTC_PLAIN, out);
        assertThat(out.toString().split("\r\n")).extracting(line -> line.split(",")[4])
                .containsExactly("attempt", "1", "1", "1", "3", "3", "3");
    }

    @Test
    void a_retry_of_mistakes_marks_the_questions_it_carried_over() {
        store.rename(zoe, "Zoë");
        QuizAttempt first = QuizAttempt.start(daughter, new Random(1));
        Map<Integer, Response> firstAnswers = Map.of(1, option(0), 3, typed("France"));
        Attempt checked = store.attempt(zoe, first, 10, firstAnswers);
        QuizAttempt retry = first.retryMistakes(checked.result(), new Random(2));
        store.attempt(zoe, retry, 20, Map.of(2, year(1967), 3, typed("USA")));
        List<String> rows = lines(UTC_PLAIN);
        assertThat(rows.subList(1, rows.size())).extracting(line -> line.substring(line.indexOf(",2026-") + 1))
                .containsExactly(
                        "2026-11-26T09:10:00Z,1,Who was Svetlana Alliluyeva?,Stalin's only daughter,Right,1,no",
                        "2026-11-26T09:10:00Z,2,In what year did she defect?,,Not answered,0,no",
                        "2026-11-26T09:10:00Z,3,To which country did she defect?,France,Wrong,0,no",
                        "2026-11-26T09:20:00Z,1,Who was Svetlana Alliluyeva?,Stalin's only daughter,Right,1,yes",
                        "2026-11-26T09:20:00Z,2,In what year did she defect?,1967,Right,1,no",
                        "2026-11-26T09:20:00Z,3,To which country did she defect?,USA,Right,1,no");
    }

    @Test
    void a_learner_who_only_read_has_no_rows() {
        store.markRead(zoe, daughter.id());
        assertThat(lines(UTC_PLAIN)).hasSize(1);
    }
}
