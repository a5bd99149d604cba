package com.thenandnow.lesson;

/** Whether learners see a lesson file, and which version of it. */
public enum FileState {
    LIVE("Live"),
    LIVE_WITH_WARNINGS("Live with warnings"),
    LAST_GOOD_VERSION("Error — showing last good version"),
    NOT_LIVE("Error — not live");

    private final String label;

    FileState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The one rule for a file's state: without errors its new version is live; with errors, the last good
     * version stays live if there is one.
     */
    public static FileState of(ProblemCount problems, boolean lastGoodIsLive) {
        if (problems.hasErrors()) {
            return lastGoodIsLive ? LAST_GOOD_VERSION : NOT_LIVE;
        }
        return problems.isClean() ? LIVE : LIVE_WITH_WARNINGS;
    }

    public boolean isLive() {
        return this != NOT_LIVE;
    }
}
