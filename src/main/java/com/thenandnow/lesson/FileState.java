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

    public boolean isLive() {
        return this != NOT_LIVE;
    }
}
