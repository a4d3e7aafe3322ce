package dev.newsmon.core.actors.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order linear-chain BIO tagger: hashed observation features (no strings are built; every feature
 * is a mix of precomputed token hashes into a bucket of a primitive weight array) scored per tag, plus a
 * tag-transition matrix, decoded with Viterbi. Trained as an averaged structured perceptron
 * ({@code dev.newsmon.core.actors.train.TrainActorModel}); stored quantised to 16 bits, sparse, gzipped.
 *
 * <p>Tags: 0 = O, then B/I pairs for per, org and geo, then B-gpe (nationality words: one token, so no
 * I-gpe). Eight tags, so that a bucket's weights fill two 64-bit words. The corpus' other classes
 * (tim, art, eve, nat) are trained as O: the tagger does not output them.
 */
public final class NerModel {

    public static final String[] CLASSES = {"per", "org", "geo", "gpe"};
    /** O, B/I-per, B/I-org, B/I-geo, B-gpe. */
    public static final int T = 8;
    /** Longs per bucket (four 16-bit lanes each). */
    static final int W = 2;
    public static final int MAX_FEATS = 56;
    private static final int MAGIC = 0x4e4d4e31; // "NMN1"

    final int bits;
    final int mask;
    /** Runtime weights, quantised: weights[bucket * T + tag] * scale. */
    /**
     * Runtime weights, requantised to 10 bits and packed for SWAR accumulation: the weight of (bucket, tag)
     * plus {@link #OFFSET} sits in 16-bit lane {@code tag % 4} of {@code packed[bucket * 2 + tag / 4]}, so
     * one feature costs two long loads and adds (16 bytes, never across a cache line); lanes cannot overflow for up to 64 features per token.
     */
    final long[] packed;
    final float step;
    static final int LEVELS = 511;
    static final int OFFSET = 512;
    /** trans[(prev + 1) * T + tag], prev = -1 for the start. */
    final float[] trans;
    /** Per-tag additive bias at decoding time (recall/precision trade-off per class), see {@link #BIAS}. */
    final float[] bias = new float[T];
    /** trans with -infinity where the BIO constraints forbid the pair: the decoder's only transition table. */
    final float[] transAllowed;

    /**
     * Decoding bias per class (per, org, geo, gpe), added to the B and I scores: chosen on the "dev"
     * tenth of the training data, never on "test". Overridable with -Dnewsmon.ner.bias=a,b,c,d,e.
     */
    public static final float[] BIAS = {0f, 0f, 0f, 0f};

    NerModel(int bits, short[] q, float scale, float[] trans) {
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        // Requantise to 10 bits: the largest |weight| maps to 511.
        int[] hist = new int[32768];
        long nonZero = 0;
        for (short v : q) {
            if (v != 0) {
                hist[Math.min(32767, Math.abs((int) v))]++;
                nonZero++;
            }
        }
        long want = nonZero, seen = 0;
        int clip = 1;
        for (int v = 1; v < hist.length; v++) {
            seen += hist[v];
            if (seen >= want) {
                clip = v;
                break;
            }
        }
        float qstep = Math.max(1f, clip / (float) LEVELS);
        int buckets = 1 << bits;
        this.packed = new long[buckets * W];
        for (int bk = 0; bk < buckets; bk++) {
            for (int t = 0; t < T; t++) {
                int r = Math.max(-LEVELS, Math.min(LEVELS, Math.round(q[bk * T + t] / qstep)));
                packed[bk * W + t / 4] |= (long) (r + OFFSET) << (16 * (t % 4));
            }
        }
        this.step = scale * qstep;
        this.trans = trans;
        float[] cb = BIAS.clone();
        String prop = System.getProperty("newsmon.ner.bias");
        if (prop != null && !prop.isBlank()) {
            String[] parts = prop.split(",");
            for (int i = 0; i < parts.length && i < cb.length; i++) {
                cb[i] = Float.parseFloat(parts[i].trim());
            }
        }
        for (int t = 1; t < T; t++) {
            bias[t] = cb[classOfTag(t)];
        }
        transAllowed = new float[(T + 1) * T];
        for (int p = -1; p < T; p++) {
            for (int t = 0; t < T; t++) {
                transAllowed[(p + 1) * T + t] = allowed(p, t) ? trans[(p + 1) * T + t] : Float.NEGATIVE_INFINITY;
            }
        }
    }

