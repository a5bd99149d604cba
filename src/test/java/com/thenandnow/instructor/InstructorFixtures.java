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
import com.thenandnow.progress.ProgressProperties;
import com.thenandnow.quiz.QuizGrader;
import com.thenandnow.quiz.Response;
import java.math.BigDecimal;
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

    static Course course(Lesson... lessons) {
        return new Course(CourseInfo.UNTITLED, List.of(lessons), List.of(), T0, Optional.empty());
    }

    static InMemoryProgressStore store() {
        return new InMemoryProgressStore(new ProgressProperties(20));
    }

    /** Grades the responses (by question number) and records them as an attempt submitted {@code minutes} after T0. */
    static Attempt attempt(InMemoryProgressStore store, LearnerId learner, Lesson lesson, int minutes,
                           Map<Integer, Response> responses) {
        Attempt attempt = new Attempt(UUID.randomUUID(), lesson.id(), lesson.version(), T0.plusSeconds(60L * minutes),
                QuizGrader.grade(lesson, responses));
        store.record(learner, attempt);
        return attempt;
    }

    static Response option(int index) {
        return new Response.Chosen(Set.of(index));
    }

    static Response year(int year) {
        return new Response.Figure(BigDecimal.valueOf(year));
    }

    static Response typed(String text) {
        return new Response.Typed(text);
    }
}
