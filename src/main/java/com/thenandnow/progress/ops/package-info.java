/**
 * Running the progress store: which store the app runs on and its journal (the {@code app.progress.*}
 * settings), the health that load balancers and operators read, and the metrics. Spring configuration
 * only; the stores themselves are plain Java in {@code progress.journal} and {@code progress.cluster}.
 */
package com.thenandnow.progress.ops;
