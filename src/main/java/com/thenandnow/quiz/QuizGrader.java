package com.thenandnow.quiz;

import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Decimals;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.MatchPair;
import com.thenandnow.lesson.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Grades responses against a lesson's answer keys, following the format's scoring rules: choice,
 * true/false, short answer and number score 0 or 1; multiple choice, ordering and matching give
 * partial credit. Pure: no state, no I/O.
 */
public final class QuizGrader {

    /** What is recorded for an answer too long to check, rather than the whole of it. */
    static final String TOO_LONG = "(too long to check)";

    private QuizGrader() {
    }

    /** Grades every question of the lesson; a question without a response scores 0. */
    public static QuizResult grade(Lesson lesson, Map<Integer, Response> responses) {
        return grade(new QuizAttempt(new UUID(0, 0), lesson, 0), responses);
    }

    /**
     * Grades an attempt as the whole lesson: the questions it asks by their responses (none scores 0), the ones
     * it carried over from an earlier attempt by their kept results (see {@link QuizAttempt}).
     */
    public static QuizResult grade(QuizAttempt attempt, Map<Integer, Response> responses) {
        List<QuestionResult> results = attempt.lesson().questions().stream()
                .map(question -> attempt.carried(question.text().number()).orElseGet(() ->
                        grade(question, responses.getOrDefault(question.text().number(), Response.BLANK))))
                .toList();
        double mean = results.stream().mapToDouble(QuestionResult::score).average().orElse(0);
        return new QuizResult(results, mean * 100, attempt.lesson().passPercent());
    }

    public static QuestionResult grade(Question question, Response response) {
        return question.accept(new Grading(response));
    }

    /**
     * Grades one response; a response of the wrong shape for the question (another kind, or naming an
     * option, item or pair the question does not have) counts as no answer.
     */
    private record Grading(Response response) implements Question.Visitor<QuestionResult> {

        @Override
        public QuestionResult singleChoice(Question.SingleChoice question) {
            if (!(response instanceof Response.Chosen chosen) || chosen.options().size() != 1
                    || !allIndexes(chosen.options(), question.options().size())) {
                return unanswered(question);
            }
            boolean right = chosen.options().contains(question.rightOption());
            return chosenResult(question, question.options(), chosen.options(), right ? 1 : 0);
        }

        @Override
        public QuestionResult multipleChoice(Question.MultipleChoice question) {
            if (!(response instanceof Response.Chosen chosen) || chosen.options().isEmpty()
                    || !allIndexes(chosen.options(), question.options().size())) {
                return unanswered(question);
            }
            List<ChoiceOption> options = question.options();
            long rightPicks = chosen.options().stream().filter(i -> options.get(i).correct()).count();
            long wrongPicks = chosen.options().size() - rightPicks;
            double score = Math.max(0, (double) (rightPicks - wrongPicks) / question.rightOptionCount());
            return chosenResult(question, options, chosen.options(), score);
        }

        @Override
        public QuestionResult trueFalse(Question.TrueFalse question) {
            if (!(response instanceof Response.Truth truth)) {
                return unanswered(question);
            }
            return result(question, truth.value() == question.answer() ? 1 : 0, truth.value() ? "True" : "False");
        }

        @Override
        public QuestionResult shortAnswer(Question.ShortAnswer question) {
            if (!(response instanceof Response.Typed typed) || typed.text().isBlank()) {
                return unanswered(question);
            }
            if (typed.text().length() > ShortAnswers.MAX_LENGTH) {
                return unchecked(question, TOO_LONG, "This answer is longer than " + ShortAnswers.MAX_LENGTH
                        + " characters, so it was not checked: a short answer is a name, a word or a few words.");
            }
            boolean right = ShortAnswers.matchesAny(typed.text(), question.variants())
                    || ShortAnswers.nearMiss(typed.text(), question.variants(), question.typosForgiven()).isPresent();
            return result(question, right ? 1 : 0, typed.text().strip());
        }

