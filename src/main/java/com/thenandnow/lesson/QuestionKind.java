package com.thenandnow.lesson;

/** The seven kinds of question of the lesson format, named as instructors and learners see them. */
public enum QuestionKind {
    SINGLE_CHOICE("Single choice"),
    MULTIPLE_CHOICE("Multiple choice"),
    TRUE_FALSE("True or false"),
    SHORT_ANSWER("Short answer"),
    NUMBER("Number"),
    ORDERING("Ordering"),
    MATCHING("Matching");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
