package com.thenandnow.quiz.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * One marked line of a checked answer: an option, a typed answer, a position or a pair, with an icon and the
 * words that say what it is ("Your answer · wrong", "Right answer"). The words carry the meaning; icon and
 * colour only repeat it, so nothing depends on seeing colour, and screen readers read the words.
 */
final class MarkRow extends ListItem {

    /** What a line is: the learner's right or wrong answer, the right answer they did not give, or neither. */
    enum Tone {
        RIGHT(VaadinIcon.CHECK_CIRCLE), WRONG(VaadinIcon.CLOSE_CIRCLE), KEY(VaadinIcon.CHECK), PLAIN(VaadinIcon.CIRCLE_THIN);

        private final VaadinIcon icon;

        Tone(VaadinIcon icon) {
            this.icon = icon;
        }
    }

    MarkRow(String text, String words, Tone tone) {
        addClassNames("mark", "mark-" + tone.name().toLowerCase(Locale.ROOT));
        Icon icon = tone.icon.create();
        icon.addClassName("mark-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span shown = new Span(text);
        shown.addClassName("mark-text");
        add(icon, shown);
        if (!words.isEmpty()) {
            Span said = new Span(words);
            said.addClassName("mark-words");
            add(said);
        }
    }
}
