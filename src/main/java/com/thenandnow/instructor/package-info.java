/**
 * The instructor area's side of the server: class progress, lesson summaries, item analysis per question, one
 * learner's record and the CSV exports, all computed from the live course and the progress store, plus deleting
 * one learner's data through the store's own rule. Pure Java and Spring MVC; the screens are in
 * {@code instructor.ui}.
 */
package com.thenandnow.instructor;
