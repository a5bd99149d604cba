package com.thenandnow.lesson;

/** How counts are worded in messages, so the validator and the instructor area say them alike. */
public final class Wording {

    private Wording() {
    }

    /** "1 error", "2 warnings", "0 files". */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
