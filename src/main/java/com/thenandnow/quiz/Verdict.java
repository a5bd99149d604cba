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

    static Verdict of(double score, boolean answered) {
        if (!answered) {
            return UNANSWERED;
        }
        if (score >= 1.0) {
            return RIGHT;
        }
        return score > 0 ? PARTLY_RIGHT : WRONG;
    }
}
