package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.ResponsiveTable;
import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.Wording;
import com.thenandnow.progress.CourseProgress;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.LessonProgress;
import com.thenandnow.progress.LessonStatus;
import com.thenandnow.progress.ProgressRecorder;
import com.thenandnow.progress.ReviewQueue;
import com.thenandnow.quiz.ui.Percent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * "My progress": per lesson attempts, best and last score, passed or not and when (in the browser's time zone,
 * named); then, per lesson, the questions still to master, each with a link that opens it in review; then what is
 * kept about the learner, and "Forget me".
 */
@Route(value = "progress", layout = MainLayout.class)
@PageTitle("My progress")
@AnonymousAllowed
class ProgressView extends VerticalLayout {

    final ResponsiveTable<LessonStatus> lessons = new ResponsiveTable<>("Your lessons");
    final Paragraph reviewStatus = new Paragraph();

    final ForgetMe forgetMe;
    final Paragraph zoneNote = new Paragraph();

    private final Div mastery = new Div();
    private ZoneId zone = ShownTime.UTC;
    private List<LessonStatus> statuses = List.of();
    private ReviewQueue review;

    ProgressView(LessonLibrary library, CourseStanding standing, ProgressRecorder recorder) {
        forgetMe = new ForgetMe(recorder);
        Course course = library.course();
        CourseProgress progress = standing.courseProgress(CurrentLearner.id(), course);
        addClassName("page");
        add(new H1("My progress"), new Paragraph(progress.learner().shownName() + ": " + progress.passedCount() + " of "
                + progress.lessons().size() + " lessons passed."));
        configureGrid(progress.lessons());
        add(lessons, zoneNote, new H2("Questions still to master"), reviewStatus, mastery);
        review = standing.review(CurrentLearner.id(), course);
        if (review.toMaster().isEmpty()) {
            reviewStatus.setText(!review.questions().isEmpty()
                    ? "Nothing left to master: every question you missed is now mastered in review."
                    : progress.lessons().stream().anyMatch(status -> status.progress().hasAttempts())
                    ? "Nothing left to master: you have not missed a question yet."
                    : "Nothing yet. Questions you miss in a quiz will be listed here, with a link to review them.");
        } else {
            reviewStatus.add(new Text(Wording.count(review.toMaster().size(), "question") + " to master, "
                    + review.dueCount() + " due now. "), Links.to("Review now", Links.REVIEW));
        }
        add(forgetMe);
        ShownTime.follow(this::showZone);
    }

    private void showZone(ZoneId zone) {
        this.zone = zone;
        zoneNote.setText(ShownTime.zoneNote(zone));
        lessons.setItems(statuses);
        mastery.removeAll();
        if (!review.toMaster().isEmpty()) {
            mastery.add(new MasteryList(review.toMaster(), review.now(), new ShownDates(zone)));
        }
    }

    /** The rows come with the first zone to show times in ({@link #showZone}). */
    private void configureGrid(List<LessonStatus> statuses) {
        this.statuses = statuses;
        lessons.addComponentColumn("lesson", "Lesson", status -> Links.to(status.lesson().title(), Links.lesson(status.lesson().id())));
        lessons.addColumn("state", "State", status -> status.state().label());
        lessons.addColumn("attempts", "Attempts", status -> status.progress().attemptCount());
        lessons.addColumn("best", "Best", status -> score(status.progress(), status.progress().bestPercent()));
        lessons.addColumn("last", "Last", status -> status.progress().latestAttempt().map(a -> Percent.of(a.percent())).orElse("–"));
        lessons.addColumn("passed", "Passed on", status -> when(status.progress().passedAt()));
    }

    private static String score(LessonProgress progress, double percent) {
        return progress.hasAttempts() ? Percent.of(percent) : "–";
    }

    private String when(Optional<Instant> instant) {
        return instant.map(at -> ShownTime.of(at, zone)).orElse("–");
    }
}
