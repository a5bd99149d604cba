/**
 * The instructor area's screens, behind the instructor login: lesson files with their problems, previews
 * with answer keys, and class progress with item analysis. Views only lay out what
 * {@link com.thenandnow.instructor.InstructorService} computes.
 */
package com.thenandnow.instructor.ui;
