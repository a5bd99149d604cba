package com.thenandnow.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * The bar at the top of every page with a layout, as the banner landmark: a skip link, the site's name, what
 * stays in view (such as the learner's name), and the menu: the main links, the theme toggle and whatever a
 * layout adds. On a wide screen the menu sits in the bar; on a phone it folds behind a "Menu" button that says
 * whether it is expanded, and Escape or going to another page folds it again. In the page, the bar's order is
 * its reading and tab order at every width.
 * <p>
 * After each navigation it also marks the view as the main landmark, marks the nav link of the current page,
 * and ends the page title with the site's name, so views need not.
 */
public class SiteHeader extends Header implements AfterNavigationObserver {

    private static final String SKIP_TO_MAIN = """
            this.addEventListener('click', event => {
              event.preventDefault();
              const main = document.getElementById($0);
              if (main) { main.focus(); }
            });
            """;

    final Button menuButton = new Button(VaadinIcon.MENU.create());
    final Div menu = new Div();

    private final Nav nav;

    public SiteHeader(Anchor brand, Nav nav, Component... alwaysShown) {
        this.nav = nav;
        nav.addClassName("main-nav");
        addClassName("site-header");
        brand.addClassName("brand");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        menuButton.addClassName("menu-button");
        menuButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        menuButton.setAriaLabel("Menu");
        menuButton.getElement().setAttribute("aria-controls", "site-menu");
        menuButton.addClickListener(event -> showMenu(!isMenuShown()));
        menu.setId("site-menu");
        menu.addClassName("site-menu");
        menu.add(nav, new ThemeToggle());
        Shortcuts.addShortcutListener(menu, this::foldMenuFromKeyboard, Key.ESCAPE).listenOn(menu);
        add(skipLink(), brand, spacer);
        add(alwaysShown);
        add(menuButton, menu);
        showMenu(false);
        addAttachListener(event -> Announcer.region(event.getUI()));
    }

    /** Adds links or buttons at the end of the menu. */
    public void addToMenu(Component... items) {
        menu.add(items);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showMenu(false);
        event.getActiveChain().stream().findFirst().ifPresent(Landmarks::markMain);
        markCurrentPage(event.getLocation().getPath());
        PageTitles.addSiteName(event.getLocationChangeEvent().getUI());
    }

    boolean isMenuShown() {
        return hasClassName("menu-shown");
    }

    private void showMenu(boolean shown) {
        setClassName("menu-shown", shown);
        menuButton.getElement().setAttribute("aria-expanded", String.valueOf(shown));
    }

    private void foldMenuFromKeyboard() {
        if (isMenuShown()) {
            showMenu(false);
            menuButton.focus();
        }
    }

    private void markCurrentPage(String path) {
        nav.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).forEach(link -> {
            String route = link.getHref().equals(".") ? Links.HOME : link.getHref();
            if (route.equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    private static Anchor skipLink() {
        Anchor skip = new Anchor("#" + Landmarks.MAIN_ID, "Skip to content");
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        skip.addAttachListener(event -> skip.getElement().executeJs(SKIP_TO_MAIN, Landmarks.MAIN_ID));
        return skip;
    }
}
