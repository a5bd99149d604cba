package com.thenandnow.quiz;

import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.LessonParser;
import com.thenandnow.lesson.LessonSource;
import com.thenandnow.lesson.MarkdownRenderer;
import com.thenandnow.lesson.MatchPair;
import com.thenandnow.lesson.ParseContext;
import com.thenandnow.lesson.ParsedLesson;
import com.thenandnow.lesson.Question;
import com.thenandnow.lesson.QuestionText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Questions and lessons built straight from the records, so grading and progress tests state exactly
 * what they grade; {@link #parsed} builds a lesson from Markdown the way the course loader does.
 * Public so the progress tests can share it.
 */
public final class QuizFixtures {

    private static final LessonParser PARSER = new LessonParser(new MarkdownRenderer());

    private QuizFixtures() {
    }

    public static QuestionText text(int number, String prompt) {
        return new QuestionText(number, number, prompt, "", "", "", List.of());
    }

    public static ChoiceOption right(String text) {
        return new ChoiceOption(text, true, "");
    }

    public static ChoiceOption wrong(String text) {
        return new ChoiceOption(text, false, "");
    }

    public static ChoiceOption withFeedback(ChoiceOption option, String feedbackHtml) {
        return new ChoiceOption(option.text(), option.correct(), feedbackHtml);
    }

    public static Question.SingleChoice singleChoice(int number, ChoiceOption... options) {
        return new Question.SingleChoice(text(number, "Single choice " + number), List.of(options));
    }

    public static Question.MultipleChoice multipleChoice(int number, ChoiceOption... options) {
        return new Question.MultipleChoice(text(number, "Multiple choice " + number), List.of(options));
    }

    public static Question.TrueFalse trueFalse(int number, boolean answer) {
        return new Question.TrueFalse(text(number, "True or false " + number), answer);
    }

    public static Question.ShortAnswer shortAnswer(int number, String... variants) {
        return new Question.ShortAnswer(text(number, "Short answer " + number), List.of(variants), true);
    }

    public static Question.NumberAnswer number(int number, String value, String tolerance) {
        return new Question.NumberAnswer(text(number, "Number " + number), new BigDecimal(value), new BigDecimal(tolerance));
    }

    public static Question.Ordering ordering(int number, String... items) {
        return new Question.Ordering(text(number, "Ordering " + number), List.of(items));
    }

    /** Pairs given as "left -> right". */
    public static Question.Matching matching(int number, String... pairs) {
        List<MatchPair> parsed = Arrays.stream(pairs).map(pair -> pair.split(" -> "))
                .map(sides -> new MatchPair(sides[0], sides[1])).toList();
        return new Question.Matching(text(number, "Matching " + number), parsed);
    }

    /** {@code count} true/false questions, numbered from 1, every answer "true". */
    public static List<Question> trueFalseQuestions(int count) {
        return IntStream.rangeClosed(1, count).<Question>mapToObj(n -> trueFalse(n, true)).toList();
    }

    /** Answers "true" to the first {@code right} of the questions and "false" to the rest. */
    public static Map<Integer, Response> firstRight(int right, int count) {
        return IntStream.rangeClosed(1, count).boxed()
                .collect(Collectors.toMap(n -> n, n -> new Response.Truth(n <= right)));
    }

    public static Lesson lesson(String id, List<Question> questions) {
        return lesson(id, Lesson.DEFAULT_PASS_PERCENT, true, List.of(), questions);
    }

    public static Lesson lesson(String id, int passPercent, boolean shuffle, List<String> requires,
                                List<Question> questions) {
        return new Lesson(id, 1, "Lesson " + id, "", 1, passPercent, List.of(), requires, shuffle, "<p>Read me.</p>",
                questions, id + ".md", "v1-" + id);
    }

    /** A lesson with the given id and requirements whose quiz is {@code count} true/false questions. */
    public static Lesson trueFalseLesson(String id, int count, String... requires) {
        return lesson(id, Lesson.DEFAULT_PASS_PERCENT, true, List.of(requires), trueFalseQuestions(count));
    }

    /** The lesson of a Markdown file, which must parse without errors. */
    public static Lesson parsed(String markdown) {
        LessonSource file = new LessonSource("01-fixture.md", "lessons/01-fixture.md",
                markdown.getBytes(StandardCharsets.UTF_8));
        ParsedLesson parsed = PARSER.parse(file, ParseContext.STANDALONE);
        if (parsed.hasErrors()) {
            throw new IllegalArgumentException("fixture has errors: " + parsed.problems());
        }
        return parsed.draft().orElseThrow();
    }
}
