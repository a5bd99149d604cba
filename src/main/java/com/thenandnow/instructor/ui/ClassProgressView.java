package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.Links;
import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.instructor.ClassFigures;
import com.thenandnow.instructor.InstructorService;
import com.thenandnow.instructor.NameFilter;
import com.thenandnow.lesson.Wording;
import com.thenandnow.security.InstructorAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * How the class is doing: a summary per lesson, each learner's progress per lesson (a click opens their page), and
 * per question how often learners got it right, with their most common wrong answers. The name filter applies to
 * all of it and to the downloads, and stays in the address ({@code ?name=}), so it survives a visit to a learner's
 * page. The figures come computed once per state of the class; the learner grid fetches only the rows in view.
 */
@Route(value = Links.CLASS_PROGRESS, layout = InstructorLayout.class)
@PageTitle("Class progress · Instructors")
@RolesAllowed(InstructorAccount.ROLE)
class ClassProgressView extends VerticalLayout implements BeforeEnterObserver {

    static final String NAME_PARAMETER = "name";

    final TextField nameFilter = new TextField("Filter by name");
    final Paragraph overview = new Paragraph();
    final Paragraph empty = new Paragraph();
    final ExportLinks exports = new ExportLinks();
    final LessonSummaryGrid lessons = new LessonSummaryGrid();
    final LearnerGrid learners;
    final ItemAnalysisSection items;

    private final InstructorService instructors;
    private ZoneId zone = ShownTime.UTC;
    private ClassFigures figures;

    ClassProgressView(InstructorService instructors) {
        this.instructors = instructors;
        addClassNames("page", "instructor-page", "wide-page", "class-progress");
        learners = new LearnerGrid(instructors.course().lessons());
        items = new ItemAnalysisSection(instructors.course().lessons());
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.setClearButtonVisible(true);
        nameFilter.setMaxLength(NameFilter.MAX_LENGTH);
        nameFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        nameFilter.setHelperText("Applies to every table on this page and to the downloads.");
        nameFilter.setWidth("min(24rem, 100%)");
        nameFilter.addValueChangeListener(event -> filterChanged(event.isFromClient()));
        add(new H1("Class progress"), overview, nameFilter, exports, empty, new H2("Lessons"), lessons,
                new H2("Learners"), new Paragraph("Each lesson: best score · attempts · ✓ when passed. "
                        + "Open a learner for every attempt and answer."), learners, new H2("Item analysis"), items);
        ShownTime.follow(this::showZone);
    }

    /** {@code route} with the name filter as its query, so the filter survives the way there and back. */
    static String withFilter(String route, String filter) {
        return filter.isBlank() ? route
                : route + "?" + NAME_PARAMETER + "=" + URLEncoder.encode(filter.strip(), StandardCharsets.UTF_8);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String name = event.getLocation().getQueryParameters().getSingleParameter(NAME_PARAMETER).orElse("");
        if (name.equals(nameFilter.getValue())) {
            show();
        } else {
            nameFilter.setValue(name);
        }
    }

    private void filterChanged(boolean byInstructor) {
        show();
        if (byInstructor) {
            UI.getCurrent().getPage().getHistory().replaceState(null, new Location(Links.CLASS_PROGRESS,
                    QueryParameters.of(NAME_PARAMETER, nameFilter.getValue())));
        }
    }

    private void show() {
        figures = instructors.figures(new NameFilter(nameFilter.getValue()));
        int count = figures.progress().learners().size();
        boolean filtered = !figures.filter().isBlank();
        overview.setText(Wording.count(count, "learner") + (filtered ? " whose name contains “"
                + nameFilter.getValue().strip() + "”" : "") + ". " + ShownTime.zoneNote(zone));
        empty.setText(filtered ? "No learner's name contains “" + nameFilter.getValue().strip() + "”."
                : "No learner has started yet. Learners appear here once they open a lesson or choose a name.");
        empty.setVisible(count == 0);
        lessons.show(figures.lessons());
        learners.show(figures.progress(), figures.filter());
        items.show(figures.questions());
        exports.show(figures.filter(), zone);
    }

    private void showZone(ZoneId zone) {
        this.zone = zone;
        if (figures != null) {
            show();
        }
    }
}
