package com.thenandnow.quiz;

import com.thenandnow.lesson.ChoiceOption;
import com.thenandnow.lesson.Question;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The right answer of a question in words, as lines: shown to learners once they have checked the
 * question, and to instructors in the preview.
 */
public final class AnswerKey {

    private AnswerKey() {
    }

    public static List<String> describe(Question question) {
        return question.accept(new Question.Visitor<>() {
            @Override
            public List<String> singleChoice(Question.SingleChoice q) {
                return rightOptions(q.options());
            }

            @Override
            public List<String> multipleChoice(Question.MultipleChoice q) {
                return rightOptions(q.options());
            }

            @Override
            public List<String> trueFalse(Question.TrueFalse q) {
                return List.of(q.answer() ? "True" : "False");
            }

            @Override
            public List<String> shortAnswer(Question.ShortAnswer q) {
                List<String> others = q.variants().subList(1, q.variants().size());
                return others.isEmpty() ? List.of(q.variants().get(0))
                        : List.of(q.variants().get(0), "Also accepted: " + String.join(", ", others));
            }

            @Override
            public List<String> number(Question.NumberAnswer q) {
                String value = plain(q.value());
                return List.of(q.tolerance().signum() == 0 ? value : value + " (± " + plain(q.tolerance()) + ")");
            }

            @Override
            public List<String> ordering(Question.Ordering q) {
                return IntStream.range(0, q.items().size()).mapToObj(i -> (i + 1) + ". " + q.items().get(i)).toList();
            }

            @Override
            public List<String> matching(Question.Matching q) {
                return q.pairs().stream().map(pair -> pair.left() + " → " + pair.right()).toList();
            }
        });
    }

    private static List<String> rightOptions(List<ChoiceOption> options) {
        return options.stream().filter(ChoiceOption::correct).map(ChoiceOption::text).toList();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
