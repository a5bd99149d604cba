package com.thenandnow.instructor;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.FileKind;
import com.thenandnow.lesson.LessonFile;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.Wording;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.progress.ProgressStore;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * What the instructor area shows, assembled from the live course and every learner's progress, and the one thing
 * it changes: deleting a learner's data when asked to.
 */
@Service
public class InstructorService {

    private final LessonLibrary library;
    private final ProgressStore progress;
    private final ProgressRecorder recorder;
    private final Clock clock;
    private final FiguresCache figures = new FiguresCache();

    public InstructorService(LessonLibrary library, ProgressStore progress, ProgressRecorder recorder, Clock clock) {
        this.library = library;
        this.progress = progress;
        this.recorder = recorder;
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

    /**
     * The learners the filter lets through, a summary per live lesson and the item analysis over those learners;
     * computed once per course, state of the class and filter, whoever asks.
     */
    public ClassFigures figures(NameFilter filter) {
        return figures.figures(course(), progress.all(), filter);
    }

    /** Everything recorded about a learner, by the id in their cookie; empty for an id with nothing recorded. */
    public Optional<LearnerRecord> learner(String learnerId) {
        return LearnerId.parse(learnerId).map(progress::progress).filter(learner -> !learner.isEmpty())
                .map(learner -> LearnerRecord.of(learner, course()));
    }

    /** Deletes everything recorded about the learner, as the learner's own "Forget me" does. */
    public void forget(String learnerId) {
        LearnerId.parse(learnerId).ifPresent(recorder::forget);
    }

    /** The class progress as CSV (see {@link ClassCsv}). */
    public void writeClassCsv(ExportOptions options, Writer out) {
        ClassCsv.write(figures(options.filter()).progress(), options, out);
    }

    /** Every answer of every kept attempt as CSV (see {@link ResponsesCsv}). */
    public void writeResponsesCsv(ExportOptions options, Writer out) {
        ResponsesCsv.write(figures(options.filter()).progress(), options, out);
    }

    /** The name a download is saved under, dated today: {@code class-progress-2026-11-26.csv}. */
    public String exportFileName(String name) {
        return name + "-" + LocalDate.now(clock) + ".csv";
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
