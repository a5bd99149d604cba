package com.thenandnow.instructor;

import static com.thenandnow.instructor.InstructorFixtures.option;
import static org.assertj.core.api.Assertions.assertThat;

import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerId;
import com.thenandnow.progress.ProgressChange;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FiguresCacheTest {

    private final Lesson lesson = InstructorFixtures.daughter();
    private final Course course = InstructorFixtures.course(lesson);
    private final InstructorFixtures.Recording store = InstructorFixtures.store();
    private final FiguresCache cache = new FiguresCache();
    private final LearnerId anna = LearnerId.random();

    @BeforeEach
    void annaHasStarted() {
        store.rename(anna, "Anna");
        store.attempt(anna, lesson, 1, Map.of(1, option(1)));
    }

    private ClassFigures figures() {
        return cache.figures(course, store.all(), NameFilter.EVERYONE);
    }

    @Test
    void the_same_course_and_class_give_the_figures_computed_before() {
        assertThat(figures()).isSameAs(figures());
    }

    @Test
    void an_attempt_a_lesson_read_a_new_name_or_a_forgotten_learner_gives_new_figures() {
        ClassFigures before = figures();
        store.attempt(anna, lesson, 2, Map.of(1, option(0)));
        ClassFigures afterAttempt = figures();
        assertThat(afterAttempt).isNotSameAs(before);
        assertThat(afterAttempt.questions().get(0).rightOverall()).isEqualTo(new Share(1, 2));

        store.markRead(LearnerId.random(), lesson.id());
        ClassFigures afterRead = figures();
        assertThat(afterRead.progress().learners()).hasSize(2);

        store.rename(anna, "Anna P.");
        assertThat(figures().progress().learners()).extracting(LearnerSummary::name).contains("Anna P.");

        store.store().update(anna, new ProgressChange.Forget());
        assertThat(figures().progress().learners()).extracting(LearnerSummary::name).doesNotContain("Anna P.");
    }

    @Test
    void a_learner_forgotten_who_came_back_to_do_the_same_again_gives_new_figures() {
        ClassFigures before = figures();
        store.store().update(anna, new ProgressChange.Forget());
        store.store().update(anna, new ProgressChange.Rename("Anna", InstructorFixtures.T0.plusSeconds(600)));
        store.attempt(anna, lesson, 11, Map.of(1, option(0)));
        assertThat(figures()).isNotSameAs(before);
        assertThat(figures().questions().get(0).rightOverall()).isEqualTo(new Share(1, 1));
    }

    @Test
    void a_reloaded_course_gives_new_figures() {
        ClassFigures before = figures();
        Course reloaded = InstructorFixtures.course(lesson);
        assertThat(cache.figures(reloaded, store.all(), NameFilter.EVERYONE)).isNotSameAs(before);
    }

    @Test
    void each_name_filter_has_its_own_figures_over_the_learners_it_lets_through() {
        LearnerId boris = LearnerId.random();
        store.rename(boris, "Boris");
        store.attempt(boris, lesson, 3, Map.of(1, option(0)));
        ClassFigures onlyBoris = cache.figures(course, store.all(), new NameFilter("bor"));
        assertThat(onlyBoris.progress().learners()).extracting(LearnerSummary::name).containsExactly("Boris");
        assertThat(onlyBoris.lessons().get(0).attempted()).isEqualTo(new Share(1, 1));
        assertThat(onlyBoris.questions().get(0).rightFirstTry()).isEqualTo(new Share(1, 1));
        assertThat(figures().questions().get(0).rightFirstTry()).isEqualTo(new Share(1, 2));
        assertThat(cache.figures(course, store.all(), new NameFilter(" BOR "))).isSameAs(onlyBoris);
    }
}
