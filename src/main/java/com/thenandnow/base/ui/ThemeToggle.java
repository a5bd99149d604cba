package com.thenandnow.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Switches between the light and the dark theme, and this browser remembers the choice. Until someone chooses,
 * pages follow the system's setting. The work is done by the page shell's script ({@link PageShell}), which
 * applies the theme before the first paint, so a page never flashes light in the dark; this button only asks it
 * and shows the state as pressed or not.
 */
public class ThemeToggle extends Button {

    public ThemeToggle() {
        super("Dark theme", VaadinIcon.MOON_O.create());
        addClassName("theme-toggle");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getElement().setAttribute("aria-pressed", "false");
        addClickListener(event -> ask("toggle"));
        addAttachListener(event -> ask("isDark"));
        getElement().addEventListener(PageShell.THEME_CHANGED, event -> show(event.getEventData().getBoolean("event.detail")))
                .addEventData("event.detail");
    }

    private void ask(String function) {
        getElement().executeJs("return window.thenAndNowTheme ? window.thenAndNowTheme." + function + "() : false")
                .then(Boolean.class, this::show);
    }

    private void show(boolean dark) {
        getElement().setAttribute("aria-pressed", String.valueOf(dark));
    }
}
