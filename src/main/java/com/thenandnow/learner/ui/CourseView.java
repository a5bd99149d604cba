package com.thenandnow.learner.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.SafeHtml;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.CourseInfo;
import com.thenandnow.lesson.LessonLibrary;
import com.thenandnow.progress.CourseProgress;
import com.thenandnow.progress.CourseStanding;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * Home: the course's title and the first lines of its welcome, then the learner's next step (start, continue, or the
 * course complete), the rest of the welcome under "About this course", and every lesson with the learner's state in it.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class CourseView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph progressText = new Paragraph();
    final ProgressBar progressBar = new ProgressBar();
    final OrderedList lessons = new OrderedList();
    final Details about = new Details("About this course");
    final Optional<ContinueCard> continueCard;

    private final Course course;

    CourseView(LessonLibrary library, CourseStanding standing) {
        course = library.course();
        addClassName("page");
        add(header(course.info()));
        continueCard = standing.nextStep(CurrentLearner.id(), course)
                .map(step -> new ContinueCard(step, standing.review(CurrentLearner.id(), course).dueCount()));
        continueCard.ifPresent(this::add);
        addAbout(course.info());
        if (course.lessons().isEmpty()) {
            add(new Paragraph("No lessons are published yet. Please come back later."));
            return;
        }
        CourseProgress progress = standing.courseProgress(CurrentLearner.id(), course);
        progressText.setText(progress.isComplete() ? "Course complete: all " + progress.lessons().size() + " lessons passed"
                : progress.passedCount() + " of " + progress.lessons().size() + " lessons passed");
        progressText.setId("course-progress-label");
        progressBar.setValue(progress.completion());
        progressBar.getElement().setAttribute("aria-labelledby", "course-progress-label");
        lessons.addClassName("lesson-list");
        progress.lessons().forEach(status -> lessons.add(new LessonCard(status)));
        add(progressText, progressBar, new H2("Lessons"), lessons);
        if (!course.glossary().isEmpty() || !course.timeline().isEmpty()) {
            add(referenceLinks());
        }
    }

    private static Div header(CourseInfo info) {
        Div header = new Div(new H1(info.title()));
        header.addClassName("course-header");
        if (!info.subtitle().isEmpty()) {
            Paragraph subtitle = new Paragraph(info.subtitle());
            subtitle.addClassName("subtitle");
            header.add(subtitle);
        }
        if (!info.welcomeLeadHtml().isEmpty()) {
            header.add(SafeHtml.of(info.welcomeLeadHtml(), "welcome"));
        }
        return header;
    }

    /** The rest of the welcome and the source, folded: the lessons come first on a phone. */
    private void addAbout(CourseInfo info) {
        Div content = new Div();
        if (!info.welcomeMoreHtml().isEmpty()) {
            content.add(SafeHtml.of(info.welcomeMoreHtml(), "welcome"));
        }
        if (!info.source().isEmpty()) {
            Paragraph source = new Paragraph("Source: " + info.source());
            source.addClassName("source-citation");
            content.add(source);
        }
        if (content.getChildren().findAny().isPresent()) {
            about.add(content);
            about.addClassName("about-course");
            add(about);
        }
    }

    private static Paragraph referenceLinks() {
        Paragraph links = new Paragraph(new Text("Look up a term in the "), Links.to("Glossary", Links.GLOSSARY),
                new Text(", or see the events in order on the "), Links.to("Timeline", Links.TIMELINE), new Text("."));
        links.addClassName("reference-links");
        return links;
    }

    @Override
    public String getPageTitle() {
        return course.info().title();
    }
}
