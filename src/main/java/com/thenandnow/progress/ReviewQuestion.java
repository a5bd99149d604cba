package com.thenandnow.progress;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.lesson.Question;
import java.util.Objects;

/** A card of the learner's review queue with the question it names in the live course. */
public record ReviewQuestion(Lesson lesson, Question question, ReviewCard card) {

    public ReviewQuestion {
        Objects.requireNonNull(lesson);
        Objects.requireNonNull(question);
        Objects.requireNonNull(card);
    }

    public int number() {
        return question.text().number();
    }
}
