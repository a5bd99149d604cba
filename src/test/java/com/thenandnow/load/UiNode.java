package com.thenandnow.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One node of a UI's state tree as the browser would hold it: tag, properties, attributes, listeners, children. */
final class UiNode {

    final int id;
    String tag;
    String text;
    final Map<String, JsonNode> properties = new HashMap<>();
    final Map<String, String> attributes = new HashMap<>();
    /** Event type to the constant key of the data the browser sends with it. */
    final Map<String, String> listeners = new HashMap<>();
    final List<Integer> children = new ArrayList<>();
    final List<Integer> virtualChildren = new ArrayList<>();

    UiNode(int id) {
        this.id = id;
    }

    Optional<String> property(String name) {
        JsonNode value = properties.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    boolean is(String tagName) {
        return tagName.equals(tag);
    }

    boolean isDisabled() {
        return attributes.containsKey("disabled") || properties.containsKey("disabled") && properties.get("disabled").asBoolean();
    }

    @Override
    public String toString() {
        return id + ":" + tag;
    }
}
