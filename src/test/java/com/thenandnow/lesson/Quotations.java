package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A text split at its double quotation marks, straight or curly: the quoted passages, and the rest, which is the
 * course's own wording. A quotation mark left open quotes nothing, so a stray mark cannot hide copied words.
 */
record Quotations(List<String> quoted, List<String> unquoted) {

    Quotations {
        quoted = List.copyOf(quoted);
        unquoted = List.copyOf(unquoted);
    }

    static Quotations in(String text) {
        List<String> quoted = new ArrayList<>();
        List<String> unquoted = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean inside = false;
        for (char c : text.toCharArray()) {
            boolean opens = !inside && (c == '"' || c == '\u201C');
            boolean closes = inside && (c == '"' || c == '\u201D');
            if (opens || closes) {
                (inside ? quoted : unquoted).add(part.toString());
                part.setLength(0);
                inside = opens;
            } else {
                part.append(c);
            }
        }
        if (inside) {
            int last = unquoted.size() - 1;
            unquoted.set(last, unquoted.get(last) + " " + part);
        } else {
            unquoted.add(part.toString());
        }
        return new Quotations(quoted, unquoted);
    }
}
