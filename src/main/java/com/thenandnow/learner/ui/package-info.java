/**
 * The learner's pages, which combine the course ({@code lesson}), quizzes ({@code quiz}) and what the learner has
 * done ({@code progress}): the home page and its next step, a lesson, its quiz, Review, "My progress", the
 * course-complete page and its certificate, the layout around them, the name dialog, the learner's cookie and the
 * error pages. Views call the services of those features and render.
 */
package com.thenandnow.learner.ui;
