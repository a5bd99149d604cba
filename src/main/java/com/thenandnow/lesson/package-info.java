/**
 * The course as instructors write it: Markdown lesson files, their parsing into immutable
 * {@link com.thenandnow.lesson.Lesson} records, the problems found on the way, and the
 * {@link com.thenandnow.lesson.LessonLibrary} that serves the live course.
 */
package com.thenandnow.lesson;
