package com.thenandnow.instructor;

import java.util.Objects;

/** One wrong answer to a question and how many times learners gave it. */
public record AnswerCount(String answer, int count) {

    public AnswerCount {
        Objects.requireNonNull(answer);
        if (count < 1) {
            throw new IllegalArgumentException("an answer counted is given at least once: " + count);
        }
    }

    @Override
    public String toString() {
        return "“" + answer + "” × " + count;
    }
}
