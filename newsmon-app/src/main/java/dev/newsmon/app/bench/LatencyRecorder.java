package dev.newsmon.app.bench;

import java.util.Arrays;

/**
 * Collects latencies in milliseconds and reports exact nearest-rank percentiles. Thread-safe; a bench
 * phase records a few thousand values, so keeping them all is cheap and needs no histogram.
 */
public final class LatencyRecorder {

    private long[] values = new long[1024];
    private int count;

    public synchronized void record(long millis) {
        if (count == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[count++] = Math.max(0, millis);
    }

    public synchronized int count() {
        return count;
    }

    /** The nearest-rank percentile ({@code p} in (0, 100]): the smallest value with at least p% of values at or below it. */
    public synchronized long percentile(double p) {
        if (count == 0) {
            throw new IllegalStateException("no latencies recorded");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)];
    }

    /** p50, p95 and p99, or {@link LatencySummary#EMPTY} when nothing was recorded. */
    public synchronized LatencySummary summary() {
        if (count == 0) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(count, percentile(50), percentile(95), percentile(99));
    }
}
