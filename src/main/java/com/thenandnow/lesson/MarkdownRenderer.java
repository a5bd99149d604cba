package com.thenandnow.lesson;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown in, safe HTML out. Commonmark passes raw HTML and {@code javascript:} links through, so
 * every piece of HTML the app shows is cleaned here, in one place. The parser and renderers are
 * thread-safe and built once.
 */
public final class MarkdownRenderer {

    /** Where the web layer serves the lessons folder's files, such as the images lessons reference relatively. */
    public static final String ASSET_URL_PREFIX = "/lesson-files/";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String NO_BASE = "https://lesson.invalid/";

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().extensions(EXTENSIONS)
            .nodeRendererFactory(WordsOfLinks::new).build();
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "mailto")
            .preserveRelativeLinks(true);

    /** Parses Markdown with source spans, so nodes know their lines (0-based, relative to {@code markdown}). */
    Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Sanitized HTML of the given nodes, in order. */
    String toHtml(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        nodes.forEach(node -> out.append(html.render(node)));
        return sanitize(out.toString());
    }

    /** Sanitized HTML of a Markdown fragment. */
    public String toHtml(String markdown) {
        return sanitize(html.render(parse(markdown)));
    }

    /** The text of a Markdown fragment without its markup, for labels such as options and prompts. */
    String toPlainText(String markdown) {
        return text.render(parse(markdown)).strip();
    }

    String toPlainText(Node node) {
        return text.render(node).strip();
    }

    /** What {@code Jsoup.clean} does, keeping the clean document to point relative images at the lessons folder. */
    private String sanitize(String unsafeHtml) {
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(unsafeHtml, NO_BASE));
        clean.select("img[src]").forEach(MarkdownRenderer::serveFromLessonsFolder);
        return bodyHtml(clean).strip();
    }

    /**
     * The body's HTML with every character beyond Latin-1 written as a numeric reference ({@code &#x2014;} for
     * an em dash). Java stores a string with only Latin-1 characters in one byte per character, else two; one
     * dash in a lesson would double the size of every copy: the lesson's HTML, and each open page's last
     * response, which Vaadin keeps in case the browser asks for it again.
     */
    static String bodyHtml(Document document) {
        document.outputSettings().charset(StandardCharsets.ISO_8859_1).escapeMode(Entities.EscapeMode.xhtml);
        return document.body().html();
    }

    /**
     * Commonmark's plain text writes a link or an image as {@code "words" (url)}; labels such as options,
     * prompts and summaries want the words alone.
     */
    private record WordsOfLinks(TextContentNodeRendererContext context) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }

    /** A page's URL is not the lessons folder, so {@code images/map.png} would not resolve from it as written. */
    private static void serveFromLessonsFolder(Element image) {
        String src = image.attr("src");
        if (!src.isEmpty() && ImageCheck.isLocal(src)) {
            image.attr("src", ASSET_URL_PREFIX + src);
        }
    }
}
