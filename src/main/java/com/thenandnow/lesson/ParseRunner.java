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
import java.util.concurrent.atomic.AtomicReference;
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
    private final Map<Object, Parse> running = new ConcurrentHashMap<>();
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
        Map<K, Parse> parses = new HashMap<>();
        files.forEach((key, file) -> parses.put(key, running.computeIfAbsent(key, started -> start(file, context))));
        running.keySet().stream().filter(key -> !files.containsKey(key)).toList() // older versions: their ends go unheeded
                .forEach(older -> running.remove(older).settle());
        awaitAll(parses.values().stream().map(Parse::result).toList(), loadedBefore ? wait : null);
        loadedBefore = true;
        Map<K, ParsedLesson> done = new HashMap<>();
        parses.forEach((key, parse) -> {
            if (parse.result().isDone() || !parse.leftBehind()) {
                running.remove(key);
                parse.settle();
                done.put(key, parse.result().join());
            }
        });
        return done;
    }

    private Parse start(LessonSource file, ParseContext context) {
        Parse parse = new Parse(CompletableFuture.supplyAsync(
                () -> ParseFailure.guard(file, () -> parser.apply(file, context)), workers));
        parse.result().thenRunAsync(() -> {
            if (parse.endedAfterItsLoad()) {
                onLateParse.run();
            }
        }, notifier);
        return parse;
    }

    /**
     * A parse, and whether its end is news: a load that takes it, or no longer needs it, settles it; a load that goes
     * on without it leaves it behind, and then its end asks for another load. Deciding this by one atomic state,
     * not by whether a load has removed it yet, keeps a parse that ends while its load is still waiting from
     * asking for a load nobody needs.
     */
    private record Parse(CompletableFuture<ParsedLesson> result, AtomicReference<Heed> heed) {

        private enum Heed { RUNNING, ENDED, LEFT_BEHIND, SETTLED }

        Parse(CompletableFuture<ParsedLesson> result) {
            this(result, new AtomicReference<>(Heed.RUNNING));
        }

        /** Leaves a parse that has not ended behind; false when it has ended after all, so the load can take it. */
        boolean leftBehind() {
            return heed.updateAndGet(now -> now == Heed.ENDED ? Heed.ENDED : Heed.LEFT_BEHIND) == Heed.LEFT_BEHIND;
        }

        /** Nobody needs to hear of its end: a load has it, or no load needs it any more. */
        void settle() {
            heed.set(Heed.SETTLED);
        }

        boolean endedAfterItsLoad() {
            return heed.getAndUpdate(now -> now == Heed.RUNNING ? Heed.ENDED : now) == Heed.LEFT_BEHIND;
        }
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
