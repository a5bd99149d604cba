package com.thenandnow.lesson;

/** How bad a problem in a lesson file is: errors keep a lesson from being published, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
