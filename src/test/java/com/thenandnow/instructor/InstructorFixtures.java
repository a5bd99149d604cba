package com.thenandnow.instructor;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.CourseInfo;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonParser;
import com.thenandnow.lesson.LessonSource;
import com.thenandnow.lesson.MarkdownRenderer;
import com.thenandnow.lesson.ParseContext;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.InMemoryProgressStore;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.ProgressStore;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.QuizAttempt;
import com.thenandnow.quiz.QuizGrader;
import com.thenandnow.quiz.QuizResult;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Lessons parsed from text and progress recorded through the store's public API, as the app does. */
final class InstructorFixtures {

    static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    /** Three questions: a single choice (right option 0), a number (1967) and a short answer (United States). */
    static final String DEFECTION = """
            ---
            title: Stalin's daughter
            ---

            In 1967 she left.

            ## Quiz

            ### Who was Svetlana Alliluyeva?
            - (x) Stalin's only daughter
            - ( ) A ballet dancer
            - ( ) A Soviet diplomat

            > Stalin's only daughter.

            Source: ¶6

            ### In what year did she defect?
            Answer: 1967

            > In 1967.

            Source: ¶6

            ### To which country did she defect?
            Answer: United States | USA

            > To the U.S.

            Source: ¶6, ¶7
            """;

    private InstructorFixtures() {
    }

    static Lesson lesson(String fileName, String text) {
        return new LessonParser(new MarkdownRenderer())
                .parse(new LessonSource(fileName, "lessons/" + fileName, text.getBytes(UTF_8)), ParseContext.STANDALONE)
                .draft().orElseThrow();
    }

    /** The lesson of {@link #DEFECTION}: "Stalin's daughter", id {@code stalins-daughter}. */
    static Lesson daughter() {
        return lesson("02-stalins-daughter.md", DEFECTION);
    }

    /** A second lesson, the same quiz under another title: "The dancers", id {@code dancers}. */
    static Lesson dancers() {
        return lesson("03-dancers.md", DEFECTION.replace("Stalin's daughter", "The dancers"));
    }

    static Course course(Lesson... lessons) {
        return new Course(CourseInfo.UNTITLED, List.of(lessons), List.of(), T0, Optional.empty());
    }

    /** An empty class, keeping 20 attempts per learner and lesson as the app does by default. */
    static Recording store() {
        return keeping(20);
    }

    static Recording keeping(int attemptsKept) {
        return new Recording(new InMemoryProgressStore(), attemptsKept);
    }

    /** A store and the number of attempts kept, recording at times counted from T0. */
    record Recording(ProgressStore store, int attemptsKept) {

        /** Grades the responses (by question number) and records them as an attempt submitted {@code minutes} after T0. */
        Attempt attempt(LearnerId learner, Lesson lesson, int minutes, Map<Integer, Response> responses) {
            Attempt attempt = new Attempt(UUID.randomUUID(), lesson.id(), lesson.version(), T0.plusSeconds(60L * minutes),
                    QuizGrader.grade(lesson, responses));
            store.update(learner, new ProgressChange.RecordAttempt(attempt, attemptsKept));
            return attempt;
        }

        /**
         * Records a wrong answer to one question as the store may hold it from before answers had a length
         * limit, without grading it now.
         */
        /** Grades the responses to this quiz attempt (a "retry my mistakes" one too) and records it. */
        Attempt attempt(LearnerId learner, QuizAttempt quiz, int minutes, Map<Integer, Response> responses) {
            Attempt attempt = new Attempt(quiz.id(), quiz.lesson().id(), quiz.lesson().version(),
                    T0.plusSeconds(60L * minutes), QuizGrader.grade(quiz, responses));
            store.update(learner, new ProgressChange.RecordAttempt(attempt, attemptsKept));
            return attempt;
        }

        void storedAnswer(LearnerId learner, Lesson lesson, int question, String answer) {
            QuestionResult result = new QuestionResult(question, lesson.questions().get(question - 1).text().prompt(),
                    0, Verdict.WRONG, answer, List.of());
            Attempt attempt = new Attempt(UUID.randomUUID(), lesson.id(), lesson.version(), T0,
                    new QuizResult(List.of(result), 0, lesson.passPercent()));
            store.update(learner, new ProgressChange.RecordAttempt(attempt, attemptsKept));
        }

        void rename(LearnerId learner, String name) {
            store.update(learner, new ProgressChange.Rename(name, T0));
        }

        void markRead(LearnerId learner, String lessonId) {
            store.update(learner, new ProgressChange.MarkRead(lessonId, T0));
        }

        List<LearnerProgress> all() {
            return store.all();
        }
    }

    static Response option(int index) {
        return new Response.Chosen(Set.of(index));
    }

    static Response year(int year) {
        return new Response.Figure(String.valueOf(year));
    }

    static Response typed(String text) {
        return new Response.Typed(text);
    }
}
