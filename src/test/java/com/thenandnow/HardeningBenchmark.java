package com.thenandnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.LessonParser;
import com.thenandnow.lesson.LessonSource;
import com.thenandnow.lesson.MarkdownRenderer;
import com.thenandnow.lesson.ParseContext;
import com.thenandnow.quiz.QuizFixtures;
import com.thenandnow.quiz.QuizGrader;
import com.thenandnow.quiz.Response;
import com.thenandnow.quiz.ShortAnswers;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Times the inputs of issue 8 that once took the server minutes: checking a pasted short answer of
 * {@code !!!…!x} (20 KB and 1 MB), parsing a lesson whose matching list has an item of 50,000 spaces, checking
 * the number answers {@code 1e50000000} and {@code 1e999999999}, and normalising a long stored answer as item
 * analysis does (before the fixes, checking a short answer was that normalising). Each case runs {@link #RUNS}
 * times on a daemon thread; a run that takes longer than {@link #GIVE_UP_SECONDS} is abandoned and the case
 * stops there (the abandoned run keeps a core busy until the JVM ends, so a case that gives up goes last).
 * Prints every run and the median; asserts only that every case was measured. Surefire skips it by default:
 * {@code ./mvnw -o test -Dtest=HardeningBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HardeningBenchmark {

    /** Five by default; {@code -Dbenchmark.runs=1} spares a shared machine when the runs take minutes. */
    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    private static final long GIVE_UP_SECONDS = 120;

    private static final LessonParser PARSER = new LessonParser(new MarkdownRenderer());

    @Test
    void pathological_answers_and_lessons() {
        List<String> lines = new ArrayList<>();
        lines.add(measure("list item of 50,000 spaces, parse", HardeningBenchmark::parseSpacedList));
        lines.add(measure("number answer 1e999999999, check", () -> checkNumber("1e999999999")));
        lines.add(measure("number answer 1e50000000, check", () -> checkNumber("1e50000000")));
        lines.add(measure("short answer of 20 KB, check", () -> checkShortAnswer(20 * 1024)));
        lines.add(measure("short answer of 1 MB, check", () -> checkShortAnswer(1024 * 1024)));
        lines.add(measure("stored answer of 20 KB, normalise", () -> normalise(20 * 1024)));
        lines.add(measure("stored answer of 1 MB, normalise", () -> normalise(1024 * 1024)));
        System.out.printf(Locale.ROOT, "%nSummary (load average %.2f on %d CPUs):%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        lines.forEach(System.out::println);
        assertThat(lines).hasSize(7);
    }

    private static String measure(String name, Runnable task) {
        List<Double> millis = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            String outcome = runGuarded(task);
            double took = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "%s, run %d: %.1f ms%s%n", name, run, took, outcome);
            if (!outcome.isEmpty()) {
                return String.format(Locale.ROOT, "  %-36s %s after %.1f ms (run %d)", name, outcome.strip(), took, run);
            }
            millis.add(took);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format(Locale.ROOT, "  %-36s median %.1f ms (min %.1f, max %.1f)", name, sorted.get(RUNS / 2),
                sorted.get(0), sorted.get(RUNS - 1));
    }

    /** Empty when the task ended normally; else what happened to it. */
    private static String runGuarded(Runnable task) {
        CompletableFuture<Void> run = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                task.run();
                run.complete(null);
            } catch (Throwable e) {
                run.completeExceptionally(e);
            }
        }, "benchmark-run");
        thread.setDaemon(true);
        thread.start();
        try {
            run.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
            return "";
        } catch (TimeoutException e) {
            return " GAVE UP, still running";
        } catch (ExecutionException e) {
            return " THREW " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return " INTERRUPTED";
        }
    }

    private static void parseSpacedList() {
        String lesson = "---\ntitle: Spaces\n---\n\n## Quiz\n\n### Match them\n- a" + " ".repeat(50_000)
                + "b\n- c -> d\n- e -> f\n\n> Explained.\n";
        PARSER.parse(new LessonSource("01-spaces.md", "lessons/01-spaces.md", lesson.getBytes(StandardCharsets.UTF_8)),
                ParseContext.STANDALONE);
    }

    private static void checkShortAnswer(int length) {
        String pasted = "!".repeat(length - 1) + "x";
        QuizGrader.grade(QuizFixtures.shortAnswer(1, "Baryshnikov"), new Response.Typed(pasted));
    }

    /** What item analysis does with each wrong answer stored, however long (answers stored before the limit). */
    private static void normalise(int length) {
        ShortAnswers.normalise("!".repeat(length - 1) + "x");
    }

    /** The typed text as the quiz's number field passes it on, checked. */
    private static void checkNumber(String typed) {
        QuizGrader.grade(QuizFixtures.number(1, "1967", "0"), new Response.Figure(typed));
    }
}
