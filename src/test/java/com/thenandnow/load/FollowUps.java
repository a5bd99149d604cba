package com.thenandnow.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages a browser sends without being asked, right after it rendered new elements: web components
 * report their initial synchronised properties ("opened-changed", "value-changed" …), and a grid confirms
 * the data update it rendered, which lets the server drop what it kept for it.
 */
final class FollowUps {

    private static final String GRID_CONFIRM = "$connector.confirm(";

    private final List<ObjectNode> pending = new ArrayList<>();
    private int promise;

    void collect(UiTree tree, List<UiNode> attached, JsonNode executions) {
        for (UiNode node : attached) {
            node.listeners.forEach((event, constant) -> {
                if (event.endsWith("-changed") && synchronisesProperty(tree, constant)) {
                    pending.add(Rpc.event(node.id, event, JsonNodeFactory.instance.objectNode()));
                }
            });
        }
        for (JsonNode invocation : executions) {
            String script = invocation.path(invocation.size() - 1).asText();
            if (script.contains(GRID_CONFIRM)) {
                pending.add(Rpc.confirmGridUpdate(invocation.path(0).path(1).asInt(), invocation.path(1).asInt(), promise++));
            }
        }
    }

    List<ObjectNode> take() {
        List<ObjectNode> taken = List.copyOf(pending);
        pending.clear();
        return taken;
    }

    private static boolean synchronisesProperty(UiTree tree, String constant) {
        Iterator<String> names = tree.constant(constant).map(JsonNode::fieldNames).orElse(java.util.Collections.emptyIterator());
        while (names.hasNext()) {
            if (names.next().startsWith("}")) {
                return true;
            }
        }
        return false;
    }
}
