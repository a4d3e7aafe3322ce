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
 * <p>Tags: 0 = O, then B/I pairs for the classes {@link #CLASSES}.
 */
public final class NerModel {

    public static final String[] CLASSES = {"per", "org", "geo", "gpe", "misc"};
    public static final int T = 1 + 2 * CLASSES.length;
    public static final int MAX_FEATS = 56;
    private static final int MAGIC = 0x4e4d4e31; // "NMN1"

    final int bits;
    final int mask;
    /** Runtime weights, quantised: weights[bucket * T + tag] * scale. */
    final short[] q;
    final float scale;
    /** trans[(prev + 1) * T + tag], prev = -1 for the start. */
    final float[] trans;
    /** Per-tag additive bias at decoding time (recall/precision trade-off per class), see {@link #BIAS}. */
    final float[] bias = new float[T];

    /**
     * Decoding bias per class (per, org, geo, gpe, misc), added to the B and I scores: chosen on the "dev"
     * tenth of the training data, never on "test". Overridable with -Dnewsmon.ner.bias=a,b,c,d,e.
     */
    public static final float[] BIAS = {0f, 0f, 0f, 0f, 0f};

    NerModel(int bits, short[] q, float scale, float[] trans) {
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.q = q;
        this.scale = scale;
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
        int n = tk.n;
        long w = tk.lower[i];
        long wm1 = i > 0 ? tk.lower[i - 1] : BOS, wp1 = i + 1 < n ? tk.lower[i + 1] : EOS;
        long wm2 = i > 1 ? tk.lower[i - 2] : BOS, wp2 = i + 2 < n ? tk.lower[i + 2] : EOS;
        int sh = tk.shape[i];
        int shm1 = i > 0 ? tk.shape[i - 1] : 1, shp1 = i + 1 < n ? tk.shape[i + 1] : 2;
        int fl = tk.flags[i];
        int g = gaz[i], gm1 = i > 0 ? gaz[i - 1] : 99, gp1 = i + 1 < n ? gaz[i + 1] : 98;
        boolean first = i == 0 || (i > 0 && isSentenceEnd(tk, i - 1));
        out[k++] = f(1, 0);
        out[k++] = f(2, w);
        out[k++] = f(3, tk.exact[i]);
        out[k++] = f(4, sh);
        out[k++] = f(5, tk.pre2[i]);
        out[k++] = f(6, tk.pre3[i]);
        out[k++] = f(7, tk.suf2[i]);
        out[k++] = f(8, tk.suf3[i]);
        out[k++] = f(9, tk.suf4[i]);
        out[k++] = f(10, wm1);
        out[k++] = f(11, wp1);
        out[k++] = f(12, wm2);
        out[k++] = f(13, wp2);
        out[k++] = f(14, shm1);
        out[k++] = f(15, shp1);
        out[k++] = f(16, shm1, sh, shp1);
        out[k++] = f(17, wm1, w);
        out[k++] = f(18, w, wp1);
        out[k++] = f(19, wm1, sh);
        out[k++] = f(20, sh, wp1);
        out[k++] = f(21, g);
        out[k++] = f(22, gm1, g);
        out[k++] = f(23, g, gp1);
        out[k++] = f(24, g, sh);
        out[k++] = f(25, first ? 1 : 0, fl);
        out[k++] = f(26, first ? 1 : 0, w);
        out[k++] = f(27, tk.suf3[i], wp1);
        out[k++] = f(28, wm1, tk.suf3[i]);
        out[k++] = f(29, wm2, wm1);
        out[k++] = f(30, wp1, wp2);
        out[k++] = f(31, i > 0 ? tk.exact[i - 1] : BOS);
        out[k++] = f(32, i + 1 < n ? tk.exact[i + 1] : EOS);
        out[k++] = f(33, shm1, sh);
        out[k++] = f(34, sh, shp1);
        out[k++] = f(35, g, w);
        out[k++] = f(36, gm1, w);
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
        int[] feats = new int[MAX_FEATS];
        float[] score = new float[256 * T];
        int[] back = new int[256 * T];
        float[] emit = new float[T];
        int[] sum = new int[T];

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
            int nf = features(tk, gaz, i, feats);
            emission(feats, nf, emit, s.sum);
            int base = i * T;
            for (int t = 0; t < T; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    if (allowed(-1, t)) {
                        best = trans[t];
                    }
                } else {
                    int pb = (i - 1) * T;
                    for (int p = 0; p < T; p++) {
                        if (!allowed(p, t)) {
                            continue;
                        }
                        float v = score[pb + p] + trans[(p + 1) * T + t];
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

    private void emission(int[] feats, int nf, float[] emit, int[] sum) {
        java.util.Arrays.fill(sum, 0);
        short[] w = q;
        for (int j = 0; j < nf; j++) {
            int b = (feats[j] & mask) * T;
            for (int t = 0; t < T; t++) {
                sum[t] += w[b + t];
            }
        }
        for (int t = 0; t < T; t++) {
            emit[t] = sum[t] * scale + bias[t];
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
