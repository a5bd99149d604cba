package com.thenandnow.instructor.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.thenandnow.AbstractViewTest;
import com.thenandnow.instructor.InstructorService;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.LearnerNames;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.quiz.QuizAttempts;
import com.thenandnow.quiz.Response;
import com.vaadin.flow.component.UI;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Karibu tests of the instructor area: the app's services, learners recorded through them as the learner pages
 * would, and the instructor logged out after each test. The store is shared by the whole test context, so each
 * test names its learners uniquely ({@link #unique}) and finds them by name.
 */
abstract class InstructorViewTest extends AbstractViewTest {

    @Autowired
    InstructorService instructors;
    @Autowired
    ProgressRecorder recorder;
    @Autowired
    QuizAttempts quizzes;
    @Autowired
    LearnerNames names;

    @AfterEach
    void logOut() {
        InstructorLogin.logOut();
    }

    /** Such as "Vera 1a2b3c4d": a name no other test uses. */
    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    LearnerId learner(String name) {
        LearnerId learner = LearnerId.random();
        names.rename(learner, name);
        return learner;
    }

    /** Checks a quiz of the live {@code lesson} with these responses by question number. */
    void attempt(LearnerId learner, Lesson lesson, Map<Integer, Response> responses) {
        recorder.submit(learner, quizzes.start(lesson), responses);
    }

    /**
     * The zone Karibu's browser reports. It answers the page's question at the next round trip, which this makes
     * happen; pages show times in this zone from then on.
     */
    static ZoneId browserZone() {
        MockVaadin.clientRoundtrip();
        return ZoneId.of(UI.getCurrent().getInternals().getExtendedClientDetails().getTimeZoneId());
    }

    Lesson lesson(int index) {
        return instructors.course().lessons().get(index);
    }
}
