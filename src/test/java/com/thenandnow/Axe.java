package com.thenandnow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core in the page under test. The script is the {@code axe.min.js} that Deque's Maven artifact ships
 * (MPL 2.0, licence header kept in the file); the test injects and runs it itself, so none of that
 * artifact's Java dependencies are needed. axe looks into open shadow roots, where Vaadin renders.
 */
final class Axe {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and Deque's best practices (landmarks, headings, regions). */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static final String SOURCE = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(result => done(result.violations.map(v => ({rule: v.id, help: v.help,
                  nodes: v.nodes.map(n => n.target.join(' >> ') + ' | ' + (n.failureSummary || '').split('\\n').slice(1, 3).join(' ').trim())}))))
              .catch(error => done([{rule: 'axe-error', help: String(error), nodes: []}]));
            """;

    /** One rule broken on a page, with the elements that break it and why. */
    record Violation(String rule, String help, List<String> nodes) {
    }

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<Violation> run(JavascriptExecutor page) {
        if (!Boolean.TRUE.equals(page.executeScript("return !!window.axe;"))) {
            page.executeScript(SOURCE);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.executeAsyncScript(RUN, TAGS);
        return violations.stream().map(v -> new Violation(String.valueOf(v.get("rule")), String.valueOf(v.get("help")),
                (List<String>) v.get("nodes"))).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
