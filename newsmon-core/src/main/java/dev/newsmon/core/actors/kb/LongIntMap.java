package dev.newsmon.core.actors.kb;

import java.util.Arrays;

/** Open-addressing long → int map (no boxing); absent keys give {@link #MISSING}. Key 0 is remapped. */
final class LongIntMap {

    static final int MISSING = Integer.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    private static long fix(long k) {
        return k == 0 ? 0x9E3779B97F4A7C15L : k;
    }

    private static int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    int get(long key) {
        long k = fix(key);
        int i = slot(k) & mask;
        while (true) {
            long c = keys[i];
            if (c == k) {
                return values[i];
            }
            if (c == 0) {
                return MISSING;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long k = fix(key);
        int i = slot(k) & mask;
        while (true) {
            long c = keys[i];
            if (c == k) {
                values[i] = value;
                return;
            }
            if (c == 0) {
                keys[i] = k;
                values[i] = value;
                size++;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != 0) {
                putFixed(ok[i], ov[i]);
            }
        }
    }

    private void putFixed(long k, int v) {
        int i = slot(k) & mask;
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = v;
        size++;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(keys, 0);
        size = 0;
    }
}
