package dev.newsmon.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static Backoff withRandom(double r) {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 0.2, () -> r);
    }

    @Test
    void shouldDoubleFromHalfASecondToThirtySecondsWithoutJitterAtTheMidpoint() {
        Backoff b = withRandom(0.5);
        long[] expected = {500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000};
        for (int attempt = 1; attempt <= expected.length; attempt++) {
            assertEquals(Duration.ofMillis(expected[attempt - 1]), b.delay(attempt), "attempt " + attempt);
        }
        assertEquals(Duration.ofSeconds(30), b.delay(1_000), "no overflow after many attempts");
    }

    @Test
    void shouldJitterWithinTwentyPercentAndNeverPassTheCap() {
        assertEquals(Duration.ofMillis(400), withRandom(0.0).delay(1));
        assertEquals(Duration.ofMillis(600), withRandom(1.0).delay(1));
        assertEquals(Duration.ofMillis(3_200), withRandom(0.0).delay(4));
        assertEquals(Duration.ofMillis(24_000), withRandom(0.0).delay(20));
        assertEquals(Duration.ofSeconds(30), withRandom(1.0).delay(20), "jitter above the cap is capped");
        Backoff real = Backoff.standard();
        for (int attempt = 1; attempt < 50; attempt++) {
            Duration d = real.delay(attempt);
            assertTrue(d.toMillis() >= 400 && d.toMillis() <= 30_000, attempt + ": " + d);
        }
    }

    @Test
    void shouldWaitAtLeastWhatRetryAfterAsksUpToTheCap() {
        Backoff b = withRandom(0.5);
        assertEquals(Duration.ofSeconds(5), b.delay(1, Duration.ofSeconds(5)));
        assertEquals(Duration.ofSeconds(30), b.delay(1, Duration.ofHours(1)));
        assertEquals(Duration.ofSeconds(2), b.delay(3, Duration.ofSeconds(1)));
    }
}
