package com.thenandnow.instructor;

import static com.thenandnow.instructor.InstructorFixtures.T0;
import static com.thenandnow.instructor.InstructorFixtures.option;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.thenandnow.lesson.Lesson;
import com.thenandnow.progress.LearnerId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnerRecordTest {

    private final Lesson daughter = InstructorFixtures.daughter();
    private final Lesson dancers = InstructorFixtures.dancers();
    private final InstructorFixtures.Recording store = InstructorFixtures.store();
    private final LearnerId zoe = LearnerId.random();

    @Test
    void a_learner_record_has_every_live_lesson_in_course_order_touched_or_not() {
        store.rename(zoe, "Zoë");
        store.attempt(zoe, dancers, 3, Map.of(1, option(0)));
        LearnerRecord record = LearnerRecord.of(store.store().progress(zoe), InstructorFixtures.course(daughter, dancers));
        assertThat(record.name()).isEqualTo("Zoë");
        assertThat(record.learnerId()).isEqualTo(zoe.value());
        assertThat(record.live().lessons()).extracting(ProgressRow::lessonId).containsExactly("stalins-daughter", "dancers");
        assertThat(record.live().lessons().get(1).keptAttempts()).hasSize(1);
        assertThat(record.formerLessons()).isEmpty();
        assertThat(record.lastActive()).contains(T0.plusSeconds(180));
    }

    @Test
    void a_lesson_no_longer_live_is_kept_by_its_id_after_the_live_ones() {
        store.attempt(zoe, dancers, 3, Map.of(1, option(0)));
        LearnerRecord record = LearnerRecord.of(store.store().progress(zoe), InstructorFixtures.course(daughter));
        assertThat(record.formerLessons()).extracting(ProgressRow::lessonId, ProgressRow::lessonTitle)
                .containsExactly(tuple("dancers", "dancers"));
        assertThat(record.formerLessons().get(0).attempts()).isEqualTo(1);
    }
}
