package com.thenandnow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import org.springframework.util.unit.DataSize;

/** The ceiling on live sessions and the short life of a new one. */
class SessionLimitsTest {

    private static SessionLimits limits(int max) {
        return new SessionLimits(max, 0.5, DataSize.ofKilobytes(200), Duration.ofMinutes(3), 1000, Duration.ofSeconds(60));
    }

    @Test
    void the_ceiling_is_half_the_heap_divided_by_the_cost_of_a_session() {
        assertThat(limits(0).ceiling(DataSize.ofMegabytes(512).toBytes())).isEqualTo(1310);
        assertThat(limits(0).ceiling(DataSize.ofGigabytes(2).toBytes())).isEqualTo(5242);
    }

    @Test
    void a_configured_maximum_overrides_the_heap() {
        assertThat(limits(42).ceiling(DataSize.ofGigabytes(2).toBytes())).isEqualTo(42);
    }

    @Test
    void nonsense_limits_are_refused_at_start_up() {
        assertThatThrownBy(() -> new SessionLimits(-1, 0.5, DataSize.ofKilobytes(200), Duration.ofMinutes(3), 1000,
                Duration.ofSeconds(60))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionLimits(0, 1.5, DataSize.ofKilobytes(200), Duration.ofMinutes(3), 1000,
                Duration.ofSeconds(60))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_new_session_lives_three_minutes_without_requests_and_is_counted_until_it_ends() {
        LiveSessions live = new LiveSessions(limits(0));
        MockHttpSession session = new MockHttpSession();

        live.sessionCreated(new HttpSessionEvent(session));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(180);
        assertThat(live.count()).isEqualTo(1);

        live.sessionDestroyed(new HttpSessionEvent(session));
        assertThat(live.count()).isZero();
    }
}
