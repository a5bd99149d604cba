package com.thenandnow.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Answers whatever question widgets a quiz page shows, as a learner's browser would report it: a value
 * field (radio group, checkbox group, text, number, select) sends its new value and the event that
 * synchronises it; an ordering list gets a click on one of its enabled move buttons.
 */
final class AnswerPicker {

    static final Set<String> VALUE_FIELDS = Set.of("vaadin-radio-group", "vaadin-checkbox-group", "vaadin-text-field",
            "vaadin-big-decimal-field", "vaadin-select");
    private static final List<String> WORDS = List.of("KGB", "Moscow", "defection", "Nureyev", "the West");

    private final Random random;

    AnswerPicker(Random random) {
        this.random = random;
    }

    /** The widgets left to answer on the page, in page order: value fields and lists with move buttons. */
    static List<UiNode> widgets(UiTree tree) {
        return tree.find(node -> node.tag != null && VALUE_FIELDS.contains(node.tag) && !node.property("readonly").map(Boolean::parseBoolean).orElse(false)
                || (node.is("ol") || node.is("ul")) && !moveButtons(tree, node).isEmpty());
    }

    /** The step name under which this widget's answers are counted. */
    static String stepName(UiNode widget) {
        return "answer " + (VALUE_FIELDS.contains(widget.tag) ? widget.tag.replace("vaadin-", "") : "ordering");
    }

    /** The invocations that answer the widget, or nothing when it has nothing left to choose. */
    List<ObjectNode> answer(UiTree tree, UiNode widget) {
        if (!VALUE_FIELDS.contains(widget.tag)) {
            List<UiNode> buttons = moveButtons(tree, widget);
            return buttons.isEmpty() ? List.of() : List.of(Rpc.click(buttons.get(random.nextInt(buttons.size()))));
        }
        Optional<JsonNode> value = valueFor(tree, widget);
        Optional<String> event = widget.listeners.entrySet().stream()
                .filter(listener -> tree.constant(listener.getValue()).map(data -> data.has("}value")).orElse(false))
                .map(java.util.Map.Entry::getKey).findFirst();
        if (value.isEmpty() || event.isEmpty()) {
            return List.of();
        }
        JsonNode data = Rpc.dataFor(tree.constant(widget.listeners.get(event.get())).orElseThrow());
        return List.of(Rpc.sync(widget, "value", value.get()), Rpc.event(widget.id, event.get(), data));
    }

    private Optional<JsonNode> valueFor(UiTree tree, UiNode widget) {
        return switch (widget.tag) {
            case "vaadin-radio-group" -> pick(itemValues(tree, widget, "vaadin-radio-button")).map(TextNode::new);
            case "vaadin-select" -> pick(itemValues(tree, widget, "vaadin-select-item")).map(TextNode::new);
            case "vaadin-checkbox-group" -> Optional.of(someOf(itemValues(tree, widget, "vaadin-checkbox")));
            case "vaadin-big-decimal-field" -> Optional.of(new TextNode(String.valueOf(1940 + random.nextInt(80))));
            default -> Optional.of(new TextNode(WORDS.get(random.nextInt(WORDS.size()))));
        };
    }

    private static List<String> itemValues(UiTree tree, UiNode widget, String itemTag) {
        return tree.descendants(widget).stream().filter(node -> node.is(itemTag) && !node.isDisabled())
                .flatMap(node -> node.property("value").or(() -> Optional.ofNullable(node.attributes.get("value"))).stream())
                .filter(value -> !value.isEmpty()).distinct().toList();
    }

    private Optional<String> pick(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(random.nextInt(values.size())));
    }

    private ArrayNode someOf(List<String> values) {
        ArrayNode chosen = JsonNodeFactory.instance.arrayNode();
        List<String> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        shuffled.subList(0, Math.min(shuffled.size(), 1 + random.nextInt(Math.max(1, values.size() / 2 + 1))))
                .forEach(chosen::add);
        return chosen;
    }

    private static List<UiNode> moveButtons(UiTree tree, UiNode list) {
        return tree.descendants(list).stream().filter(node -> node.is("vaadin-button") && !node.isDisabled()).toList();
    }
}
