package dev.newsmon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void shouldGiveNearestRankPercentilesWhateverTheOrderOfRecording() {
        List<Long> values = new ArrayList<>();
        for (long v = 1; v <= 200; v++) {
            values.add(v);
        }
        Collections.shuffle(values, new Random(7));
        LatencyRecorder r = new LatencyRecorder();
        values.forEach(r::record);

        assertEquals(200, r.count());
        assertEquals(100, r.percentile(50));
        assertEquals(190, r.percentile(95));
        assertEquals(198, r.percentile(99));
        assertEquals(200, r.percentile(100));
        assertEquals(2, r.percentile(1));
        LatencySummary s = r.summary();
        assertEquals(new LatencySummary(200, 100L, 190L, 198L), s);
    }

    @Test
    void shouldHandleOneValueAndOutliers() {
        LatencyRecorder one = new LatencyRecorder();
        one.record(42);
        assertEquals(new LatencySummary(1, 42L, 42L, 42L), one.summary());

        LatencyRecorder skewed = new LatencyRecorder();
        for (int i = 0; i < 98; i++) {
            skewed.record(10);
        }
        skewed.record(5_000);
        skewed.record(9_000);
        LatencySummary s = skewed.summary();
        assertEquals(10L, s.p50());
        assertEquals(10L, s.p95());
        assertEquals(5_000L, s.p99());
        assertTrue(s.p50() <= s.p95() && s.p95() <= s.p99());
    }

    @Test
    void shouldReportNothingRatherThanZeroWhenNothingWasRecorded() {
        LatencySummary s = new LatencyRecorder().summary();
        assertEquals(0, s.samples());
        assertNull(s.p50());
        assertNull(s.p99());
        assertThrows(IllegalStateException.class, () -> new LatencyRecorder().percentile(50));
    }

    @Test
    void shouldClampClockSkewToZeroAndRefuseNonsensePercentiles() {
        LatencyRecorder r = new LatencyRecorder();
        r.record(-3);
        assertEquals(0, r.percentile(50));
        assertThrows(IllegalArgumentException.class, () -> r.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> r.percentile(101));
    }

    @Test
    void shouldGrowPastItsFirstBuffer() {
        LatencyRecorder r = new LatencyRecorder();
        for (int i = 0; i < 10_000; i++) {
            r.record(i % 100);
        }
        assertEquals(10_000, r.count());
        assertEquals(49, r.percentile(50));
    }
}
