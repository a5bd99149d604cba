package com.thenandnow.lesson;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable snapshot of the course: the live lessons in course order, as learners read them (glossary terms
 * marked; a file's {@code live} lesson is as parsed), every file with its problems, and the glossary and timeline,
 * live ({@code reference}) and as saved now ({@code referenceDrafts}, for previews). The library swaps whole
 * snapshots, so a page never mixes two versions of the course. {@code notice} is set when the folder could not be
 * read and the previous course is still served.
 */
public record Course(CourseInfo info, List<Lesson> lessons, List<LessonFile> files, Instant loadedAt,
                     Optional<String> notice, CourseReference reference, CourseReference referenceDrafts) {

    public Course {
        Objects.requireNonNull(info);
        lessons = List.copyOf(lessons);
        files = List.copyOf(files);
        Objects.requireNonNull(loadedAt);
        Objects.requireNonNull(notice);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(referenceDrafts);
    }

    /** A course without a glossary or a timeline. */
    public Course(CourseInfo info, List<Lesson> lessons, List<LessonFile> files, Instant loadedAt, Optional<String> notice) {
        this(info, lessons, files, loadedAt, notice, CourseReference.NONE, CourseReference.NONE);
    }

    public Glossary glossary() {
        return reference.glossary();
    }

    public Timeline timeline() {
        return reference.timeline();
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    /** The lesson after this one in course order, if any. */
    public Optional<Lesson> next(Lesson lesson) {
        int index = indexOf(lesson.id());
        return index >= 0 && index + 1 < lessons.size() ? Optional.of(lessons.get(index + 1)) : Optional.empty();
    }

    public Optional<LessonFile> file(String fileName) {
        return files.stream().filter(file -> file.fileName().equals(fileName)).findFirst();
    }

    /** Every problem of every file, sorted by path and line: what the validator prints. */
    public List<Problem> problems() {
        return files.stream().flatMap(file -> file.problems().stream()).sorted(Problem.IN_FILE_ORDER).toList();
    }

    public ProblemCount problemCount() {
        return ProblemCount.of(problems());
    }

    Course withNotice(String message) {
        return new Course(info, lessons, files, loadedAt, Optional.of(message), reference, referenceDrafts);
    }

    private int indexOf(String id) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static Comparator<Lesson> courseOrder() {
        return Comparator.comparingInt(Lesson::order).thenComparing(Lesson::fileName);
    }
}
