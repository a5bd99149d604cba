/**
 * Progress that survives a restart: an append-only journal of JSON lines with group commit, its
 * compaction, the replay that rebuilds memory from it, and the store that journals every change before
 * answering. The one JSON mapping of progress ({@link com.thenandnow.progress.journal.ProgressJson}) lives
 * here too, as the cluster sends the same shapes over the wire. Plain Java: no Spring, no Vaadin.
 */
package com.thenandnow.progress.journal;
