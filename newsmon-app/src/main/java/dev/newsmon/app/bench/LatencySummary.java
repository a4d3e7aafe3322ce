package dev.newsmon.app.bench;

/** Percentiles of one latency phase, in milliseconds; null when no sample was taken. */
public record LatencySummary(int samples, Long p50, Long p95, Long p99) {

    public static final LatencySummary EMPTY = new LatencySummary(0, null, null, null);
}
