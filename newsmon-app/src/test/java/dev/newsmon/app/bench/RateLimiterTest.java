package dev.newsmon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldReleaseItemsEvenlyAtTheRate() {
        RateLimiter r = new RateLimiter(200, 1_000L);
        assertEquals(1, r.dueBy(1_000L, 10_000), "the first item goes at the start");
        assertEquals(1, r.dueBy(1_000L + 4_999_999L, 10_000));
        assertEquals(2, r.dueBy(1_000L + 5_000_000L, 10_000));
        assertEquals(201, r.dueBy(1_000L + SECOND, 10_000));
        assertEquals(4_001, r.dueBy(1_000L + 20 * SECOND, 10_000));
        assertEquals(4_000, r.dueBy(1_000L + 20 * SECOND, 4_000), "capped at the total");
        assertEquals(1, r.dueBy(0, 10_000), "before the start only the first is due");
    }

    @Test
    void shouldSayWhenEachItemIsDue() {
        RateLimiter r = new RateLimiter(50, 0);
        assertEquals(0, r.dueAt(0));
        assertEquals(20_000_000L, r.dueAt(1));
        assertEquals(SECOND, r.dueAt(50));
    }

    @Test
    void shouldRefuseANonPositiveRate() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, 0));
    }
}
