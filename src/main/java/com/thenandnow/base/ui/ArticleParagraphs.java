package com.thenandnow.base.ui;

import java.util.List;
import java.util.stream.Collectors;

/** Paragraphs of the source article as every page cites them: "¶6, ¶7". */
public final class ArticleParagraphs {

    private ArticleParagraphs() {
    }

    public static String of(List<Integer> paragraphs) {
        return paragraphs.stream().map(n -> "¶" + n).collect(Collectors.joining(", "));
    }
}
