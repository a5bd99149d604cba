package com.thenandnow.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One term of the glossary. {@code forms} are the words marked in lessons: the term itself first, then the
 * other forms its {@code Also:} line gives. {@code definition} is the plain text a tooltip shows,
 * {@code definitionHtml} the sanitized HTML the glossary page shows. {@code beyondArticle} is present when the
 * entry is marked "Context beyond the article", holding the author's note (possibly empty).
 */
public record GlossaryEntry(String term, List<String> forms, String definition, String definitionHtml,
                            Optional<String> lesson, List<Integer> sources, Optional<String> beyondArticle, int line) {

    public GlossaryEntry {
        Objects.requireNonNull(term);
        forms = List.copyOf(forms);
        Objects.requireNonNull(definition);
        Objects.requireNonNull(definitionHtml);
        Objects.requireNonNull(lesson);
        sources = List.copyOf(sources);
        Objects.requireNonNull(beyondArticle);
        if (term.isBlank() || definition.isBlank()) {
            throw new IllegalArgumentException("a glossary entry needs a term and a definition");
        }
        if (forms.isEmpty() || !forms.get(0).equals(term)) {
            throw new IllegalArgumentException("the forms of a term start with the term itself: " + term);
        }
    }
}
