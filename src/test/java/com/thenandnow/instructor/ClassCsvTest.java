package com.thenandnow.instructor;

import static com.thenandnow.instructor.InstructorFixtures.DEFECTION;
import static com.thenandnow.instructor.InstructorFixtures.option;
import static com.thenandnow.instructor.InstructorFixtures.typed;
import static com.thenandnow.instructor.InstructorFixtures.year;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerId;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassCsvTest {

    /** A name with a comma, a quote, a line break and an accented letter: every RFC 4180 case at once. */
    static final String AWKWARD_NAME = "Petrova, Zoë \"Z\"\nthe second";
    static final ExportOptions UTC_PLAIN = new ExportOptions(NameFilter.EVERYONE, ZoneId.of("UTC"), false);

    private final Lesson daughter = InstructorFixtures.daughter();
    private final Lesson dancers = InstructorFixtures.lesson("03-dancers.md",
            DEFECTION.replace("Stalin's daughter", "The dancers, \"stayed\""));
    private final Course course = InstructorFixtures.course(daughter, dancers);
    private final InstructorFixtures.Recording store = InstructorFixtures.store();
    private final LearnerId zoe = LearnerId.random();

    private String csv(ExportOptions options) {
        StringWriter out = new StringWriter();
        ClassCsv.write(ClassProgress.of(course, store.all()), options, out);
        return out.toString();
    }

    @Test
    void the_header_names_every_column() {
        assertThat(csv(UTC_PLAIN)).isEqualTo("learner_id,learner_name,lesson_id,lesson_title,started,read,read_at,"
                + "attempts,best_percent,last_percent,passed,passed_at,last_attempt_at\r\n");
    }

    @Test
    void a_learner_has_a_row_per_live_lesson_with_every_column_filled_in() {
        store.rename(zoe, AWKWARD_NAME);
        store.markRead(zoe, daughter.id());
        store.attempt(zoe, daughter, 10, Map.of(1, option(0), 2, year(1967), 3, typed("USA")));
        store.attempt(zoe, daughter, 20, Map.of(1, option(1)));
        String quotedName = "\"Petrova, Zoë \"\"Z\"\"\nthe second\"";
        assertThat(csv(UTC_PLAIN)).endsWith("\r\n"
                + zoe + "," + quotedName + ",stalins-daughter,Stalin's daughter,yes,yes,2026-11-26T09:00:00Z,"
                + "2,100,0,yes,2026-11-26T09:10:00Z,2026-11-26T09:20:00Z\r\n"
                + zoe + "," + quotedName + ",dancers,\"The dancers, \"\"stayed\"\"\",no,no,,0,,,no,,\r\n");
    }

    @Test
    void times_are_in_the_zone_asked_for_with_its_offset() {
        store.attempt(zoe, daughter, 10, Map.of(1, option(1)));
        ExportOptions berlin = new ExportOptions(NameFilter.EVERYONE, ZoneId.of("Europe/Berlin"), false);
        assertThat(csv(berlin)).contains(",1,0,0,no,,2026-11-26T10:10:00+01:00\r\n");
    }

    @Test
    void a_learner_who_went_straight_to_the_quiz_has_started_but_not_read() {
        store.attempt(zoe, daughter, 10, Map.of(1, option(1)));
        assertThat(csv(UTC_PLAIN)).contains(",stalins-daughter,Stalin's daughter,yes,no,,1,0,0,no,,");
    }

    @Test
    void with_the_byte_order_mark_the_file_starts_with_the_three_utf8_bytes_and_accents_survive() throws Exception {
        store.rename(zoe, "Zoë");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, UTF_8)) {
            ClassCsv.write(ClassProgress.of(course, store.all()),
                    new ExportOptions(NameFilter.EVERYONE, ZoneId.of("UTC"), true), out);
        }
        byte[] file = bytes.toByteArray();
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF, 'l');
        assertThat(new String(file, UTF_8)).contains(",Zoë,");
    }
}
