package dev.newsmon.app.bench;

/**
 * A fixed-rate schedule: how many items should have been sent by a given moment since the start. A
 * sender that falls behind (a slow request) catches up on the next tick, so the average rate holds.
 */
public final class RateLimiter {

    private final double perSecond;
    private final long startNanos;

    public RateLimiter(double perSecond, long startNanos) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, got " + perSecond);
        }
        this.perSecond = perSecond;
        this.startNanos = startNanos;
    }

    /** Items due in total by {@code nowNanos}, capped at {@code limit}. */
    public long dueBy(long nowNanos, long limit) {
        long elapsed = Math.max(0, nowNanos - startNanos);
        long due = (long) Math.floor(perSecond * elapsed / 1e9) + 1; // the first item goes at the start
        return Math.min(due, limit);
    }

    /** When item number {@code index} (0-based) is due. */
    public long dueAt(long index) {
        return startNanos + (long) Math.ceil(index * 1e9 / perSecond);
    }
}
