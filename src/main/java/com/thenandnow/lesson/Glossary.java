package com.thenandnow.lesson;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The course's glossary, from {@code _glossary.md}: a title, an introduction and the terms in file order. */
public record Glossary(String title, String introHtml, List<GlossaryEntry> entries) {

    public static final String DEFAULT_TITLE = "Glossary";
    public static final Glossary EMPTY = new Glossary(DEFAULT_TITLE, "", List.of());

    public Glossary {
        Objects.requireNonNull(title);
        Objects.requireNonNull(introHtml);
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The terms as a reader looks them up: alphabetically, ignoring case and accents. */
    public List<GlossaryEntry> alphabetical() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.PRIMARY);
        return entries.stream().sorted(Comparator.comparing(GlossaryEntry::term, collator)).toList();
    }
}
