/**
 * Taking a quiz: the learner's responses, the order questions are shown in for one attempt, and the
 * pure grading that turns responses into scores and feedback. Nothing here knows about learners or storage;
 * QuizAttempts is the one Spring bean, handing out attempts with secure random ids.
 */
package com.thenandnow.quiz;
