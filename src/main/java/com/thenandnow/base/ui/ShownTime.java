package com.thenandnow.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Times as every page shows them: in the browser's time zone, always with the zone named, so a time never
 * reads as the server's or as UTC by mistake. The browser tells its zone only in answer to a round trip
 * (Vaadin's extended client details), so a page first shows UTC, labelled, and shows its times again once
 * the zone is known; the session remembers it for the pages that follow.
 */
public final class ShownTime {

    public static final ZoneId UTC = ZoneId.of("UTC");
    private static final String SESSION_KEY = ShownTime.class.getName();
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private ShownTime() {
    }

    /**
     * Calls {@code show} with the zone to show times in now: the browser's, if this session knows it, else
     * UTC; and, when the session did not know it, again once the browser has told it.
     */
    public static void follow(Consumer<ZoneId> show) {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId known = (ZoneId) session.getAttribute(SESSION_KEY);
        show.accept(known != null ? known : UTC);
        if (known == null) {
            waitForBrowser(UI.getCurrent(), session).add(show);
        }
    }

    /** Those waiting in this UI for the browser's zone; the first to wait asks the browser, once. */
    @SuppressWarnings("unchecked")
    private static List<Consumer<ZoneId>> waitForBrowser(UI ui, VaadinSession session) {
        List<Consumer<ZoneId>> waiting = (List<Consumer<ZoneId>>) ComponentUtil.getData(ui, SESSION_KEY);
        if (waiting == null) {
            List<Consumer<ZoneId>> first = new ArrayList<>();
            ComponentUtil.setData(ui, SESSION_KEY, first);
            ui.getPage().retrieveExtendedClientDetails(details -> {
                ZoneId browser = browserZone(details).orElse(UTC);
                session.setAttribute(SESSION_KEY, browser);
                ComponentUtil.setData(ui, SESSION_KEY, null);
                if (!browser.equals(UTC)) {
                    first.forEach(show -> show.accept(browser));
                }
            });
            waiting = first;
        }
        return waiting;
    }

    /** Such as "2026-11-26 10:30 CET". */
    public static String of(Instant at, ZoneId zone) {
        return FORMAT.format(at.atZone(zone));
    }

    /** Such as "Times are in Europe/Berlin." */
    public static String zoneNote(ZoneId zone) {
        return "Times are in " + zone.getId() + ".";
    }

    private static Optional<ZoneId> browserZone(ExtendedClientDetails details) {
        try {
            return Optional.ofNullable(details.getTimeZoneId()).map(ZoneId::of);
        } catch (DateTimeException unknownToJava) {
            return Optional.empty();
        }
    }
}
