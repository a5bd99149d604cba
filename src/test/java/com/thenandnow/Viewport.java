package com.thenandnow;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How a page is looked at: width, touch screen or mouse, light or dark system theme. Chromium's DevTools
 * emulation sets them without reloading the page; a touch screen also makes {@code (pointer: coarse)} match.
 */
record Viewport(String name, int width, boolean touch, boolean dark) {

    static final Viewport DESKTOP = new Viewport("desktop", 1280, false, false);
    static final Viewport PHONE = new Viewport("phone", 390, true, false);
    static final Viewport PHONE_DARK = new Viewport("phone-dark", 390, true, true);
    static final Viewport NARROWEST = new Viewport("320px", 320, true, false);

    /** A window this wide and {@code height} tall; grow the height to the page's to have every element in view. */
    void apply(ChromeDriver driver, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", touch));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", touch, "maxTouchPoints", 5));
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    static void reset(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
}
