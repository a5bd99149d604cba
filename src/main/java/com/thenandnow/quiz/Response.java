package com.thenandnow.quiz;

import com.thenandnow.lesson.Decimals;
import com.thenandnow.lesson.Question;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a learner gave for one question. Options, items and pairs are named by their index in the
 * lesson file, never by what the browser showed, so a shuffled display cannot confuse grading.
 */
public sealed interface Response {

    /**
     * Whether the response is within the limits of what is checked and kept: typed text as long as the answer
     * fields take, and no more options, items or pairs than a question may have.
     */
    default boolean isWithinLimits() {
        if (this instanceof Typed typed) {
            return typed.text().length() <= ShortAnswers.MAX_LENGTH;
        }
        if (this instanceof Figure figure) {
            return figure.text().length() <= Decimals.MAX_LENGTH;
        }
        int size = this instanceof Chosen chosen ? chosen.options().size()
                : this instanceof Arranged arranged ? arranged.items().size()
                : this instanceof Matched matched ? matched.rightByLeft().size() : 0;
        return size <= Question.MAX_ITEMS;
    }

    /** No answer: scores 0. */
    record Blank() implements Response {
    }

    /** The indexes of the options picked (one for single choice). */
    record Chosen(Set<Integer> options) implements Response {
        public Chosen {
            options = Set.copyOf(options);
        }
    }

    record Truth(boolean value) implements Response {
    }

    record Typed(String text) implements Response {
        public Typed {
            Objects.requireNonNull(text);
        }
    }

    /**
     * A number exactly as the learner typed it, a decimal comma included. It stays text until the grader reads it
     * with {@link TypedNumbers}, within {@link Decimals}' limits: the browser may send anything.
     */
    record Figure(String text) implements Response {
        public Figure {
            Objects.requireNonNull(text);
        }
    }

    /** The item indexes in the order the learner arranged them. */
    record Arranged(List<Integer> items) implements Response {
        public Arranged {
            items = List.copyOf(items);
        }
    }

    /** For each left item (by pair index) the right item (by pair index) the learner matched to it. */
    record Matched(Map<Integer, Integer> rightByLeft) implements Response {
        public Matched {
            rightByLeft = Map.copyOf(rightByLeft);
        }
    }

    Response BLANK = new Blank();
}
