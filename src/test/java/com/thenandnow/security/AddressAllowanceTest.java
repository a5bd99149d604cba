package com.thenandnow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** New sessions per client address: a burst of a minute's allowance, then refilled as time passes. */
class AddressAllowanceTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AddressAllowance allowance = new AddressAllowance(60, now::get);

    private long taken(String address, int tries) {
        return IntStream.range(0, tries).filter(i -> allowance.tryTake(address)).count();
    }

    @Test
    void an_address_gets_a_whole_minutes_allowance_at_once_and_no_more() {
        assertThat(taken("10.0.0.1", 100)).isEqualTo(60);
    }

    @Test
    void the_allowance_refills_with_time() {
        taken("10.0.0.1", 60);

        now.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThat(taken("10.0.0.1", 100)).isEqualTo(10);
    }

    @Test
    void the_allowance_never_grows_beyond_one_minutes_worth() {
        now.addAndGet(Duration.ofHours(1).toNanos());

        assertThat(taken("10.0.0.1", 100)).isEqualTo(60);
    }

    @Test
    void addresses_have_allowances_of_their_own() {
        taken("10.0.0.1", 60);

        assertThat(taken("10.0.0.2", 100)).isEqualTo(60);
        assertThat(taken("10.0.0.1", 1)).isZero();
    }
}
