package com.thenandnow.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The state tree of one UI, kept from the "changes" of every UIDL message as flow-client keeps it, so the
 * learner can find what to click by tag, text and attribute instead of by fixed node ids.
 */
final class UiTree {

    private static final int ROOT = 1;
    private static final int DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int VIRTUAL_CHILDREN = 24;

    private final Map<Integer, UiNode> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Applies one message's constants and changes; answers the nodes it attached. */
    List<UiNode> apply(JsonNode message) {
        message.path("constants").fields().forEachRemaining(entry -> constants.put(entry.getKey(), entry.getValue()));
        List<UiNode> attached = new ArrayList<>();
        for (JsonNode change : message.path("changes")) {
            int id = change.path("node").asInt();
            switch (change.path("type").asText()) {
                case "attach" -> attached.add(node(id));
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> clear(childList(node(id), change.path("feat").asInt()));
                default -> { }
            }
        }
        return attached;
    }

    Optional<JsonNode> constant(String key) {
        return Optional.ofNullable(constants.get(key));
    }

    /** Every node reachable from the UI root, in document order (virtual children, such as dialogs, after the others). */
    List<UiNode> attachedInOrder() {
        List<UiNode> found = new ArrayList<>();
        collect(nodes.get(ROOT), found);
        return found;
    }

    List<UiNode> find(Predicate<UiNode> test) {
        return attachedInOrder().stream().filter(test).toList();
    }

    List<UiNode> descendants(UiNode node) {
        List<UiNode> found = new ArrayList<>();
        collect(node, found);
        return found.subList(1, found.size());
    }

    /** The text a person sees inside the node: the text nodes under it, joined. */
    String textOf(UiNode node) {
        StringBuilder text = new StringBuilder();
        for (UiNode each : descendantsAndSelf(node)) {
            if (each.text != null) {
                text.append(each.text);
            }
        }
        return text.toString().strip();
    }

    private List<UiNode> descendantsAndSelf(UiNode node) {
        List<UiNode> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private void collect(UiNode node, List<UiNode> into) {
        if (node == null) {
            return;
        }
        into.add(node);
        node.children.forEach(child -> collect(nodes.get(child), into));
        node.virtualChildren.forEach(child -> collect(nodes.get(child), into));
    }

    private UiNode node(int id) {
        return nodes.computeIfAbsent(id, UiNode::new);
    }

    private void put(UiNode node, JsonNode change) {
        String key = change.path("key").asText();
        JsonNode value = change.has("value") ? change.get("value") : change.path("nodeValue");
        switch (change.path("feat").asInt()) {
            case DATA -> { if (key.equals("tag")) { node.tag = value.asText(); } }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value.asText());
            case LISTENERS -> node.listeners.put(key, value.asText());
            case TEXT -> node.text = value.asText();
            default -> { }
        }
    }

    private void remove(UiNode node, JsonNode change) {
        String key = change.path("key").asText();
        switch (change.path("feat").asInt()) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> { }
        }
    }

    private void splice(UiNode node, JsonNode change) {
        List<Integer> list = childList(node, change.path("feat").asInt());
        int index = change.path("index").asInt();
        if (list == null || index > list.size()) {
            return;
        }
        int removed = change.path("remove").asInt(0);
        list.subList(index, Math.min(list.size(), index + removed)).clear();
        List<Integer> added = new ArrayList<>();
        change.path("addNodes").forEach(id -> added.add(id.asInt()));
        list.addAll(Math.min(index, list.size()), added);
    }

    private static void clear(List<Integer> list) {
        if (list != null) {
            list.clear();
        }
    }

    /** The node's list of child node ids for the feature, or null for lists of values (class names …). */
    private static List<Integer> childList(UiNode node, int feature) {
        return switch (feature) {
            case CHILDREN -> node.children;
            case VIRTUAL_CHILDREN -> node.virtualChildren;
            default -> null;
        };
    }
}