    public static int classOfTag(int tag) {
        return tag == 0 ? -1 : (tag - 1) / 2;
    }

    public static boolean isBegin(int tag) {
        return tag != 0 && (tag - 1) % 2 == 0;
    }

    public static int begin(int cls) {
        return 1 + 2 * cls;
    }

    public static boolean allowed(int prev, int tag) {
        if (tag >= T) {
            return false;
        }
        if (tag == 0 || isBegin(tag)) {
            return true;
        }
        return prev != -1 && prev != 0 && classOfTag(prev) == classOfTag(tag);
    }

    // ---------------------------------------------------------------- features

    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    static int f(int tpl, long a) {
        return mix(tpl * 0x9E3779B1 + (int) (a ^ (a >>> 32)) * 31);
    }

    static int f(int tpl, long a, long b) {
        return mix(f(tpl, a) * 0x27d4eb2f + (int) (b ^ (b >>> 32)));
    }

    static int f(int tpl, long a, long b, long c) {
        return mix(f(tpl, a, b) * 0x165667b1 + (int) (c ^ (c >>> 32)));
    }

    private static final long BOS = 0x1234567L, EOS = 0x7654321L;

    /**
     * Writes the raw (unmasked) feature hashes of token {@code i} into {@code out}; returns how many.
     * {@code gaz[i]} is the knowledge-base membership code of the token (0 = none).
     */
    public static int features(Tokens tk, int[] gaz, int i, int[] out) {
        int k = 0;
        for (int g = 0; g < GROUPS; g++) {
            k = groupFeatures(tk, gaz, i, g, out, k);
        }
        return contextFeatures(tk, gaz, i, out, k);
    }

    /** Feature groups that depend only on one token or one pair of tokens: cacheable per thread. */
    static final int GROUPS = 7;
    static final int G_WORD = 0, G_PREV = 1, G_NEXT = 2, G_PAIR_PREV = 3, G_PAIR_NEXT = 4, G_SHAPE_GAZ = 5, G_WORD_GAZ = 6;
    static final int[] GROUP_SIZE = {9, 3, 3, 4, 4, 6, 3};

    /** The cache key of a group at token i (equal keys give equal group features). */
    static long groupKey(Tokens tk, int[] gaz, int i, int g) {
        int n = tk.n;
        long prev = i > 0 ? tk.exact[i - 1] : BOS, next = i + 1 < n ? tk.exact[i + 1] : EOS;
        return switch (g) {
            case G_WORD -> tk.exact[i];
            case G_PREV -> prev;
            case G_NEXT -> next;
            case G_PAIR_PREV -> (prev * 0x9E3779B97F4A7C15L) ^ tk.exact[i] ^ 0x5bd1e995L;
            case G_PAIR_NEXT -> (tk.exact[i] * 0xC2B2AE3D27D4EB4FL) ^ next ^ 0x27d4eb2fL;
            case G_SHAPE_GAZ -> {
                long h = gaz[i];
                h = h * 131 + (i > 0 ? gaz[i - 1] : 99);
                h = h * 131 + (i + 1 < n ? gaz[i + 1] : 98);
                h = h * 1_000_003L + (i > 0 ? tk.shape[i - 1] : 1);
                h = h * 1_000_003L + tk.shape[i];
                h = h * 1_000_003L + (i + 1 < n ? tk.shape[i + 1] : 2);
                h = h * 257 + (tk.flags[i] & FEATURE_FLAGS) * 2 + (isFirst(tk, i) ? 1 : 0);
                yield h * 0x9E3779B97F4A7C15L + 0x1234567L;
            }
            default -> ((tk.exact[i] * 31 + gaz[i]) * 131 + (i > 0 ? gaz[i - 1] : 99)) * 2 + (isFirst(tk, i) ? 1 : 0) + 0x7777L;
        };
    }

