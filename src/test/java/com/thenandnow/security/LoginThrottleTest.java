package com.thenandnow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Failed logins lock an address out for longer and longer; a hammered user name stays open to clean addresses. */
class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String INSTRUCTOR = "198.51.100.1";

    private final AtomicLong now = new AtomicLong(1_000);
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginLimits(3, Duration.ofMinutes(1), Duration.ofMinutes(15), 10), now::get);

    private void fail(String address, int times) {
        IntStream.range(0, times).forEach(i -> throttle.failed(address, "instructor"));
    }

    private void pass(Duration time) {
        now.addAndGet(time.toNanos());
    }

    @Test
    void an_address_may_fail_a_few_times_before_it_is_locked_out() {
        fail(ATTACKER, 2);
        assertThat(throttle.waitFor(ATTACKER, "instructor")).isEmpty();

        fail(ATTACKER, 1);
        assertThat(throttle.waitFor(ATTACKER, "instructor")).hasValue(Duration.ofMinutes(1));
    }

    @Test
    void each_further_failure_doubles_the_lockout_up_to_the_maximum() {
        fail(ATTACKER, 4);
        assertThat(throttle.waitFor(ATTACKER, "instructor")).hasValue(Duration.ofMinutes(2));

        fail(ATTACKER, 2);
        assertThat(throttle.waitFor(ATTACKER, "instructor")).hasValue(Duration.ofMinutes(8));

        fail(ATTACKER, 5);
        assertThat(throttle.waitFor(ATTACKER, "instructor")).hasValue(Duration.ofMinutes(15));
    }

    @Test
    void a_lockout_ends_when_its_time_is_up() {
        fail(ATTACKER, 3);

        pass(Duration.ofSeconds(61));

        assertThat(throttle.waitFor(ATTACKER, "instructor")).isEmpty();
    }

    @Test
    void other_addresses_are_not_locked_out_by_one_address() {
        fail(ATTACKER, 10);

        assertThat(throttle.waitFor(INSTRUCTOR, "instructor")).isEmpty();
    }

    @Test
    void a_user_name_guessed_from_many_addresses_stays_open_only_to_addresses_without_failures() {
        IntStream.range(0, 10).forEach(i -> throttle.failed("203.0.113." + i, "instructor"));

        assertThat(throttle.waitFor("203.0.113.3", "instructor")).hasValue(Duration.ofMinutes(15));
        assertThat(throttle.waitFor(INSTRUCTOR, "instructor")).isEmpty();
        assertThat(throttle.waitFor("203.0.113.3", "someone-else")).isEmpty();
    }

    @Test
    void a_successful_login_clears_the_address_and_the_user_name() {
        fail(INSTRUCTOR, 2);

        throttle.succeeded(INSTRUCTOR, "instructor");
        fail(INSTRUCTOR, 2);

        assertThat(throttle.waitFor(INSTRUCTOR, "instructor")).isEmpty();
    }
}
