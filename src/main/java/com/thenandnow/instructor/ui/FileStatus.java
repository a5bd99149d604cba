package com.thenandnow.instructor.ui;

import com.thenandnow.base.ui.ShownTime;
import com.thenandnow.lesson.FileState;
import com.thenandnow.lesson.LessonFile;
import com.thenandnow.lesson.Problem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;

/**
 * A lesson file's state, when it was last loaded, and its problems, each written exactly as the
 * command-line validator prints it ({@code path:line: severity: message}), so either can be searched for.
 */
class FileStatus extends Div {

    final Span state = new Span();
    final UnorderedList problems = new UnorderedList();

    FileStatus(LessonFile file) {
        addClassName("file-status");
        state.setText(file.state().label());
        state.addClassNames("file-state", "state-" + file.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        state.getElement().getThemeList().add("badge " + badgeTheme(file.state()));
        Span loaded = new Span();
        loaded.addClassName("file-loaded");
        ShownTime.follow(zone -> loaded.setText("Loaded " + ShownTime.of(file.loadedAt(), zone)));
        add(state, loaded);
        if (!file.problems().isEmpty()) {
            problems.addClassName("problems");
            file.problems().forEach(problem -> problems.add(problemItem(problem, file.fileName())));
            add(problems);
        }
    }

    /**
     * As the validator prints it ({@code 02-lesson.md:10: error: …}) but with the file's name for its path, which on
     * a server is long and absolute, and says nothing the card's heading does not.
     */
    private static ListItem problemItem(Problem problem, String fileName) {
        ListItem item = new ListItem(fileName + problem.toString().substring(problem.path().length()));
        item.addClassName(problem.isError() ? "problem-error" : "problem-warning");
        return item;
    }

    private static String badgeTheme(FileState state) {
        return switch (state) {
            case LIVE -> "success";
            case LIVE_WITH_WARNINGS -> "contrast";
            case LAST_GOOD_VERSION, NOT_LIVE -> "error";
        };
    }
}
