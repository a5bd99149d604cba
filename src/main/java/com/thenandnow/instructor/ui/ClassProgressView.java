package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.instructor.ClassExportController;
import com.thenandnow.instructor.ClassProgress;
import com.thenandnow.instructor.InstructorService;
import com.thenandnow.security.InstructorAccount;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * How the class is doing: each learner's best score, attempts and passes per live lesson, and per
 * question how often learners got it right, with their most common wrong answers.
 */
@Route(value = Links.CLASS_PROGRESS, layout = InstructorLayout.class)
@PageTitle("Class progress · Instructors")
@RolesAllowed(InstructorAccount.ROLE)
class ClassProgressView extends VerticalLayout {

    final TextField nameFilter = new TextField("Filter by name");
    final Paragraph empty = new Paragraph("No learner has started yet. Learners appear here once they open a "
            + "lesson or choose a name.");
    final LearnerGrid learners;
    final ItemAnalysisGrid items;

    ClassProgressView(InstructorService instructors) {
        addClassNames("page", "instructor-page", "wide-page");
        ClassProgress progress = instructors.classProgress();
        learners = new LearnerGrid(progress);
        items = new ItemAnalysisGrid(instructors.itemAnalysis());
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.setClearButtonVisible(true);
        nameFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        nameFilter.addValueChangeListener(event -> learners.filterByName(event.getValue()));
        empty.setVisible(progress.isEmpty());
        learners.setVisible(!progress.isEmpty());
        nameFilter.setVisible(!progress.isEmpty());
        add(new H1("Class progress"), new Paragraph(learnerCount(progress) + " · each lesson cell: "
                + "best score · attempts · ✓ when passed"), download(), nameFilter, empty, learners,
                new H2("Item analysis"), itemAnalysisHelp(), items);
    }

    private static String learnerCount(ClassProgress progress) {
        int count = progress.learners().size();
        return count + (count == 1 ? " learner" : " learners");
    }

    /** A plain link, not a route: the browser downloads the file the server sends. */
    private static Anchor download() {
        Anchor csv = new Anchor(ClassExportController.PATH.substring(1), "Download CSV");
        csv.setDownload(true);
        csv.setRouterIgnore(true);
        csv.addClassName("download-link");
        return csv;
    }

    private static Div itemAnalysisHelp() {
        Div help = new Div(new Paragraph("Answered: learners who gave an answer in any attempt. Right first try: "
                        + "learners right in their first attempt at the lesson. Right overall: all recorded answers "
                        + "that were right. A question reworded or renumbered since starts counting afresh."),
                new Paragraph("Sort by a column to bring the weakest questions to the top; the sources point to the "
                        + "paragraph of the article learners may have misread."));
        help.addClassName("item-analysis-help");
        return help;
    }
}
