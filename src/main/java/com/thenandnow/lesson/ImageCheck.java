package com.thenandnow.lesson;

import java.net.URI;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.text.TextContentRenderer;

/** Warns about images without alt text (screen readers need it) and images whose file is missing. */
final class ImageCheck extends AbstractVisitor {

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private final MarkdownSource source;
    private final ParseContext context;
    private final Problems problems;

    ImageCheck(MarkdownSource source, ParseContext context, Problems problems) {
        this.source = source;
        this.context = context;
        this.problems = problems;
    }

    void check(Node document) {
        document.accept(this);
    }

    @Override
    public void visit(Image image) {
        String destination = image.getDestination();
        int line = source.lineOf(image);
        if (altText(image).isBlank()) {
            problems.warning(line, "the image '" + destination + "' has no alt text; describe it for readers who "
                    + "cannot see it: ![Map of Central Asia](" + destination + ")");
        }
        if (isLocal(destination) && !context.assetExists().test(destination)) {
            problems.warning(line, "the image file '" + destination + "' is missing; put it in the lessons folder or fix the path");
        }
    }

    /** The text of the image's own content: rendering the image itself also prints its destination, never blank. */
    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            alt.append(TEXT.render(child));
        }
        return alt.toString();
    }

    /** Whether a link points into the lessons folder: no scheme, not site-absolute, not a fragment. */
    static boolean isLocal(String destination) {
        try {
            URI uri = URI.create(destination.replace(" ", "%20"));
            return !uri.isAbsolute() && !destination.startsWith("/") && !destination.startsWith("#");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
