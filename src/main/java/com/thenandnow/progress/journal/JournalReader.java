package com.thenandnow.progress.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one journal file line by line. Only lines ended by a newline count: bytes after the last newline
 * are a line cut short by a crash, never acknowledged, and are left for the caller to report. A complete
 * line that is not a record is a damaged file and stops the reading with its path and line number.
 */
final class JournalReader {

    static final String HEADER = "{\"journal\":\"then-and-now progress\",\"format\":1}\n";
    private static final String NAME = "then-and-now progress";
    private static final int FORMAT = 1;

    private final ProgressJson json;

    JournalReader(ProgressJson json) {
        this.json = json;
    }

    /** How a file ended: its complete lines and the bytes of a line cut short (0 when none). */
    record Read(long lines, long tornBytes) {
    }

    Read read(Path file, Consumer<JournalLine> lines) throws IOException {
        if (!Files.exists(file)) {
            return new Read(0, 0);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 0;
            for (int count = in.read(chunk); count > 0; count = in.read(chunk)) {
                int start = 0;
                for (int i = 0; i < count; i++) {
                    if (chunk[i] == '\n') {
                        line.write(chunk, start, i - start);
                        accept(file, ++number, line.toByteArray(), lines);
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(chunk, start, count - start);
            }
            return new Read(number, line.size());
        }
    }

    private void accept(Path file, long number, byte[] line, Consumer<JournalLine> lines) throws IOException {
        try {
            if (number == 1) {
                checkHeader(json.readTree(line));
            } else if (line.length > 0) {
                lines.accept(json.readLine(line));
            }
        } catch (IOException | RuntimeException e) {
            throw new JournalDamagedException(file + ":" + number + ": " + e.getMessage(), e);
        }
    }

    private static void checkHeader(JsonNode header) throws IOException {
        if (header == null || !NAME.equals(header.path("journal").asText())) {
            throw new IOException("not a progress journal: its first line must be " + HEADER.strip());
        }
        if (header.path("format").asInt() != FORMAT) {
            throw new IOException("journal format " + header.path("format") + " is not format " + FORMAT
                    + ", the one this version reads; was it written by a newer version?");
        }
    }
}
