package com.thenandnow.load;

import java.util.Arrays;

/**
 * The load benchmark's entry point. {@code --mode=run} (the default) simulates learners and prints the
 * table; {@code --mode=heap} measures the heap each open learner UI holds; {@code --mode=coldstart} compares
 * the jar's cold start with an empty Vaadin + Spring Security app. Run through the {@code load} Maven profile
 * (see the README's Performance section); not part of {@code ./mvnw verify}.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        System.out.println("Arguments: " + Arrays.toString(args));
        if (options.mode().equals("coldstart")) {
            System.exit(new ColdStartComparison().compare(options.jar()) ? 0 : 1);
        }
        boolean ok;
        try (AppUnderTest app = AppUnderTest.of(options)) {
            ok = options.mode().equals("heap") ? new HeapPerUi(options, app).measure() : new LoadRun(options, app).run();
        }
        System.exit(ok ? 0 : 1);
    }
}