    static boolean isFirst(Tokens tk, int i) {
        return (tk.flags[i] & Tokens.F_FIRST) != 0;
    }

    static int groupFeatures(Tokens tk, int[] gaz, int i, int g, int[] out, int k) {
        int n = tk.n;
        switch (g) {
            case G_WORD -> {
                out[k++] = f(1, 0);
                out[k++] = f(2, tk.lower[i]);
                out[k++] = f(3, tk.exact[i]);
                out[k++] = f(4, tk.shape[i]);
                out[k++] = f(5, tk.pre2[i]);
                out[k++] = f(6, tk.pre3[i]);
                out[k++] = f(7, tk.suf2[i]);
                out[k++] = f(8, tk.suf3[i]);
                out[k++] = f(9, tk.suf4[i]);
            }
            case G_PREV -> {
                out[k++] = f(10, i > 0 ? tk.lower[i - 1] : BOS);
                out[k++] = f(14, i > 0 ? tk.shape[i - 1] : 1);
                out[k++] = f(31, i > 0 ? tk.exact[i - 1] : BOS);
            }
            case G_NEXT -> {
                out[k++] = f(11, i + 1 < n ? tk.lower[i + 1] : EOS);
                out[k++] = f(15, i + 1 < n ? tk.shape[i + 1] : 2);
                out[k++] = f(32, i + 1 < n ? tk.exact[i + 1] : EOS);
            }
            case G_PAIR_PREV -> {
                long wm1 = i > 0 ? tk.lower[i - 1] : BOS;
                int shm1 = i > 0 ? tk.shape[i - 1] : 1;
                out[k++] = f(17, wm1, tk.lower[i]);
                out[k++] = f(19, wm1, tk.shape[i]);
                out[k++] = f(28, wm1, tk.suf3[i]);
                out[k++] = f(33, shm1, tk.shape[i]);
            }
            case G_SHAPE_GAZ -> {
                int sh = tk.shape[i];
                int shm1 = i > 0 ? tk.shape[i - 1] : 1, shp1 = i + 1 < n ? tk.shape[i + 1] : 2;
                int gz = gaz[i], gm1 = i > 0 ? gaz[i - 1] : 99, gp1 = i + 1 < n ? gaz[i + 1] : 98;
                out[k++] = f(16, shm1, sh, shp1);
                out[k++] = f(21, gz);
                out[k++] = f(22, gm1, gz);
                out[k++] = f(23, gz, gp1);
                out[k++] = f(24, gz, sh);
                out[k++] = f(25, isFirst(tk, i) ? 1 : 0, tk.flags[i] & FEATURE_FLAGS);
            }
            case G_WORD_GAZ -> {
                long w = tk.lower[i];
                int gz = gaz[i], gm1 = i > 0 ? gaz[i - 1] : 99;
                out[k++] = f(26, isFirst(tk, i) ? 1 : 0, w);
                out[k++] = f(35, gz, w);
                out[k++] = f(36, gm1, w);
                    }
            default -> {
                long wp1 = i + 1 < n ? tk.lower[i + 1] : EOS;
                int shp1 = i + 1 < n ? tk.shape[i + 1] : 2;
                out[k++] = f(18, tk.lower[i], wp1);
                out[k++] = f(20, tk.shape[i], wp1);
                out[k++] = f(27, tk.suf3[i], wp1);
                out[k++] = f(34, tk.shape[i], shp1);
            }
        }
        return k;
    }

