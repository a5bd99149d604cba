package com.thenandnow.load;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Opens one learner UI the way the heap measurement needs it: home, "Continue as guest", the first lesson. */
final class IdleUi {

    private IdleUi() {
    }

    static CompletableFuture<Void> open(FlowClient client, StepStats stats, boolean push) {
        CompletableFuture<Void> started = stats.time("page", () -> client.loadPage(""))
                .thenCompose(v -> stats.time("init", () -> client.init("")));
        if (push) {
            started = started.thenCompose(v -> stats.time("push connect", client::connectPush));
        }
        return started
                .thenCompose(v -> stats.time("home", () -> client.send(List.of(Rpc.navigate("/", "")))))
                .thenCompose(v -> stats.time("sync", () -> client.send(client.takeFollowUps())))
                .thenCompose(v -> stats.time("name", () -> client.send(List.of(Rpc.click(guestButton(client))))))
                .thenCompose(v -> stats.time("lesson", () -> client.send(List.of(Rpc.navigate(firstLesson(client), "link")))))
                .thenApply(v -> null);
    }

    private static UiNode guestButton(FlowClient client) {
        return client.read(tree -> tree.find(node -> node.is("vaadin-button") && tree.textOf(node).equals("Continue as guest"))
                .stream().findFirst().orElseThrow(() -> new UidlErrors.Failure("no 'Continue as guest'")));
    }

    private static String firstLesson(FlowClient client) {
        return client.read(tree -> tree.find(node -> node.is("a") && node.attributes.getOrDefault("href", "").startsWith("lessons/"))
                .stream().findFirst().map(node -> node.attributes.get("href"))
                .orElseThrow(() -> new UidlErrors.Failure("no lesson link")));
    }
}
