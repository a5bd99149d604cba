package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Marks glossary terms in a lesson's sanitized HTML: the first occurrence of each term, as a whole word, in text
 * outside links, headings and code. A marked term can take keyboard focus, and its definition follows it as a
 * tooltip that the theme shows on hover and focus, and that screen readers announce as the term's description.
 * The text is scanned once, word by word, looking each word up among the terms' first words: linear in the text.
 */
final class TermMarker {

    static final String TIP_ID_PREFIX = "glossary-tip-";
    private static final Set<String> SKIPPED = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre");

    /** A form of a term, lowercased, with the index of its entry in the glossary. */
    private record Form(String text, int entry) {
    }

    private record Match(int start, int end, int entry) {
    }

    private final List<GlossaryEntry> entries;
    private final Map<String, List<Form>> byFirstWord = new HashMap<>();

    TermMarker(Glossary glossary) {
        entries = glossary.entries();
        for (int i = 0; i < entries.size(); i++) {
            for (String form : entries.get(i).forms()) {
                String lower = form.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                byFirstWord.computeIfAbsent(lower.substring(0, wordEnd(lower, 0)), word -> new ArrayList<>()).add(new Form(lower, i));
            }
        }
        byFirstWord.values().forEach(forms -> forms.sort(Comparator.comparingInt((Form form) -> form.text().length()).reversed()));
    }

    /** The HTML with each term marked once; unchanged when no term occurs in it. */
    String mark(String html) {
        if (entries.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        Set<Integer> marked = new HashSet<>();
        textOutsideSkippedElements(document.body()).forEach(text -> markIn(text, marked));
        return marked.isEmpty() ? html : MarkdownRenderer.bodyHtml(document);
    }

    private static List<TextNode> textOutsideSkippedElements(Element body) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && SKIPPED.contains(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    texts.add(text);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return texts;
    }

    /** Marks every term not yet marked in one text node, splitting it around each term found. */
    private void markIn(TextNode text, Set<Integer> marked) {
        Optional<TextNode> rest = Optional.of(text);
        Optional<Match> match = find(text.getWholeText(), marked);
        while (match.isPresent()) {
            TextNode term = splitAt(rest.get(), match.get().start()).orElseThrow();
            rest = splitAt(term, match.get().end() - match.get().start());
            term.replaceWith(marked(term.getWholeText(), match.get().entry()));
            marked.add(match.get().entry());
            match = rest.flatMap(after -> find(after.getWholeText(), marked));
        }
    }

    /** The text from {@code offset} on, split off as a node of its own; empty when nothing follows it. */
    private static Optional<TextNode> splitAt(TextNode text, int offset) {
        if (offset == 0) {
            return Optional.of(text);
        }
        return offset < text.getWholeText().length() ? Optional.of(text.splitText(offset)) : Optional.empty();
    }

    /** The first term not yet marked that starts at a word of {@code text}, the longest if several do. */
    private Optional<Match> find(String text, Set<Integer> marked) {
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            for (Form form : byFirstWord.getOrDefault(text.substring(i, end).toLowerCase(Locale.ROOT), List.of())) {
                if (!marked.contains(form.entry()) && matchesAt(text, i, form.text())) {
                    return Optional.of(new Match(i, i + form.text().length(), form.entry()));
                }
            }
            i = end;
        }
        return Optional.empty();
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Whether {@code form} occurs at {@code start}, ignoring case, any space matching any space, as a whole word. */
    private static boolean matchesAt(String text, int start, String form) {
        int end = start + form.length();
        if (end > text.length()) {
            return false;
        }
        for (int k = 0; k < form.length(); k++) {
            char wanted = form.charAt(k);
            char found = text.charAt(start + k);
            boolean same = wanted == ' ' ? Character.isWhitespace(found) || Character.isSpaceChar(found)
                    : Character.toLowerCase(found) == wanted;
            if (!same) {
                return false;
            }
        }
        boolean wordGoesOn = end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                && Character.isLetterOrDigit(form.charAt(form.length() - 1));
        return !wordGoesOn;
    }

    /** {@code <span class="glossary"><span role="term" …>KGB</span><span role="tooltip" …>definition</span></span>} */
    private Element marked(String words, int entry) {
        String tipId = TIP_ID_PREFIX + entry;
        Element term = new Element("span").addClass("glossary-term").attr("role", "term").attr("tabindex", "0")
                .attr("aria-describedby", tipId).text(words);
        Element tip = new Element("span").addClass("glossary-tip").attr("role", "tooltip").attr("id", tipId)
                .text(entries.get(entry).definition());
        return new Element("span").addClass("glossary").appendChild(term).appendChild(tip);
    }
}
