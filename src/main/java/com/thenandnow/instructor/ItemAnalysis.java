package com.thenandnow.instructor;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.QuestionText;
import com.thenandnow.progress.Attempt;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.LessonProgress;
import com.thenandnow.progress.ReviewCard;
import com.thenandnow.quiz.QuestionResult;
import com.thenandnow.quiz.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Item analysis: for every question of the live lessons, how learners answered it, so an instructor sees
 * which question, and which paragraph of the source, learners misread. Pure: no state, no I/O.
 * <ul>
 * <li><b>answered</b>: learners who gave a non-blank answer in at least one kept attempt;</li>
 * <li><b>right first try</b>: of the learners whose first attempt at the lesson had the question, those who
 * got it fully right there;</li>
 * <li><b>right overall</b>: of all recorded answers in the kept attempts (the first and the recent ones, each
 * once; blank answers included, as in the first try), those fully right;</li>
 * <li><b>common wrong answers</b>: the {@value #WRONG_ANSWERS_SHOWN} most frequent non-blank answers that were
 * not fully right, counted over the same answers, spellings that differ only in case or accents together;</li>
 * <li><b>review answers</b>: answers given in spaced review by all learners (see {@code progress.ReviewCard}), counted
 * apart: a question a learner missed is asked again there, so these are never first tries, and they count in no
 * other figure.</li>
 * </ul>
 * An attempt's answer belongs to a question when both its number and its prompt are the same: rewording
 * or moving a question starts its figures afresh, while fixing a typo in an option keeps them.
 * <p>A "retry my mistakes" attempt asks only the questions that were not fully right; the others are carried over
 * from the attempt before it. A carried-over question is no new answer: it counts nowhere here (its answer was
 * counted in the attempt where it was given), so retries neither inflate "right overall" nor count twice.
 */
public final class ItemAnalysis {

    static final int WRONG_ANSWERS_SHOWN = 3;

    private ItemAnalysis() {
    }

    /** The figures of every question of every live lesson, in course order. */
    public static List<QuestionStats> of(Course course, List<LearnerProgress> learners) {
        Map<String, String> normalised = new HashMap<>();
        return course.lessons().stream().flatMap(lesson -> of(lesson, learners, normalised).stream()).toList();
    }

    /** The figures of every question of one lesson, in quiz order. */
    public static List<QuestionStats> of(Lesson lesson, List<LearnerProgress> learners) {
        return of(lesson, learners, new HashMap<>());
    }

    private static List<QuestionStats> of(Lesson lesson, List<LearnerProgress> learners,
                                          Map<String, String> normalised) {
        return lesson.questions().stream().map(question -> {
            Tally tally = new Tally(question.text(), normalised);
            learners.forEach(learner -> tally.add(learner.lesson(lesson.id())));
            return tally.stats(lesson);
        }).toList();
    }

    /** The answer the attempt gave to the question; none when it was carried over from an earlier attempt. */
    private static Optional<QuestionResult> resultOf(Attempt attempt, QuestionText question) {
        return attempt.result().question(question.number())
                .filter(result -> result.prompt().equals(question.prompt()) && !result.carriedOver());
    }

    private static boolean isGiven(QuestionResult result) {
        return result.verdict() != Verdict.UNANSWERED && !result.answer().isBlank();
    }

    /** Counts for one question while the learners are gone through. */
    private static final class Tally {
        private final QuestionText question;
        private final WrongAnswers wrong;
        private int answered;
        private int firstAttempts;
        private int rightFirstAttempts;
        private int answers;
        private int rightAnswers;
        private int reviewAnswers;

        Tally(QuestionText question, Map<String, String> normalised) {
            this.question = question;
            this.wrong = new WrongAnswers(normalised);
        }

        void add(LessonProgress progress) {
            List<QuestionResult> results = NumberedAttempt.of(progress).stream()
                    .flatMap(kept -> resultOf(kept.attempt(), question).stream()).toList();
            if (results.stream().anyMatch(ItemAnalysis::isGiven)) {
                answered++;
            }
            progress.firstAttempt().flatMap(first -> resultOf(first, question)).ifPresent(result -> {
                firstAttempts++;
                rightFirstAttempts += result.isRight() ? 1 : 0;
            });
            results.forEach(this::count);
            reviewAnswers += progress.reviewCard(question.prompt()).map(ReviewCard::reviewAnswers).orElse(0);
        }

        private void count(QuestionResult result) {
            answers++;
            if (result.isRight()) {
                rightAnswers++;
            } else if (isGiven(result)) {
                wrong.add(result.answer());
            }
        }

        QuestionStats stats(Lesson lesson) {
            return new QuestionStats(lesson.id(), lesson.title(), lesson.fileName(), question.number(),
                    question.prompt(), question.sources(), answered, new Share(rightFirstAttempts, firstAttempts),
                    new Share(rightAnswers, answers), wrong.top(WRONG_ANSWERS_SHOWN), reviewAnswers);
        }
    }
}
