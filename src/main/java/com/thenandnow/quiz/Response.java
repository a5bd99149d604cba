package com.thenandnow.quiz;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a learner gave for one question. Options, items and pairs are named by their index in the
 * lesson file, never by what the browser showed, so a shuffled display cannot confuse grading.
 */
public sealed interface Response {

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
     * A number as the learner typed it, with {@code .} as its decimal point. It stays text until the grader
     * reads it within {@link com.thenandnow.lesson.Decimals}' limits: the browser may send anything.
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
