package com.thenandnow.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code app.limits.sessions.*}: how many visitors the server holds at once and how fast one address may add
 * more. Every open page costs heap (its Vaadin session and UI), so without a ceiling a script that opens pages
 * as fast as it can fills the heap and stops the app for everyone.
 *
 * @param max             live sessions at most; 0 derives it from the heap: {@code heapShare} of the maximum
 *                        heap divided by {@code heapPerSession}
 * @param heapShare       the share of the heap sessions may take when {@code max} is derived
 * @param heapPerSession  what one session is assumed to cost when {@code max} is derived
 * @param idleVisitorTimeout how long a session lives without any request until the learner does something
 *                        worth keeping (a name, a lesson read, an answer); then the server's usual timeout applies
 * @param perAddressPerMinute new sessions one client address may start per minute, in bursts of as many
 * @param retryAfter      what a visitor turned away is told to wait
 */
@ConfigurationProperties("app.limits.sessions")
public record SessionLimits(@DefaultValue("0") int max, @DefaultValue("0.5") double heapShare,
                            @DefaultValue("200KB") DataSize heapPerSession,
                            @DefaultValue("3m") Duration idleVisitorTimeout,
                            @DefaultValue("1000") int perAddressPerMinute,
                            @DefaultValue("60s") Duration retryAfter) {

    public SessionLimits {
        if (max < 0 || heapShare <= 0 || heapShare > 1 || heapPerSession.toBytes() <= 0 || perAddressPerMinute < 1) {
            throw new IllegalArgumentException("app.limits.sessions: max >= 0, 0 < heap-share <= 1, heap-per-session > 0 "
                    + "and per-address-per-minute >= 1 are required");
        }
    }

    /** The ceiling on live sessions, derived from {@code maxHeapBytes} unless {@code max} is set. */
    public int ceiling(long maxHeapBytes) {
        return max > 0 ? max : (int) Math.max(1, (long) (maxHeapBytes * heapShare) / heapPerSession.toBytes());
    }
}