    /** The features that need the wider context (gazetteer codes, two-away words, capitalised runs). */
    static int contextFeatures(Tokens tk, int[] gaz, int i, int[] out, int k) {
        int n = tk.n;
        long w = tk.lower[i];
        long wm1 = i > 0 ? tk.lower[i - 1] : BOS, wp1 = i + 1 < n ? tk.lower[i + 1] : EOS;
        long wm2 = i > 1 ? tk.lower[i - 2] : BOS, wp2 = i + 2 < n ? tk.lower[i + 2] : EOS;
        int fl = tk.flags[i];
        out[k++] = f(12, wm2);
        out[k++] = f(13, wp2);
        out[k++] = f(29, wm2, wm1);
        out[k++] = f(30, wp1, wp2);
        out[k++] = f(37, wm1, wp1);
        if ((fl & Tokens.F_CAP) != 0) {
            // The run of capitalised words around the token ("International Atomic Energy Agency"):
            // its last word, first word, length, the token's place in it and the words around it.
            int rs = i, re = i + 1;
            while (rs > 0 && i - rs < 8) {
                if (isCap(tk, rs - 1)) {
                    rs--;
                } else if (rs > 1 && connector(tk, rs - 1) && isCap(tk, rs - 2)) {
                    rs -= 2;
                } else {
                    break;
                }
            }
            while (re < n && re - i < 8) {
                if (isCap(tk, re)) {
                    re++;
                } else if (re + 1 < n && connector(tk, re) && isCap(tk, re + 1)) {
                    re += 2;
                } else {
                    break;
                }
            }
            int len = Math.min(re - rs, 6);
            int place = rs == re - 1 ? 3 : i == rs ? 0 : i == re - 1 ? 2 : 1;
            long head = tk.lower[re - 1];
            long before = rs > 0 ? tk.lower[rs - 1] : BOS;
            long after = re < n ? tk.lower[re] : EOS;
            out[k++] = f(40, head, place);
            out[k++] = f(41, tk.lower[rs], place);
            out[k++] = f(42, len, place);
            out[k++] = f(43, before, place);
            out[k++] = f(44, after, place);
            out[k++] = f(45, tk.suf3[re - 1], place);
        }
        return k;
    }

    /**
     * Whether token i is decoded as O without being scored: neither it nor the next token has a capital letter,
     * it is not part of a knowledge-base name, and it is not the first of two particles before a capitalised
     * word ("van" in "van der Meulen"). Entity names here contain a capital; a lower-case word belongs to one
     * only before a capitalised word ("bin" in "bin Laden", "of" in "Bank of England"). A lower-case word after a name ("Karzai said") is
     * not scored either: on the dev tenth that left lenient F1 unchanged (the name's own features see the next
     * word), cost strict ORG 0.005 (lower-case tails such as "prison" in "Abu Ghraib prison") and scores about
     * a quarter fewer tokens.
     */
    public static boolean forcedO(Tokens tk, int[] gaz, int i) {
        int[] fl = tk.flags;
        if ((fl[i] & Tokens.F_UPPER) != 0 || i + 1 < tk.n && (fl[i + 1] & Tokens.F_UPPER) != 0 || gaz[i] != 0) {
            return false; // a known name's lower-case word ("von" in "Ursula von der Leyen") is scored too
        }
        // Two particles before a name ("van der Meulen", "de la Vega") belong to it.
        return !(i + 2 < tk.n && (fl[i + 2] & Tokens.F_UPPER) != 0 && isParticle(tk, i) && isParticle(tk, i + 1));
    }

    private static final long[] PARTICLES = particleHashes("van", "von", "der", "den", "de", "la", "le", "del", "della",
            "di", "da", "du", "des", "dos", "das", "bin", "ibn", "bint", "al", "el", "ben", "abu", "ter", "ten", "zu", "y");

    private static long[] particleHashes(String... words) {
        Tokens t = new Tokens();
        long[] h = new long[words.length];
        for (int j = 0; j < words.length; j++) {
            t.reset(words[j]);
            h[j] = t.lower[0];
        }
        return h;
    }

    /** A lower-case name particle: "van", "der", "de", "la", "bin", "al", ... */
    public static boolean isParticle(Tokens tk, int i) {
        if (tk.end[i] - tk.start[i] > 5) {
            return false;
        }
        long h = tk.lower[i];
        for (long p : PARTICLES) {
            if (p == h) {
                return true;
            }
        }
        return false;
    }

    /** The token flags that are features (F_UPPER came later and only drives {@link #forcedO}). */
    static final int FEATURE_FLAGS = 0x7f;

    private static boolean isCap(Tokens tk, int t) {
        return (tk.flags[t] & Tokens.F_CAP) != 0;
    }

