package com.thenandnow.base.ui;

import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Inline;

/**
 * What the HTML page itself carries, before Vaadin's client arrives: the title, icons, the web manifest, the
 * theme colour, a script that applies the light or dark theme before the first paint, and a loading state.
 * Everything is inline or a static file, so nothing here needs a frontend build.
 */
public final class PageShell {

    /** The event the theme script sends to every {@link ThemeToggle} when the theme changes. */
    static final String THEME_CHANGED = "then-and-now-theme-changed";

    /** The page background of each theme (Lumo's base colours), for the browser's toolbar and the loading state. */
    private static final String LIGHT = "#ffffff";
    private static final String DARK = "#233348";

    /**
     * Dark when the visitor chose dark in this browser, or chose nothing and the system is dark; follows the
     * system while the page is open; a choice made in one tab reaches the others.
     */
    private static final String THEME_SCRIPT = """
            (() => {
              const key = 'then-and-now-theme';
              const system = matchMedia('(prefers-color-scheme: dark)');
              const chosen = () => { try { return localStorage.getItem(key); } catch (e) { return null; } };
              const isDark = () => document.documentElement.getAttribute('theme') === 'dark';
              const apply = () => {
                const dark = (chosen() || (system.matches ? 'dark' : 'light')) === 'dark';
                const html = document.documentElement;
                if (dark) { html.setAttribute('theme', 'dark'); } else { html.removeAttribute('theme'); }
                html.style.colorScheme = dark ? 'dark' : 'light';
                const color = document.querySelector('meta[name=theme-color]');
                if (color) { color.content = dark ? '%2$s' : '%1$s'; }
                document.querySelectorAll('.theme-toggle').forEach(toggle =>
                  toggle.dispatchEvent(new CustomEvent('%3$s', {detail: dark})));
              };
              const toggle = () => {
                try { localStorage.setItem(key, isDark() ? 'light' : 'dark'); } catch (e) { /* not remembered */ }
                apply();
                return isDark();
              };
              window.thenAndNowTheme = {isDark, toggle};
              system.addEventListener('change', apply);
              addEventListener('storage', event => { if (event.key === key) { apply(); } });
              document.addEventListener('DOMContentLoaded', apply);
              apply();
            })();
            """.formatted(LIGHT, DARK, THEME_CHANGED);

    /**
     * Vaadin's connection indicator sits outside every landmark and says "Connection lost" when it is: as a
     * status region it is announced then, and counts as a region of its own.
     */
    private static final String CONNECTION_STATUS = """
            new MutationObserver((changes, observer) => {
              const indicator = document.querySelector('vaadin-connection-indicator');
              if (indicator) { indicator.setAttribute('role', 'status'); observer.disconnect(); }
            }).observe(document.documentElement, {childList: true, subtree: true});
            """;

    /** Until the client has rendered the first view, the empty outlet shows the site's name and "Loading…". */
    private static final String LOADING_STYLE = """
            html { background: %1$s; color: #1a2633; }
            html[theme~="dark"] { background: %2$s; color: #e6edf5; }
            #outlet:empty::before {
              content: "%3$s";
              display: block; padding: 0.75rem 1rem; font: 700 1.25rem/1.5 system-ui, sans-serif;
              border-bottom: 1px solid rgba(128, 128, 128, 0.3);
            }
            #outlet:empty::after {
              content: "Loading…";
              display: block; padding: 2rem 1rem; text-align: center; font: 1rem/1.5 system-ui, sans-serif;
              animation: tn-loading 1.2s ease-in-out infinite alternate;
            }
            @keyframes tn-loading { from { opacity: 1; } to { opacity: 0.45; } }
            @media (prefers-reduced-motion: reduce) { #outlet:empty::after { animation: none; } }
            """.formatted(LIGHT, DARK, PageTitles.SITE);

    private PageShell() {
    }

    public static void configure(AppShellSettings settings) {
        settings.setPageTitle(PageTitles.SITE);
        settings.addMetaTag("theme-color", LIGHT);
        settings.addMetaTag("description", "Short lessons, each followed by a quiz.");
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addFavIcon("apple-touch-icon", "icons/icon-180.png", "180x180");
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addInlineWithContents(Inline.Position.PREPEND, THEME_SCRIPT, Inline.Wrapping.JAVASCRIPT);
        settings.addInlineWithContents(Inline.Position.APPEND, CONNECTION_STATUS, Inline.Wrapping.JAVASCRIPT);
        settings.addInlineWithContents(Inline.Position.APPEND, LOADING_STYLE, Inline.Wrapping.STYLESHEET);
    }
}
