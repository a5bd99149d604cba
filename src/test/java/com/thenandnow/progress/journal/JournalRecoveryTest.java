package com.thenandnow.progress.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerProgress;
import com.thenandnow.progress.ProgressChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What a start finds after a crash or damage: torn lines, files left by a compaction, other formats. */
class JournalRecoveryTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final LearnerId ANN = LearnerId.random();
    private static final LearnerId BEN = LearnerId.random();

    @TempDir
    Path folder;

    private Path file;
    private final Logger filesLog = (Logger) LoggerFactory.getLogger(JournalFiles.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        file = folder.resolve("data").resolve("progress.journal");
        logged.start();
        filesLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        filesLog.detachAppender(logged);
    }

    /** Records a few changes, closes the journal and answers what the store held. */
    private Set<LearnerProgress> recordSome(int count) throws Exception {
        try (Journal journal = Journal.open(file, new ProgressJson())) {
            JournalProgressStore store = JournalProgressStore.restore(journal, Clock.systemUTC());
            store.update(ANN, new ProgressChange.Rename("Ann", T0));
            for (int i = 1; i < count; i++) {
                store.update(i % 2 == 0 ? ANN : BEN, new ProgressChange.MarkRead("lesson-" + i, T0.plusSeconds(i)));
            }
            return new HashSet<>(store.all());
        }
    }

    private Set<LearnerProgress> restart() throws Exception {
        try (Journal journal = Journal.open(file, new ProgressJson())) {
            return new HashSet<>(JournalProgressStore.restore(journal, Clock.systemUTC()).all());
        }
    }

    private List<String> warnings() {
        return logged.list.stream().filter(event -> event.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void a_torn_last_line_is_skipped_reported_once_and_cut_off() throws Exception {
        Set<LearnerProgress> recorded = recordSome(5);
        Files.writeString(file, "{\"seq\":999999999999999,\"learner\":\"" + ANN + "\",\"change\":{\"type\":\"ren",
                StandardOpenOption.APPEND);

        assertThat(restart()).isEqualTo(recorded);
        assertThat(restart()).isEqualTo(recorded);

        assertThat(warnings()).hasSize(1);
        assertThat(warnings().get(0)).contains(file.toString()).contains("cut short");
        assertThat(Files.readString(file)).endsWith("}\n");
    }

    @Test
    void a_journal_cut_inside_its_first_line_starts_empty_and_writable() throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"journal\":\"then-and");

        assertThat(restart()).isEmpty();
        assertThat(recordSome(3)).isEqualTo(restart()).hasSize(2);
    }

    @Test
    void a_damaged_line_before_the_last_stops_start_up_naming_its_file_and_line() throws Exception {
        recordSome(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).replace("\"change\"", "\"chan"));
        Files.write(file, lines);

        assertThatThrownBy(this::restart).isInstanceOf(JournalDamagedException.class)
                .hasMessageStartingWith(file + ":3: ");
    }

    @Test
    void a_journal_of_another_format_is_refused() throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"journal\":\"then-and-now progress\",\"format\":2}\n");

        assertThatThrownBy(this::restart).isInstanceOf(JournalDamagedException.class)
                .hasMessageContaining("format 2").hasMessageContaining("newer version");
    }

    @Test
    void a_crash_after_the_new_snapshot_but_before_the_compacted_tail_is_removed_replays_the_same() throws Exception {
        Set<LearnerProgress> recorded = recordSome(6);
        Path compacted = folder.resolve("tail-before-compaction");
        Files.copy(file, compacted);
        try (Journal journal = Journal.open(file, new ProgressJson())) {
            JournalProgressStore.restore(journal, Clock.systemUTC());
            journal.compact().join();
        }
        Files.copy(compacted, sibling(".compacting"));
        Files.writeString(sibling(".snapshot.tmp"), "{\"half\":");

        assertThat(restart()).isEqualTo(recorded);
        assertThat(sibling(".snapshot.tmp")).doesNotExist();
    }

    @Test
    void a_crash_right_after_the_tail_was_renamed_aside_replays_the_same_and_finishes_the_compaction() throws Exception {
        Set<LearnerProgress> recorded = recordSome(6);
        Files.move(file, sibling(".compacting"), StandardCopyOption.ATOMIC_MOVE);

        assertThat(restart()).isEqualTo(recorded);
        assertThat(sibling(".compacting")).doesNotExist();
        assertThat(sibling(".snapshot")).exists();
        assertThat(restart()).isEqualTo(recorded);
    }

    private Path sibling(String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    @Test
    void the_files_are_plain_json_lines_under_a_versioned_header() throws Exception {
        recordSome(2);

        List<String> lines = Files.readAllLines(file, UTF_8);
        assertThat(lines.get(0)).isEqualTo("{\"journal\":\"then-and-now progress\",\"format\":1}");
        assertThat(lines.get(1)).startsWith("{\"seq\":").contains("\"learner\":\"" + ANN + "\"")
                .contains("\"change\":{\"type\":\"rename\",\"displayName\":\"Ann\",\"at\":\"2024-05-01T10:00:00Z\"}");
    }
}
