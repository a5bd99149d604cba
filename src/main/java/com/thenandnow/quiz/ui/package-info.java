/**
 * The quiz's own widgets: one input per kind of question, a question card that holds no answer key until
 * checked, the marks on a checked answer and what else checking reveals, moving through the questions, and how
 * scores read. Any page that asks questions can use them; the quiz page itself is in {@code learner.ui}.
 */
package com.thenandnow.quiz.ui;
