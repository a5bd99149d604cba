package com.thenandnow.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * One learner's visit, round after round until the run ends: home, a lesson, its quiz, every answer, Check,
 * My progress; a think time before every action. On the first visit the learner answers the name dialog.
 * A failed step is counted, and the learner then reloads the page as a person would: a new UI.
 */
final class Learner {

    private final int number;
    private final FlowClient client;
    private final StepStats stats;
    private final Pacing pacing;
    private final AnswerPicker answers;
    private final Random random;
    private final RunCounters counters;

    Learner(int number, FlowClient client, StepStats stats, Pacing pacing, RunCounters counters) {
        this.number = number;
        this.client = client;
        this.stats = stats;
        this.pacing = pacing;
        this.counters = counters;
        this.random = new Random(number);
        this.answers = new AnswerPicker(random);
    }

    CompletableFuture<Void> run() {
        return visit(true).exceptionallyCompose(this::afterFailure);
    }

    void close() {
        client.close();
    }

    int number() {
        return number;
    }

    /** Whether the page shown has this heading, as a lesson page has its lesson's title. */
    boolean showsHeading(String heading) {
        return client.read(tree -> tree.find(node -> node.is("h1")).stream().anyMatch(h1 -> tree.textOf(h1).equals(heading)));
    }

    private CompletableFuture<Void> afterFailure(Throwable failure) {
        stats.recordUnrecorded(failure);
        return pacing.isOver() ? CompletableFuture.completedFuture(null)
                : pacing.think().thenCompose(v -> visit(false)).exceptionallyCompose(this::afterFailure);
    }

    private CompletableFuture<Void> visit(boolean first) {
        CompletableFuture<Void> opened = stats.time("page", () -> client.loadPage(""))
                .thenCompose(v -> stats.time("init", () -> client.init("")))
                .thenCompose(v -> stats.time("push connect", client::connectPush))
                .thenCompose(v -> step("home", () -> List.of(Rpc.navigate("/", ""))));
        return (first ? opened.thenCompose(v -> pacing.think()).thenCompose(v -> chooseName()) : opened)
                .thenCompose(v -> round(number));
    }

    private CompletableFuture<Void> chooseName() {
        boolean save = random.nextBoolean();
        Optional<UiNode> nameField = client.read(tree -> tree.find(node -> node.is("vaadin-text-field")).stream().findFirst());
        CompletableFuture<Void> typed = save && nameField.isPresent()
                ? step("name", () -> client.read(tree -> answers.answer(tree, nameField.get()))).thenCompose(v -> pacing.think())
                : CompletableFuture.completedFuture(null);
        return typed.thenCompose(v -> step("name", () -> List.of(Rpc.click(button(save ? "Save name" : "Continue as guest")))));
    }

    private CompletableFuture<Void> round(int index) {
        if (pacing.isOver()) {
            return CompletableFuture.completedFuture(null);
        }
        return pacing.think().thenCompose(v -> step("home", () -> List.of(navigation(link(a -> text(a).equals("Course"))))))
                .thenCompose(v -> pacing.think())
                .thenCompose(v -> step("lesson", () -> List.of(navigation(lessonLink(index)))))
                .thenCompose(v -> pacing.think())
                .thenCompose(v -> takeQuiz())
                .thenCompose(v -> round(index + 1));
    }

    private CompletableFuture<Void> takeQuiz() {
        if (client.read(tree -> tree.find(node -> node.is("vaadin-button") && tree.textOf(node).equals("Take the quiz")).isEmpty())) {
            return CompletableFuture.completedFuture(null);
        }
        return step("quiz", () -> List.of(Rpc.click(button("Take the quiz"))))
                .thenCompose(v -> answerAll(0))
                .thenCompose(v -> pacing.think())
                .thenCompose(v -> step("check", () -> List.of(Rpc.click(button("Check answers")))))
                .thenRun(counters::quizChecked)
                .thenCompose(v -> pacing.think())
                .thenCompose(v -> step("progress", () -> List.of(navigation(link(a -> text(a).equals("My progress"))))));
    }

    private CompletableFuture<Void> answerAll(int index) {
        List<UiNode> widgets = client.read(AnswerPicker::widgets);
        if (index >= widgets.size() || pacing.isOver()) {
            return CompletableFuture.completedFuture(null);
        }
        UiNode widget = widgets.get(index);
        return pacing.think()
                .thenCompose(v -> step(AnswerPicker.stepName(widget), () -> client.read(tree -> answers.answer(tree, widget))))
                .thenCompose(v -> answerAll(index + 1));
    }

    /** Sends the invocations as one timed step, then whatever the browser would send by itself right after. */
    private CompletableFuture<Void> step(String name, java.util.function.Supplier<List<ObjectNode>> invocations) {
        return stats.time(name, () -> {
            List<ObjectNode> rpcs = invocations.get();
            return rpcs.isEmpty() ? CompletableFuture.<JsonNode>completedFuture(null) : client.send(rpcs);
        }).thenCompose(reply -> {
            List<ObjectNode> followUps = client.takeFollowUps();
            return followUps.isEmpty() ? CompletableFuture.completedFuture(null)
                    : stats.time("sync", () -> client.send(followUps)).thenApply(r -> null);
        });
    }

    private UiNode button(String label) {
        return client.read(tree -> tree.find(node -> node.is("vaadin-button") && tree.textOf(node).equals(label)).stream()
                .findFirst().orElseThrow(() -> new UidlErrors.Failure("no button '" + label + "'")));
    }

    private UiNode link(Predicate<UiNode> which) {
        return client.read(tree -> tree.find(node -> node.is("a") && node.attributes.containsKey("router-link")).stream()
                .filter(which).findFirst().orElseThrow(() -> new UidlErrors.Failure("no such link")));
    }

    private UiNode lessonLink(int index) {
        List<UiNode> lessons = client.read(tree -> tree.find(node -> node.is("a") && href(node).startsWith("lessons/")
                && !href(node).endsWith("/quiz")));
        if (lessons.isEmpty()) {
            throw new UidlErrors.Failure("no lesson links");
        }
        return lessons.get(Math.floorMod(index, lessons.size()));
    }

    private String text(UiNode node) {
        return client.read(tree -> tree.textOf(node));
    }

    private static ObjectNode navigation(UiNode link) {
        String href = href(link);
        return Rpc.navigate(href.equals(".") ? "" : href, "link");
    }

    private static String href(UiNode node) {
        return node.attributes.getOrDefault("href", "");
    }
}
