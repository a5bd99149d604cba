package com.thenandnow;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Measures in the page what axe does not: how tall the page is, what sticks out sideways, and which
 * controls are smaller than a finger. Pages scroll inside the app layout's content area, not the window,
 * so both are measured.
 */
final class LayoutProbe {

    private static final String CONTENT = """
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
            const shown = el => { const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && el.checkVisibility({visibilityProperty: true, opacityProperty: true}); };
            const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
              + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
              + ' "' + (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
            """;
    private static final String HEIGHT = CONTENT + """
            let height = document.documentElement.scrollHeight;
            if (content) { height = Math.max(height, content.getBoundingClientRect().top + content.scrollHeight); }
            document.querySelectorAll('vaadin-dialog-overlay').forEach(o => {
              const part = o.shadowRoot && o.shadowRoot.querySelector('[part=overlay]');
              if (part) { height = Math.max(height, part.scrollHeight + 2 * part.getBoundingClientRect().top); } });
            return Math.ceil(height);
            """;
    private static final String OVERFLOW = CONTENT + """
            const width = document.documentElement.clientWidth;
            const hidden = el => { for (let a = el.parentElement; a; a = a.parentElement) {
              if (a.getBoundingClientRect().width <= 1) { return true; } } return false; };
            const found = [];
            if (document.documentElement.scrollWidth > width) { found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px'); }
            if (content && content.scrollWidth > content.clientWidth) { found.push('the content area scrolls sideways: ' + content.scrollWidth + ' px'); }
            [...document.querySelectorAll('body *')].filter(el => shown(el) && !hidden(el) && el.getBoundingClientRect().right > width + 1)
              .filter(el => ![...el.children].some(child => child.getBoundingClientRect().right > width + 1))
              .slice(0, 5).forEach(el => found.push(describe(el) + ' reaches ' + Math.round(el.getBoundingClientRect().right) + ' px'));
            return found;
            """;
    private static final String SMALL_TARGETS = CONTENT + """
            const least = arguments[0];
            const targets = 'a[href], button, input:not([type=hidden]):not([slot]), select, textarea, [role=button], vaadin-button,'
              + ' vaadin-radio-button, vaadin-checkbox, vaadin-text-field, vaadin-password-field, vaadin-big-decimal-field,'
              + ' vaadin-select, vaadin-details-summary, vaadin-drawer-toggle, vaadin-password-field-button, vaadin-select-item';
            const inRunningText = el => { const block = el.parentElement && el.parentElement.closest('p, li, td, dd, blockquote');
              return el.tagName === 'A' && block && block.textContent.trim() !== el.textContent.trim(); };
            return [...document.querySelectorAll(targets)].filter(shown).filter(el => !inRunningText(el))
              .filter(el => !el.closest('[aria-hidden=true]'))
              .map(el => [el, el.getBoundingClientRect()]).filter(([el, r]) => r.width < least || r.height < least)
              .map(([el, r]) => describe(el) + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
            """;

    private LayoutProbe() {
    }

    /** The height the window needs to show the whole page, an open dialog included. */
    static int pageHeight(JavascriptExecutor page) {
        return ((Number) page.executeScript(HEIGHT)).intValue();
    }

    /** What makes the page wider than the window, if anything. */
    @SuppressWarnings("unchecked")
    static List<String> sidewaysOverflow(JavascriptExecutor page) {
        return (List<String>) page.executeScript(OVERFLOW);
    }

    /** Controls narrower or lower than {@code leastPx}, except links inside running text (WCAG 2.5.8's inline exception). */
    @SuppressWarnings("unchecked")
    static List<String> smallTargets(JavascriptExecutor page, int leastPx) {
        return (List<String>) page.executeScript(SMALL_TARGETS, leastPx);
    }

    /** Waits two frames, so layout and resize observers have caught up with a new window size. */
    static void settle(JavascriptExecutor page) {
        page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));");
    }
}
