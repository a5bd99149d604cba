package com.thenandnow.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The client-to-server invocations of Vaadin's UIDL protocol, shaped as flow-client sends them. */
final class Rpc {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] MOUSE_FLAGS = {"event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey"};
    private static final String[] MOUSE_NUMBERS = {"event.detail", "event.clientX", "event.clientY", "event.button",
            "event.screenY", "event.screenX"};

    private Rpc() {
    }

    /** A router-link click or a first page load: the browser asks the server to navigate. */
    static ObjectNode navigate(String route, String trigger) {
        ObjectNode data = JSON.objectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        return event(1, "ui-navigate", data);
    }

    static ObjectNode click(UiNode node) {
        ObjectNode data = JSON.objectNode();
        for (String flag : MOUSE_FLAGS) {
            data.put(flag, false);
        }
        for (String number : MOUSE_NUMBERS) {
            data.put(number, 0);
        }
        return event(node.id, "click", data);
    }

    static ObjectNode event(int node, String type, JsonNode data) {
        ObjectNode rpc = JSON.objectNode().put("type", "event").put("node", node).put("event", type);
        rpc.set("data", data);
        return rpc;
    }

    /** A property the browser changed and the server has asked to have synchronised. */
    static ObjectNode sync(UiNode node, String property, JsonNode value) {
        ObjectNode rpc = JSON.objectNode().put("type", "mSync").put("node", node.id).put("feature", 1)
                .put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    /** What a grid's connector sends after it has rendered an update of its data. */
    static ObjectNode confirmGridUpdate(int grid, int updateId, int promise) {
        ObjectNode rpc = JSON.objectNode().put("type", "publishedEventHandler").put("node", grid)
                .put("templateEventMethodName", "confirmUpdate").put("promise", promise);
        rpc.putArray("templateEventMethodArgs").add(updateId);
        return rpc;
    }

    /**
     * The data of an event that sends a synchronised property: a debounced listener (a text field's
     * lazy value change) also names the phase that fired it.
     */
    static ObjectNode dataFor(JsonNode expressions) {
        ObjectNode data = JSON.objectNode();
        expressions.fields().forEachRemaining(entry -> {
            if (entry.getValue().isArray()) {
                data.put(entry.getKey(), 1).put("for", "trailing");
            }
        });
        return data;
    }
}
