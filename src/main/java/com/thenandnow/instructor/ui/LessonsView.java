package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.instructor.InstructorService;
import com.thenandnow.lesson.Course;
import com.thenandnow.lesson.ui.CourseUpdates;
import com.thenandnow.security.InstructorAccount;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * Every file of the lessons folder with its state and problems. It follows reloads, so an instructor who
 * saves a lesson sees the outcome here within a second, without refreshing.
 */
@Route(value = "instructor", layout = InstructorLayout.class)
@PageTitle("Lesson files · Instructors")
@RolesAllowed(InstructorAccount.ROLE)
class LessonsView extends VerticalLayout {

    final Div notice = new Div();
    final Paragraph summary = new Paragraph();
    final UnorderedList files = new UnorderedList();
    final Paragraph empty = new Paragraph("The lessons folder has no lesson file yet. Add a Markdown file such as "
            + "01-first-lesson.md; it appears here within a second of saving.");

    private final InstructorService instructors;
    private ZoneId zone = ShownTime.UTC;

    LessonsView(InstructorService instructors) {
        this.instructors = instructors;
        addClassNames("page", "instructor-page");
        notice.addClassName("instructor-notice");
        notice.getElement().setAttribute("role", "alert");
        summary.addClassName("files-summary");
        files.addClassName("file-list");
        add(new H1("Lesson files"), notice, summary, empty, files);
        ShownTime.follow(zone -> {
            this.zone = zone;
            show(instructors.course());
        });
        CourseUpdates.follow(this, instructors::onReload, this::show);
    }

    private void show(Course course) {
        notice.setText(course.notice().orElse(""));
        notice.setVisible(course.notice().isPresent());
        summary.setText(InstructorService.filesSummary(course) + " · loaded "
                + ShownTime.of(course.loadedAt(), zone));
        empty.setVisible(InstructorService.lessonFileCount(course) == 0);
        files.removeAll();
        course.files().forEach(file -> files.add(new FileCard(file)));
    }

}
