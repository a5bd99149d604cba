/**
 * The quiz's own widgets: one input per kind of question, a question card that holds no answer key until
 * checked, what checking reveals, and how scores read. The quiz page itself is in {@code learner.ui}.
 */
package com.thenandnow.quiz.ui;