    private static boolean connector(Tokens tk, int t) {
        int len = tk.end[t] - tk.start[t];
        if (len > 3) {
            return false;
        }
        String s = tk.text;
        int a = tk.start[t];
        return s.startsWith("of", a) && len == 2 || s.startsWith("for", a) && len == 3 || s.startsWith("and", a) && len == 3
                || s.startsWith("the", a) && len == 3 || s.startsWith("de", a) && len == 2 || s.startsWith("al", a) && len == 2;
    }

    static boolean isSentenceEnd(Tokens tk, int t) {
        if (tk.end[t] - tk.start[t] != 1) {
            return false;
        }
        char c = tk.text.charAt(tk.start[t]);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201c';
    }

    // ---------------------------------------------------------------- decoding

    /** Scratch space for one thread. */
    public static final class Scratch {
        static final int CACHE_BITS = 12;
        /** Per group, direct-mapped: [key, a0, a1, unused] per slot; key 0 = empty. */
        final long[][] cache = new long[GROUPS][4 << CACHE_BITS];
        NerModel owner;
        int[] feats = new int[MAX_FEATS];
        float[] score = new float[256 * T];
        int[] back = new int[256 * T];
        float[] emit = new float[T];

        void ensure(int n) {
            if (score.length < n * T) {
                score = new float[n * T * 2];
                back = new int[n * T * 2];
            }
        }
    }

    /** Viterbi-decodes the tags of all tokens into {@code tags}. */
    public void decode(Tokens tk, int[] gaz, int[] tags, Scratch s) {
        int n = tk.n;
        if (n == 0) {
            return;
        }
        s.ensure(n);
        float[] score = s.score;
        int[] back = s.back;
        int[] feats = s.feats;
        float[] emit = s.emit;
        for (int i = 0; i < n; i++) {
            if (forcedO(tk, gaz, i)) {
                // No capital letter in the token or next to it: outside any name. Forced to O, not scored.
                int base = i * T;
                if (i == 0) {
                    score[0] = 0;
                    back[0] = 0;
                } else {
                    int pb = base - T;
                    float best = Float.NEGATIVE_INFINITY;
                    int arg = 0;
                    for (int p = 0; p < T; p++) {
                        float v = score[pb + p] + transAllowed[(p + 1) * T];
                        if (v > best) {
                            best = v;
                            arg = p;
                        }
                    }
                    score[base] = best;
                    back[base] = arg;
                }
                for (int t = 1; t < T; t++) {
                    score[base + t] = Float.NEGATIVE_INFINITY;
                    back[base + t] = 0;
                }
                continue;
            }
            emissionCached(tk, gaz, i, s, emit);
            int base = i * T;
            float[] ta = transAllowed;
            if (i == 0) {
                for (int t = 0; t < T; t++) {
                    score[t] = ta[t] + emit[t];
                    back[t] = 0;
                }
                continue;
            }
            int pb = base - T;
            if ((tk.flags[i] & Tokens.F_NEWLINE) != 0) {
                // After a line break decode as at a sentence start: no name continues across it.
                float bestPrev = Float.NEGATIVE_INFINITY;
                int argPrev = 0;
                for (int p = 0; p < T; p++) {
                    if (score[pb + p] > bestPrev) {
                        bestPrev = score[pb + p];
                        argPrev = p;
                    }
                }
                for (int t = 0; t < T; t++) {
                    score[base + t] = bestPrev + ta[t] + emit[t];
                    back[base + t] = argPrev;
                }
                continue;
            }
            for (int t = 0; t < T; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (t != 0 && !isBegin(t)) {
                    // I-x follows only B-x or I-x.
                    int b = t - 1;
                    float vb = score[pb + b] + ta[(b + 1) * T + t];
                    float vi = score[pb + t] + ta[(t + 1) * T + t];
                    if (vb >= vi) {
                        best = vb;
                        arg = b;
                    } else {
                        best = vi;
                        arg = t;
                    }
                } else {
                    for (int p = 0; p < T; p++) {
                        float v = score[pb + p] + ta[(p + 1) * T + t];
                        if (v > best) {
                            best = v;
                            arg = p;
                        }
                    }
                }
                score[base + t] = best + emit[t];
                back[base + t] = arg;
            }
        }
        int last = (n - 1) * T;
        int bt = 0;
        float bv = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < T; t++) {
            if (score[last + t] > bv) {
                bv = score[last + t];
                bt = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = bt;
            bt = back[i * T + bt];
        }
    }

