package com.thenandnow.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address, kept in a Caffeine cache bounded in size, so the limiter itself cannot
 * fill the memory it protects: addresses not seen for a while, or beyond the most recent 100,000, are dropped
 * and start again with a full bucket.
 */
final class AddressAllowance {

    private static final int ADDRESSES_KEPT = 100_000;

    private final Cache<String, Bucket> buckets;
    private final double perNano;
    private final int capacity;
    private final LongSupplier nanoTime;

    /** Full: {@code tokens} left, as of {@code at} (System.nanoTime). */
    private record Bucket(double tokens, long at) {
    }

    AddressAllowance(int perMinute, LongSupplier nanoTime) {
        this.capacity = perMinute;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.nanoTime = nanoTime;
        this.buckets = Caffeine.newBuilder().maximumSize(ADDRESSES_KEPT).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** Takes one token from the address's bucket; false when it is empty. */
    boolean tryTake(String address) {
        long now = nanoTime.getAsLong();
        boolean[] taken = new boolean[1];
        buckets.asMap().compute(address, (key, bucket) -> {
            double tokens = bucket == null ? capacity : Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
            taken[0] = tokens >= 1;
            return new Bucket(taken[0] ? tokens - 1 : tokens, now);
        });
        return taken[0];
    }
}
