package com.thenandnow.lesson;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A quiz question: its {@link QuestionText} and one answer block whose shape gives the kind.
 * Java 17 has no pattern matching for switch, so code that treats each kind differently implements
 * {@link Visitor}: the compiler then insists on all seven kinds.
 */
public sealed interface Question {

    /** The most options, items or pairs one answer block may have: each becomes a widget in the quiz. */
    int MAX_ITEMS = 30;

    QuestionText text();

    QuestionKind kind();

    <R> R accept(Visitor<R> visitor);

    /** The kinds with options to pick, each of which may carry its own feedback. */
    sealed interface Choice extends Question {
        List<ChoiceOption> options();
    }

    /** One method per kind of question. */
    interface Visitor<R> {
        R singleChoice(SingleChoice question);

        R multipleChoice(MultipleChoice question);

        R trueFalse(TrueFalse question);

        R shortAnswer(ShortAnswer question);

        R number(NumberAnswer question);

        R ordering(Ordering question);

        R matching(Matching question);
    }

    /** Exactly one option is right. */
    record SingleChoice(QuestionText text, List<ChoiceOption> options) implements Choice {
        public SingleChoice {
            options = List.copyOf(options);
            if (options.stream().filter(ChoiceOption::correct).count() != 1) {
                throw new IllegalArgumentException("a single choice question needs exactly one right option");
            }
        }

        public int rightOption() {
            return options.indexOf(options.stream().filter(ChoiceOption::correct).findFirst().orElseThrow());
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.SINGLE_CHOICE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.singleChoice(this);
        }
    }

    /** One or more options are right; the learner must pick exactly those. */
    record MultipleChoice(QuestionText text, List<ChoiceOption> options) implements Choice {
        public MultipleChoice {
            options = List.copyOf(options);
            if (options.stream().noneMatch(ChoiceOption::correct)) {
                throw new IllegalArgumentException("a multiple choice question needs at least one right option");
            }
        }

        public long rightOptionCount() {
            return options.stream().filter(ChoiceOption::correct).count();
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.MULTIPLE_CHOICE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.multipleChoice(this);
        }
    }

    /** A statement that is either true or false. */
    record TrueFalse(QuestionText text, boolean answer) implements Question {
        @Override
        public QuestionKind kind() {
            return QuestionKind.TRUE_FALSE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.trueFalse(this);
        }
    }

    /**
     * A typed answer that must equal one of the accepted variants, leniently compared; with {@code typosForgiven},
     * an answer one typo away from a variant of six letters or more is right too.
     */
    record ShortAnswer(QuestionText text, List<String> variants, boolean typosForgiven) implements Question {

        /** Shorter answers are too easily another word with one letter changed ("Paris", "Parks"). */
        public static final int MIN_LETTERS_FOR_TYPOS = 6;

        public ShortAnswer {
            variants = List.copyOf(variants);
            if (variants.isEmpty() || variants.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("a short answer needs non-empty variants");
            }
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.SHORT_ANSWER;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.shortAnswer(this);
        }
    }

    /** A typed number that must lie within {@code tolerance} of {@code value}. */
    record NumberAnswer(QuestionText text, BigDecimal value, BigDecimal tolerance) implements Question {
        public NumberAnswer {
            Objects.requireNonNull(value);
            if (tolerance.signum() < 0) {
                throw new IllegalArgumentException("tolerance must not be negative");
            }
            if (!Decimals.isWithinLimits(value) || !Decimals.isWithinLimits(tolerance)) {
                throw new IllegalArgumentException("a number answer has at most " + Decimals.MAX_DIGITS + " digits");
            }
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.NUMBER;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.number(this);
        }
    }

    /** Items to put in order; {@code items} holds them in the right order. */
    record Ordering(QuestionText text, List<String> items) implements Question {
        public Ordering {
            items = List.copyOf(items);
            if (items.size() < 2) {
                throw new IllegalArgumentException("an ordering question needs at least 2 items");
            }
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.ORDERING;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ordering(this);
        }
    }

    /** Left items to match with right items; no side repeats. */
    record Matching(QuestionText text, List<MatchPair> pairs) implements Question {
        public Matching {
            pairs = List.copyOf(pairs);
            if (pairs.size() < 2) {
                throw new IllegalArgumentException("a matching question needs at least 2 pairs");
            }
            if (!allDistinct(pairs.stream().map(MatchPair::left).toList())
                    || !allDistinct(pairs.stream().map(MatchPair::right).toList())) {
                throw new IllegalArgumentException("a matching question must not repeat a side");
            }
        }

        private static boolean allDistinct(List<String> values) {
            return new HashSet<>(values).size() == values.size();
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.MATCHING;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.matching(this);
        }
    }
}
