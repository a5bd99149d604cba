package com.thenandnow.instructor;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.FileKind;
import com.thenandnow.lesson.LessonFile;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.Wording;
import com.thenandnow.progress.ProgressStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** What the instructor area shows, assembled from the live course and every learner's progress. */
@Service
public class InstructorService {

    private final LessonLibrary library;
    private final ProgressStore progress;
    private final Clock clock;

    public InstructorService(LessonLibrary library, ProgressStore progress, Clock clock) {
        this.library = library;
        this.progress = progress;
        this.clock = clock;
    }

    /** The course as last loaded, with every file of the folder, its state and problems. */
    public Course course() {
        return library.course();
    }

    /** A file of the lessons folder by its name, whether or not it is live. */
    public Optional<LessonFile> file(String fileName) {
        return course().file(fileName);
    }

    /** Calls {@code listener} with every reloaded course; the returned action unsubscribes. */
    public Runnable onReload(Consumer<Course> listener) {
        return library.onReload(listener);
    }

    /** Every learner who has started, in every live lesson. */
    public ClassProgress classProgress() {
        return ClassProgress.of(course(), progress.all());
    }

    /** Figures for every question of the live lessons, in course order. */
    public List<QuestionStats> itemAnalysis() {
        return ItemAnalysis.of(course(), progress.all());
    }

    /** The class progress as CSV text (see {@link CsvExport}). */
    public String classProgressCsv() {
        return CsvExport.of(classProgress().rows());
    }

    /** The name the export is saved under, dated today: {@code class-progress-2026-11-26.csv}. */
    public String csvFileName() {
        return "class-progress-" + LocalDate.now(clock) + ".csv";
    }

    /** The zone the server's clock runs in, for showing times. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Such as "8 files: 0 errors, 2 warnings", counting problems as the command-line validator does. */
    public static String filesSummary(Course course) {
        return Wording.count(course.files().size(), "file") + ": " + course.problemCount();
    }

    /** The lesson files of the folder, leaving out the course file, the glossary and the timeline. */
    public static long lessonFileCount(Course course) {
        return course.files().stream().filter(file -> file.kind() == FileKind.LESSON).count();
    }
}
