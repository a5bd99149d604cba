package com.thenandnow.progress.journal;

import java.io.IOException;

/**
 * A journal file that cannot be read back: a complete line that is no record, or another journal format.
 * Start-up stops on it rather than serve a class with silently missing progress.
 */
public class JournalDamagedException extends IOException {

    public JournalDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
