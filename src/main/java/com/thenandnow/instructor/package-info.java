/**
 * The instructor area's read side: class progress, item analysis per question and the CSV export, all
 * computed from the live course and the progress store. Pure Java and Spring MVC; the screens are in
 * {@code instructor.ui}. Nothing here changes lessons or progress.
 */
package com.thenandnow.instructor;
