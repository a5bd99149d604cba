package com.thenandnow.quiz;

/** How a checked question went. Only a full score counts as right. */
public enum Verdict {
    RIGHT("Right"),
    PARTLY_RIGHT("Partly right"),
    WRONG("Wrong"),
    UNANSWERED("Not answered");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The verdict of an answered question by its score; an unanswered one is always {@link #UNANSWERED}. */
    static Verdict of(double score) {
        if (score >= 1.0) {
            return RIGHT;
        }
        return score > 0 ? PARTLY_RIGHT : WRONG;
    }
}
