/**
 * The learner's pages, which combine the course ({@code lesson}), quizzes ({@code quiz}) and what the learner has
 * done ({@code progress}): the home page, a lesson, its quiz, "My progress", the layout around them, the name
 * dialog, the learner's cookie and the error pages. Views call the services of those features and render.
 */
package com.thenandnow.learner.ui;