        /** The typed text is read only within the limits of {@link Decimals}, before any arithmetic. */
        @Override
        public QuestionResult number(Question.NumberAnswer question) {
            if (!(response instanceof Response.Figure figure) || figure.text().isBlank()) {
                return unanswered(question);
            }
            Optional<BigDecimal> typed = TypedNumbers.read(figure.text());
            if (typed.isEmpty()) {
                return unchecked(question, figure.text().length() > Decimals.MAX_LENGTH ? TOO_LONG : figure.text().strip(),
                        "This is not a number we can check: write it with digits and at most one decimal point or "
                                + "comma, such as 1967 or 2.5, using at most " + Decimals.MAX_DIGITS + " digits.");
            }
            BigDecimal distance = typed.get().subtract(question.value()).abs();
            return result(question, distance.compareTo(question.tolerance()) <= 0 ? 1 : 0,
                    typed.get().stripTrailingZeros().toPlainString());
        }

        @Override
        public QuestionResult ordering(Question.Ordering question) {
            List<Integer> order = response instanceof Response.Arranged arranged ? arranged.items() : List.of();
            List<String> items = question.items();
            if (!isPermutation(order, items.size())) {
                return unanswered(question);
            }
            long inPlace = IntStream.range(0, order.size()).filter(i -> order.get(i) == i).count();
            String answer = order.stream().map(items::get).collect(Collectors.joining(" → "));
            return result(question, (double) inPlace / items.size(), answer);
        }

        @Override
        public QuestionResult matching(Question.Matching question) {
            List<MatchPair> pairs = question.pairs();
            if (!(response instanceof Response.Matched matched) || matched.rightByLeft().isEmpty()
                    || !allIndexes(matched.rightByLeft().keySet(), pairs.size())
                    || !allIndexes(matched.rightByLeft().values(), pairs.size())) {
                return unanswered(question);
            }
            long right = IntStream.range(0, pairs.size()).filter(i -> Integer.valueOf(i).equals(matched.rightByLeft().get(i))).count();
            List<String> answer = new ArrayList<>();
            matched.rightByLeft().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> answer.add(pairs.get(entry.getKey()).left() + " → " + pairs.get(entry.getValue()).right()));
            return result(question, (double) right / pairs.size(), String.join("; ", answer));
        }

        private QuestionResult chosenResult(Question question, List<ChoiceOption> options, Set<Integer> picked,
                                                   double score) {
            List<Integer> inFileOrder = picked.stream().sorted().toList();
            String answer = inFileOrder.stream().map(i -> options.get(i).text()).collect(Collectors.joining("; "));
            List<String> feedback = inFileOrder.stream().map(options::get).filter(ChoiceOption::hasFeedback)
                    .map(ChoiceOption::feedbackHtml).toList();
            return result(question, score, Verdict.of(score), answer, feedback);
        }

        private QuestionResult result(Question question, double score, String answer) {
            return result(question, score, Verdict.of(score), answer, List.of());
        }

        /** A wrong answer that could not be checked; {@code note} (plain text) tells the learner why. */
        private QuestionResult unchecked(Question question, String answer, String note) {
            return result(question, 0, Verdict.WRONG, answer, List.of("<p>" + note + "</p>"));
        }

        /** No response, or one of the wrong shape, which is then not kept either. */
        private static QuestionResult unanswered(Question question) {
            return new QuestionResult(question.text().number(), question.text().prompt(), 0, Verdict.UNANSWERED, "",
                    List.of());
        }

        /**
         * An answered question's result keeps the response, so its marks can be shown again later; not one beyond the
         * answer limits, which is not checked either.
         */
        private QuestionResult result(Question question, double score, Verdict verdict, String answer,
                                      List<String> feedback) {
            return new QuestionResult(question.text().number(), question.text().prompt(), score, verdict, answer, feedback,
                    Optional.of(response).filter(Response::isWithinLimits), false);
        }

        /** Indexes that name no option, item or pair make the response the wrong shape: forged or stale. */
        private static boolean allIndexes(Collection<Integer> indexes, int size) {
            return indexes.stream().allMatch(i -> isIndex(i, size));
        }

        private static boolean isIndex(int index, int size) {
            return index >= 0 && index < size;
        }

        private static boolean isPermutation(List<Integer> order, int size) {
            return order.size() == size && order.stream().distinct().count() == size && allIndexes(order, size);
        }
    }
}
