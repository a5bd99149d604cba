package com.thenandnow.lesson;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * Parses the lesson files a load needs, each guarded by {@link ParseFailure}. {@link #inCallerThread} parses
 * them one after the other, as the validator wants. {@link #inBackground} parses them on worker threads and
 * waits only so long, so that one slow file cannot hold up the reload of the others: the load goes on without
 * a file still being parsed, and when that parse ends the runner asks for another load, which finds it done.
 * The first load waits for every file: there is no earlier version of any of them to serve meanwhile, and a
 * course served without some of its lessons would report the lessons that require them as broken.
 */
final class ParseRunner {

    private static final long IDLE_THREAD_SECONDS = 30;

    private final BiFunction<LessonSource, ParseContext, ParsedLesson> parser;
    private final Executor workers;
    private final Duration wait;
    private final Executor notifier;
    private final Runnable onLateParse;
    /** Parses started and not yet handed to a load, by key; only the keys of the latest load are kept. */
    private final Map<Object, CompletableFuture<ParsedLesson>> running = new ConcurrentHashMap<>();
    private volatile boolean loadedBefore;

    private ParseRunner(BiFunction<LessonSource, ParseContext, ParsedLesson> parser, Executor workers, Duration wait,
                        Executor notifier, Runnable onLateParse) {
        this.parser = parser;
        this.workers = workers;
        this.wait = wait;
        this.notifier = notifier;
        this.onLateParse = onLateParse;
    }

    static ParseRunner inCallerThread(BiFunction<LessonSource, ParseContext, ParsedLesson> parser) {
        return new ParseRunner(parser, Runnable::run, Duration.ZERO, Runnable::run, () -> { });
    }

    /** Waits up to {@code wait} for the parses of a load; {@code onLateParse} runs when a parse ends after that. */
    static ParseRunner inBackground(BiFunction<LessonSource, ParseContext, ParsedLesson> parser, Duration wait,
                                    Runnable onLateParse) {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors()); // a slow file takes one of them
        return new ParseRunner(parser, daemonPool("lesson-parser", threads), wait, daemonPool("lesson-late-parse", 1),
                onLateParse);
    }

    /** The parses of {@code files} that ended in time, by their keys; a key left out is still being parsed. */
    <K> Map<K, ParsedLesson> parse(Map<K, LessonSource> files, ParseContext context) {
        Map<K, CompletableFuture<ParsedLesson>> parses = new HashMap<>();
        files.forEach((key, file) -> parses.put(key, running.computeIfAbsent(key, started -> start(started, file, context))));
        running.keySet().retainAll(files.keySet()); // older versions: their parses end unheeded
        awaitAll(parses.values(), loadedBefore ? wait : null);
        loadedBefore = true;
        Map<K, ParsedLesson> done = new HashMap<>();
        parses.forEach((key, parse) -> {
            if (parse.isDone()) {
                running.remove(key);
                done.put(key, parse.join());
            }
        });
        return done;
    }

    private CompletableFuture<ParsedLesson> start(Object key, LessonSource file, ParseContext context) {
        CompletableFuture<ParsedLesson> parse = CompletableFuture.supplyAsync(
                () -> ParseFailure.guard(file, () -> parser.apply(file, context)), workers);
        parse.thenRunAsync(() -> {
            if (running.containsKey(key)) { // no load has taken it yet: it ended after its load stopped waiting
                onLateParse.run();
            }
        }, notifier);
        return parse;
    }

    /** Waits for the parses, at most {@code atMost} ({@code null}: until they all end). */
    private static void awaitAll(Collection<CompletableFuture<ParsedLesson>> parses, Duration atMost) {
        CompletableFuture<Void> all = CompletableFuture.allOf(parses.toArray(CompletableFuture[]::new));
        try {
            if (atMost == null) {
                all.get();
            } else {
                all.get(atMost.toNanos(), NANOSECONDS);
            }
        } catch (TimeoutException | ExecutionException e) {
            // a parse still running is left for a later load; one that failed throws again when taken
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Threads that end when idle, so an app (or a test) that stops loading leaves none behind. */
    private static Executor daemonPool(String name, int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_THREAD_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, name);
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
