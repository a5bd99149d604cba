/**
 * Screen helpers that belong to the course itself, shared by the learner's pages and the instructor's previews:
 * following course reloads on an open page, and the glossary and timeline as lists.
 */
package com.thenandnow.lesson.ui;