    /**
     * Emission scores of token i: the one-token and token-pair feature groups come from small per-thread
     * caches of their packed partial sums (frequent words hit them), the rest is summed directly.
     */
    private void emissionCached(Tokens tk, int[] gaz, int i, Scratch s, float[] emit) {
        if (s.owner != this) {
            for (long[] c : s.cache) {
                java.util.Arrays.fill(c, 0);
            }
            s.owner = this;
        }
        long a0 = 0, a1 = 0;
        long[] w = packed;
        int m = mask;
        int[] feats = s.feats;
        int nf = 0;
        for (int g = 0; g < GROUPS; g++) {
            long key = groupKey(tk, gaz, i, g);
            if (key == 0) {
                key = 1;
            }
            long[] c = s.cache[g];
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Scratch.CACHE_BITS)) << 2;
            if (c[slot] != key) {
                int k = groupFeatures(tk, gaz, i, g, feats, 0);
                long b0 = 0, b1 = 0;
                for (int j = 0; j < k; j++) {
                    int b = (feats[j] & m) << 1;
                    b0 += w[b];
                    b1 += w[b + 1];
                }
                c[slot] = key;
                c[slot + 1] = b0;
                c[slot + 2] = b1;
            }
            a0 += c[slot + 1];
            a1 += c[slot + 2];
            nf += GROUP_SIZE[g];
        }
        int k = contextFeatures(tk, gaz, i, feats, 0);
        for (int j = 0; j < k; j++) {
            int b = (feats[j] & m) << 1;
            a0 += w[b];
            a1 += w[b + 1];
        }
        nf += k;
        int off = nf * OFFSET;
        float st = step;
        for (int t = 0; t < T; t++) {
            long a = t < 4 ? a0 : a1;
            int lane = (int) ((a >>> (16 * (t & 3))) & 0xFFFF) - off;
            emit[t] = lane * st + bias[t];
        }
    }

    // ---------------------------------------------------------------- persistence

    public static NerModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a newsmon NER model");
            }
            int bits = in.readInt();
            int tags = in.readInt();
            if (tags != T) {
                throw new IOException("model has " + tags + " tags, code expects " + T);
            }
            float scale = in.readFloat();
            float[] trans = new float[(T + 1) * T];
            for (int i = 0; i < trans.length; i++) {
                trans[i] = in.readFloat();
            }
            short[] q = new short[(1 << bits) * T];
            int count = in.readInt();
            int bucket = -1;
            for (int c = 0; c < count; c++) {
                bucket += readVarint(in);
                int b = bucket * T;
                for (int t = 0; t < T; t++) {
                    q[b + t] = in.readShort();
                }
            }
            return new NerModel(bits, q, scale, trans);
        }
    }

    /** Quantises and writes float weights; buckets whose largest |weight| is below {@code prune} are dropped. */
    public static void write(OutputStream raw, int bits, float[] w, float[] trans, float prune) throws IOException {
        float max = 0;
        for (float v : w) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max / 32000f;
        int buckets = 1 << bits;
        int count = 0;
        for (int b = 0; b < buckets; b++) {
            if (keep(w, b, prune)) {
                count++;
            }
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(bits);
            out.writeInt(T);
            out.writeFloat(scale);
            for (float v : trans) {
                out.writeFloat(v);
            }
            out.writeInt(count);
            int prev = -1;
            for (int b = 0; b < buckets; b++) {
                if (!keep(w, b, prune)) {
                    continue;
                }
                writeVarint(out, b - prev);
                prev = b;
                for (int t = 0; t < T; t++) {
                    out.writeShort(Math.round(w[b * T + t] / scale));
                }
            }
        }
    }

    private static boolean keep(float[] w, int b, float prune) {
        for (int t = 0; t < T; t++) {
            if (Math.abs(w[b * T + t]) >= prune) {
                return true;
            }
        }
        return false;
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0, shift = 0;
        while (true) {
            int b = in.readByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }
}
