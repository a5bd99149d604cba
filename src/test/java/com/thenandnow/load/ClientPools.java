package com.thenandnow.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The few threads that drive every simulated browser: one HttpClient (its selector thread plus a small
 * pool for callbacks) for all HTTP and websocket traffic, and one scheduler for think times and sampling.
 * Blocking threads per learner would measure the client's own scheduling instead of the server.
 */
final class ClientPools implements AutoCloseable {

    final ExecutorService callbacks;
    final ScheduledExecutorService scheduler;
    final HttpClient http;

    ClientPools(int threads) {
        callbacks = Executors.newFixedThreadPool(threads, daemon("load-client"));
        scheduler = Executors.newScheduledThreadPool(1, daemon("load-scheduler"));
        http = HttpClient.newBuilder().executor(callbacks).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        callbacks.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
