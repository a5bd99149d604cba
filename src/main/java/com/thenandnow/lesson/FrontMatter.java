package com.thenandnow.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML block between the {@code ---} lines at the top of a file. SnakeYAML's node tree is read
 * rather than its objects, because the nodes know their lines: every problem can point at its key.
 * Typed getters report a wrong type as an error and return empty.
 */
final class FrontMatter {

    private static final String FENCE = "---";

    private final Map<String, Node> values;
    private final Map<String, Integer> lines;
    private final int bodyStart;
    private final Problems problems;

    private FrontMatter(Map<String, Node> values, Map<String, Integer> lines, int bodyStart, Problems problems) {
        this.values = values;
        this.lines = lines;
        this.bodyStart = bodyStart;
        this.problems = problems;
    }

    /** Reads the front matter at the top of {@code fileLines}, if any; problems go to {@code problems}. */
    static FrontMatter read(List<String> fileLines, Problems problems) {
        if (fileLines.isEmpty() || !fileLines.get(0).strip().equals(FENCE)) {
            return new FrontMatter(Map.of(), Map.of(), 0, problems);
        }
        int close = closingFence(fileLines);
        if (close < 0) {
            problems.error(1, "the front matter opened with --- is never closed: add a line with --- after it");
            return new FrontMatter(Map.of(), Map.of(), 0, problems);
        }
        FrontMatter empty = new FrontMatter(Map.of(), Map.of(), close + 1, problems);
        String yaml = String.join("\n", fileLines.subList(1, close));
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(yaml));
            return root == null ? empty : fromRoot(root, close + 1, problems);
        } catch (MarkedYAMLException e) {
            problems.error(yamlLine(e.getProblemMark().getLine()),
                    "invalid front matter: " + e.getProblem() + " (check the indentation and quote values containing ':')");
        } catch (YAMLException e) {
            problems.error(1, "invalid front matter: " + e.getMessage());
        }
        return empty;
    }

    private static int closingFence(List<String> fileLines) {
        for (int i = 1; i < fileLines.size(); i++) {
            String line = fileLines.get(i).strip();
            if (line.equals(FENCE) || line.equals("...")) {
                return i;
            }
        }
        return -1;
    }

    private static FrontMatter fromRoot(Node root, int bodyStart, Problems problems) {
        if (!(root instanceof MappingNode mapping)) {
            problems.error(yamlLine(root.getStartMark().getLine()),
                    "invalid front matter: expected 'key: value' lines, such as 'title: My lesson'");
            return new FrontMatter(Map.of(), Map.of(), bodyStart, problems);
        }
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = yamlLine(tuple.getKeyNode().getStartMark().getLine());
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (values.containsKey(key)) {
                problems.error(line, "invalid front matter: '" + key + "' is set twice (also on line "
                        + lines.get(key) + "); keep one");
                continue;
            }
            values.put(key, tuple.getValueNode());
            lines.put(key, line);
        }
        return new FrontMatter(values, lines, bodyStart, problems);
    }

    /** YAML lines count from 0 after the opening fence, which is line 1 of the file. */
    private static int yamlLine(int zeroBasedYamlLine) {
        return zeroBasedYamlLine + 2;
    }

    /** Index of the first line after the front matter (0 when there is none). */
    int bodyStart() {
        return bodyStart;
    }

    int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }

    void warnAboutUnknownKeys(Set<String> known) {
        values.keySet().stream().filter(key -> !known.contains(key)).forEach(key -> problems.warning(lineOf(key),
                "unknown front matter key '" + key + "' is ignored; known keys: " + String.join(", ", known)));
    }

    Optional<String> text(String key) {
        return scalar(key, "a text").map(String::strip).filter(value -> !value.isEmpty());
    }

    Optional<Integer> integer(String key) {
        return scalar(key, "a whole number").flatMap(value -> parseInteger(key, value));
    }

    Optional<Boolean> bool(String key) {
        return scalar(key, "true or false").flatMap(value -> {
            Optional<Boolean> truth = yesOrNo(value);
            if (truth.isEmpty()) {
                problems.error(lineOf(key), "invalid front matter: '" + key + "' must be true or false, not '" + value + "'");
            }
            return truth;
        });
    }

    /** A truth value as YAML writes it: true, yes or on; false, no or off; in any case. */
    static Optional<Boolean> yesOrNo(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A list such as {@code [5, 6]} or a single value such as {@code 5}. */
    List<String> texts(String key) {
        Node node = values.get(key);
        List<String> result = new ArrayList<>();
        if (node instanceof ScalarNode scalar) {
            result.add(scalar.getValue().strip());
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    result.add(scalar.getValue().strip());
                } else {
                    problems.error(lineOf(key), "invalid front matter: '" + key + "' must be a list of plain values, such as [a, b]");
                }
            }
        } else if (node != null) {
            problems.error(lineOf(key), "invalid front matter: '" + key + "' must be a list, such as [a, b]");
        }
        return result;
    }

    List<Integer> integers(String key) {
        return texts(key).stream().map(value -> parseInteger(key, value)).flatMap(Optional::stream).toList();
    }

    private Optional<String> scalar(String key, String expected) {
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.error(lineOf(key), "invalid front matter: '" + key + "' must be " + expected + ", not a list or a map");
        return Optional.empty();
    }

    private Optional<Integer> parseInteger(String key, String value) {
        String text = value.strip();
        OptionalInt number = WholeNumbers.parse(text);
        if (number.isPresent()) {
            return Optional.of(number.getAsInt());
        }
        problems.error(lineOf(key), WholeNumbers.isWhole(text)
                ? "invalid front matter: '" + key + "' has too many digits; use a whole number of at most "
                        + WholeNumbers.MAX_DIGITS + " digits"
                : "invalid front matter: '" + key + "' must be a whole number, not '" + Problems.excerpt(value) + "'");
        return Optional.empty();
    }
}
