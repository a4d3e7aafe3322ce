package dev.newsmon.alert.webhook;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: attempt n (1-based) waits {@code initial × 2^(n-1)}, capped at
 * {@code max}, scaled by a random factor in [1 - jitter, 1 + jitter] and capped at {@code max} again.
 * Pure: the random source is a parameter, so the policy is tested without sleeping.
 */
public record Backoff(Duration initial, Duration max, double jitter, DoubleSupplier random) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + ", " + max);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
        }
    }

    /** 0.5 s doubling to 30 s, ±20 %. */
    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 0.2, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** How long to wait before retrying after the {@code attempt}-th failed attempt (1 = the first). */
    public Duration delay(int attempt) {
        long initialMs = initial.toMillis();
        long maxMs = max.toMillis();
        long base = initialMs;
        for (int i = 1; i < attempt && base < maxMs; i++) {
            base = Math.min(maxMs, base * 2);
        }
        double factor = 1 - jitter + 2 * jitter * random.getAsDouble();
        return Duration.ofMillis(Math.min(maxMs, Math.max(1, Math.round(base * factor))));
    }

    /** The delay after {@code attempt}, but at least what the receiver asked for in Retry-After (itself capped at max). */
    public Duration delay(int attempt, Duration retryAfter) {
        Duration d = delay(attempt);
        if (retryAfter == null) {
            return d;
        }
        Duration asked = retryAfter.compareTo(max) > 0 ? max : retryAfter;
        return asked.compareTo(d) > 0 ? asked : d;
    }
}
