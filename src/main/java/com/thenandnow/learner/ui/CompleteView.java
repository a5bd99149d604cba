package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.ResponsiveTable;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.lesson.Wording;
import com.thenandnow.progress.CourseCompletion;
import com.thenandnow.progress.CourseProgress;
import com.thenandnow.progress.CourseStanding;
import com.thenandnow.progress.LessonStatus;
import com.thenandnow.progress.ReviewQueue;
import com.thenandnow.quiz.ui.Percent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;

/**
 * The finish line: once every lesson's quiz is passed, a summary (lessons, scores, time spent, questions mastered),
 * what to do next, and a certificate to print on one page. Before that, how far the learner is.
 */
@Route(value = Links.COMPLETE, layout = MainLayout.class)
@AnonymousAllowed
class CompleteView extends VerticalLayout implements HasDynamicTitle {

    final UnorderedList summary = new UnorderedList();
    final Button print = new Button("Print the certificate", VaadinIcon.PRINT.create(), event -> print());

    private final ShownDates dates;
    private final H1 title = new H1();

    CompleteView(LessonLibrary library, CourseStanding standing, Clock clock) {
        this.dates = new ShownDates(clock.getZone());
        addClassNames("page", "complete-page");
        Course course = library.course();
        CourseProgress progress = standing.courseProgress(CurrentLearner.id(), course);
        standing.completion(CurrentLearner.id(), course).ifPresentOrElse(
                completion -> showComplete(completion, progress, course, standing.review(CurrentLearner.id(), course)),
                () -> showNotYet(progress));
    }

    private void showNotYet(CourseProgress progress) {
        title.setText("Course not complete yet");
        add(title, new Paragraph("You have passed " + progress.passedCount() + " of "
                + progress.lessons().size() + " lessons. Your certificate is here once you have passed every lesson's quiz."),
                Links.to("Back to the course", Links.HOME));
    }

    private void showComplete(CourseCompletion completion, CourseProgress progress, Course course, ReviewQueue review) {
        summary.addClassName("completion-summary");
        summary.add(new ListItem("Lessons passed: " + completion.lessons().size() + " of " + completion.lessons().size()),
                new ListItem("Time spent: " + (completion.timeSpent().toMinutes() < 1 ? "less than a minute"
                        : "about " + Wording.count(completion.timeSpent().toMinutes(), "minute"))),
                new ListItem("Questions mastered: " + completion.mastered() + " of " + completion.questions()),
                new ListItem("Completed on " + dates.day(completion.completedAt())));
        title.setText("Course complete");
        add(title, new Paragraph("Well done, " + completion.learnerName() + ": you have passed the quiz"
                + " of every lesson of " + course.info().title() + "."), summary, new H2("Your scores"), scores(completion),
                new H2("What to do next"), whatNext(course, review), new H2("Your certificate"));
        if (progress.learner().isGuest()) {
            add(new Paragraph("To have your name on the certificate, choose it with the name button at the top of the page."));
        }
        Div printing = new Div(print);
        printing.addClassName("print-action");
        add(printing, new Certificate(completion.learnerName(), course.info(), dates.day(completion.completedAt())));
    }

    private static ResponsiveTable<LessonStatus> scores(CourseCompletion completion) {
        ResponsiveTable<LessonStatus> table = new ResponsiveTable<>("Your scores");
        table.addComponentColumn("lesson", "Lesson", status -> Links.to(status.lesson().title(), Links.lesson(status.lesson().id())));
        table.addColumn("best", "Best score", status -> Percent.of(status.progress().bestPercent()));
        table.addColumn("attempts", "Attempts", status -> status.progress().attemptCount());
        table.setItems(completion.lessons());
        return table;
    }

    /** Review what is left to master, the article itself, and the course's glossary and timeline. */
    private UnorderedList whatNext(Course course, ReviewQueue review) {
        UnorderedList next = new UnorderedList();
        next.addClassName("what-next");
        if (review.dueCount() > 0) {
            next.add(new ListItem(Links.to("Review " + ContinueCard.dueText(review.dueCount()), Links.REVIEW)));
        } else {
            next.add(new ListItem(review.nextDue().map(due -> Wording.count(review.toMaster().size(), "question")
                    + " still to master: your next review is on " + dates.day(due) + ".")
                    .orElse("Nothing left to review: you have mastered every question you missed.")));
        }
        if (!course.info().source().isEmpty()) {
            next.add(new ListItem("Read the article the course is built on, now that you know its background: "
                    + course.info().source() + "."));
        }
        if (!course.glossary().isEmpty() || !course.timeline().isEmpty()) {
            next.add(new ListItem(new Text("Look back at the "), Links.to("Glossary", Links.GLOSSARY), new Text(" and the "),
                    Links.to("Timeline", Links.TIMELINE), new Text(".")));
        }
        return next;
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }

    private void print() {
        getElement().executeJs("window.print()");
    }
}
