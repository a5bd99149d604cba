package com.thenandnow.learner.ui;

import com.thenandnow.lesson.CourseInfo;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/** The certificate of completion: the learner's name, the course, the date. The print stylesheet prints it alone. */
class Certificate extends Section {

    final Span name = new Span();

    Certificate(String learnerName, CourseInfo course, String date) {
        addClassName("certificate");
        getElement().setAttribute("aria-label", "Certificate of completion");
        Paragraph title = new Paragraph("Certificate of completion");
        title.addClassName("certificate-title");
        name.setText(learnerName);
        name.addClassName("certificate-name");
        Span courseTitle = new Span(course.title());
        courseTitle.addClassName("certificate-course");
        add(title, new Paragraph("This certifies that"), new Paragraph(name), new Paragraph("has completed the course"),
                new Paragraph(courseTitle));
        if (!course.subtitle().isEmpty()) {
            Paragraph subtitle = new Paragraph(course.subtitle());
            subtitle.addClassName("certificate-subtitle");
            add(subtitle);
        }
        Paragraph on = new Paragraph("on " + date);
        on.addClassName("certificate-date");
        add(on);
    }
}
