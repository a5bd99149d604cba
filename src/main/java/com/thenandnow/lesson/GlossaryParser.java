package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses {@code _glossary.md}: one term per {@code ### } heading, its definition in the paragraphs under it, and
 * optional {@code Also:}, {@code Lesson:}, {@code Source:} and {@code Context beyond the article:} lines. Pure, like
 * the lesson parser; a term with an error is left out of the draft.
 */
public final class GlossaryParser {

    public static final String FILE_NAME = "_glossary.md";
    /** A definition is shown as a tooltip over the term in lessons: longer ones are hard to read there. */
    static final int MAX_DEFINITION_WORDS = 60;

    private final MarkdownRenderer markdown;

    public GlossaryParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** {@code lessonIds} are the lessons a {@code Lesson:} line may name. */
    public ParsedReference<Glossary> parse(LessonSource file, ParseContext context, Set<String> lessonIds) {
        Problems problems = new Problems(file.path());
        Optional<Glossary> glossary = new EntryFile(markdown, "term").read(file, problems).map(content -> {
            Terms terms = new Terms(new EntryParts(markdown, context, lessonIds, problems), problems);
            List<GlossaryEntry> entries = new ArrayList<>();
            content.entries().forEach(entry -> terms.read(entry).ifPresent(entries::add));
            return new Glossary(content.title().orElse(Glossary.DEFAULT_TITLE), content.introHtml(), entries);
        });
        return new ParsedReference<>(glossary, problems.list());
    }

    /** Reads the terms of one file, remembering every form so that no two terms claim the same words. */
    private static final class Terms {
        private final EntryParts parts;
        private final Problems problems;
        private final Map<String, EntryFile.Entry> owners = new HashMap<>();

        Terms(EntryParts parts, Problems problems) {
            this.parts = parts;
            this.problems = problems;
        }

        Optional<GlossaryEntry> read(EntryFile.Entry entry) {
            long errorsBefore = problems.errorCount();
            String term = entry.heading();
            if (term.isEmpty()) {
                problems.error(entry.line(), "this entry has no term: write it in the '### ' heading, such as '### KGB'");
            }
            List<String> forms = forms(entry);
            String definition = parts.plainText(entry);
            if (definition.isBlank()) {
                problems.error(entry.line(), "the term '" + Problems.excerpt(term) + "' has no definition; write it "
                        + "in a paragraph under the heading");
            } else if (LessonParser.wordCount(definition) > MAX_DEFINITION_WORDS) {
                problems.warning(entry.line(), "the definition of '" + Problems.excerpt(term) + "' has more than "
                        + MAX_DEFINITION_WORDS + " words; keep it short, as lessons show it in a tooltip over the term");
            }
            Optional<String> lesson = parts.lesson(entry);
            List<Integer> sources = parts.sources(entry);
            Optional<String> beyond = parts.beyondArticle(entry);
            if (problems.errorCount() > errorsBefore) {
                return Optional.empty();
            }
            return Optional.of(new GlossaryEntry(term, forms, definition, parts.html(entry), lesson, sources, beyond,
                    entry.line()));
        }

        /** The term and the forms of its {@code Also:} line, each checked and claimed for this entry. */
        private List<String> forms(EntryFile.Entry entry) {
            Set<String> forms = new LinkedHashSet<>();
            if (!entry.heading().isEmpty()) {
                add(forms, entry.heading(), entry.line(), entry);
            }
            entry.directive(EntryFile.ALSO).ifPresent(also -> {
                List<String> others = Arrays.stream(also.value().split("\\|", -1)).map(String::strip).toList();
                if (others.contains("")) {
                    problems.error(also.line(), "'Also: " + Problems.excerpt(also.value()) + "' has an empty form; "
                            + "list other forms of the term split by '|', such as 'Also: defectors | defected'");
                }
                others.stream().filter(form -> !form.isEmpty()).forEach(form -> add(forms, form, also.line(), entry));
            });
            return List.copyOf(forms);
        }

        private void add(Set<String> forms, String form, int line, EntryFile.Entry entry) {
            if (!forms.add(form)) {
                return;
            }
            if (!Character.isLetterOrDigit(form.codePointAt(0))) {
                problems.error(line, "'" + Problems.excerpt(form) + "' does not start with a letter or a digit; "
                        + "lessons mark whole words, so start the term with one");
                return;
            }
            EntryFile.Entry owner = owners.putIfAbsent(form.toLowerCase(Locale.ROOT), entry);
            if (owner != null && owner != entry) {
                problems.error(line, "'" + Problems.excerpt(form) + "' is already in the glossary, under '"
                        + Problems.excerpt(owner.heading()) + "' on line " + owner.line() + "; keep one entry per term");
            }
        }
    }
}
