package dev.newsmon.core.actors.train;

import dev.newsmon.core.actors.TrainingSet;
import dev.newsmon.core.actors.kb.KnowledgeBase;
import dev.newsmon.core.actors.ner.NerModel;
import dev.newsmon.core.actors.ner.Tokens;
import dev.newsmon.core.eval.GoldSentence;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Retrains the sequence model of the actor tagger from a gold NER file, on its "train" split only.
 *
 * <pre>java -cp newsmon-core/target/classes:$(deps) dev.newsmon.core.actors.train.TrainActorModel \
 *     ../shared/data/ner_dev.jsonl newsmon-core/src/main/resources/model/actors-ner.bin.gz [epochs] [bits]</pre>
 *
 * Averaged structured perceptron over hashed features with Viterbi decoding; the knowledge base's
 * gazetteer codes are features, so the shipped model is trained with the shipped knowledge base.
 * Several perceptrons are trained on the same sentences in different orders and their averaged weights
 * are averaged again (parameter mixing): one linear model, so tagging costs the same, but it depends less
 * on the order in which noisy gold sentences were seen.
 */
public final class TrainActorModel {

    private static final int T = NerModel.T;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TrainActorModel GOLD.jsonl OUT.bin.gz [epochs=10] [bits=18] [prune=0.02] [split=train] [models=5]");
            System.exit(64);
        }
        Path gold = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int bits = args.length > 3 ? Integer.parseInt(args[3]) : 18;
        float prune = args.length > 4 ? Float.parseFloat(args[4]) : 0.02f;
        String split = args.length > 5 ? args[5] : "train";
        int models = args.length > 6 ? Integer.parseInt(args[6]) : 5;
        long t0 = System.nanoTime();
        List<GoldSentence> sentences = GoldSentence.read(gold, split);
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        int mask = (1 << bits) - 1;
        List<int[][]> feats = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        Tokens tk = new Tokens();
        int[] buf = new int[NerModel.MAX_FEATS];
        for (GoldSentence s : sentences) {
            tk.reset(s.text());
            int[] gaz = new int[tk.n];
            kb.matchNames(tk, tk.allCapsText(), gaz);
            int[] tags = goldTags(tk, s);
            int[][] f = new int[tk.n][];
            for (int i = 0; i < tk.n; i++) {
                int k = NerModel.features(tk, gaz, i, buf);
                f[i] = new int[k];
                for (int j = 0; j < k; j++) {
                    f[i][j] = buf[j] & mask;
                }
            }
            feats.add(f);
            golds.add(tags);
        }
        System.err.printf(Locale.ROOT, "%d training sentences, features in %.1fs%n", sentences.size(), (System.nanoTime() - t0) / 1e9);
        float[] w = new float[(1 << bits) * T];
        float[] tw = new float[(T + 1) * T];
        for (int m = 0; m < models; m++) {
            float[][] one = trainOne(feats, golds, epochs, bits, 42 + m, t0);
            for (int i = 0; i < w.length; i++) {
                w[i] += one[0][i] / models;
            }
            for (int i = 0; i < tw.length; i++) {
                tw[i] += one[1][i] / models;
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            NerModel.write(o, bits, w, tw, prune);
        }
        // Which sentences the model has seen, so that an evaluation can tell figures on them apart.
        Path seen = TrainingSet.besideModel(out);
        try (OutputStream o = Files.newOutputStream(seen)) {
            TrainingSet.of(sentences.stream().map(GoldSentence::text).toList()).write(o);
        }
        System.err.printf(Locale.ROOT, "wrote %s (%d bytes) and %s in %.1fs%n", out, Files.size(out), seen.getFileName(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** One averaged perceptron, sentences shuffled each epoch from {@code seed}; returns {emission, transition} weights. */
    static float[][] trainOne(List<int[][]> feats, List<int[]> golds, int epochs, int bits, long seed, long t0) {
        float[] w = new float[(1 << bits) * T];
        float[] u = new float[w.length];
        float[] tw = new float[(T + 1) * T];
        float[] tu = new float[tw.length];
        int c = 1;
        Random rnd = new Random(seed);
        Integer[] order = new Integer[feats.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int ep = 0; ep < epochs; ep++) {
            java.util.Collections.shuffle(java.util.Arrays.asList(order), rnd);
            int errors = 0, tokens = 0;
            for (int idx : order) {
                int[][] f = feats.get(idx);
                int[] g = golds.get(idx);
                int n = f.length;
                if (n == 0) {
                    continue;
                }
                int[] p = viterbi(f, w, tw);
                tokens += n;
                boolean same = true;
                for (int i = 0; i < n; i++) {
                    if (p[i] != g[i]) {
                        same = false;
                        errors++;
                    }
                }
                if (!same) {
                    for (int i = 0; i < n; i++) {
                        int gp = i == 0 ? -1 : g[i - 1], pp = i == 0 ? -1 : p[i - 1];
                        if (g[i] != p[i]) {
                            for (int b : f[i]) {
                                w[b * T + g[i]] += 1;
                                u[b * T + g[i]] += c;
                                w[b * T + p[i]] -= 1;
                                u[b * T + p[i]] -= c;
                            }
                        }
                        if (g[i] != p[i] || gp != pp) {
                            tw[(gp + 1) * T + g[i]] += 1;
                            tu[(gp + 1) * T + g[i]] += c;
                            tw[(pp + 1) * T + p[i]] -= 1;
                            tu[(pp + 1) * T + p[i]] -= c;
                        }
                    }
                }
                c++;
            }
            System.err.printf(Locale.ROOT, "epoch %d: token error rate %.4f (%.1fs)%n", ep + 1, errors / (double) tokens, (System.nanoTime() - t0) / 1e9);
        }
        for (int i = 0; i < w.length; i++) {
            w[i] -= u[i] / c;
        }
        for (int i = 0; i < tw.length; i++) {
            tw[i] -= tu[i] / c;
        }
        return new float[][] {w, tw};
    }

    /**
     * BIO tags of the tokens from the gold character spans (a token starting a span is B, inside it I).
     * Classes the tagger does not output (tim, art, eve, nat) are O; a gpe span is B-gpe on its first token only.
     */
    static int[] goldTags(Tokens tk, GoldSentence s) {
        int[] tags = new int[tk.n];
        for (GoldSentence.GoldSpan e : s.entities()) {
            int cls = classIndex(e.type());
            if (cls < 0) {
                continue;
            }
            boolean first = true;
            for (int i = 0; i < tk.n; i++) {
                if (tk.start[i] >= e.start() && tk.end[i] <= e.end() || tk.start[i] < e.end() && tk.end[i] > e.start()) {
                    if (tk.start[i] < e.start() && !first) {
                        continue;
                    }
                    if (first || cls != 3) {
                        tags[i] = first ? NerModel.begin(cls) : NerModel.begin(cls) + 1;
                    }
                    first = false;
                }
            }
        }
        return tags;
    }

    static int classIndex(String type) {
        return switch (type) {
            case "per" -> 0;
            case "org" -> 1;
            case "geo" -> 2;
            case "gpe" -> 3;
            default -> -1;
        };
    }

    static int[] viterbi(int[][] f, float[] w, float[] tw) {
        int n = f.length;
        float[] score = new float[n * T];
        int[] back = new int[n * T];
        float[] emit = new float[T];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(emit, 0);
            for (int b : f[i]) {
                int base = b * T;
                for (int t = 0; t < T; t++) {
                    emit[t] += w[base + t];
                }
            }
            for (int t = 0; t < T; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    if (NerModel.allowed(-1, t)) {
                        best = tw[t];
                    }
                } else {
                    for (int p = 0; p < T; p++) {
                        if (!NerModel.allowed(p, t)) {
                            continue;
                        }
                        float v = score[(i - 1) * T + p] + tw[(p + 1) * T + t];
                        if (v > best) {
                            best = v;
                            arg = p;
                        }
                    }
                }
                score[i * T + t] = best + emit[t];
                back[i * T + t] = arg;
            }
        }
        int[] tags = new int[n];
        int bt = 0;
        float bv = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < T; t++) {
            if (score[(n - 1) * T + t] > bv) {
                bv = score[(n - 1) * T + t];
                bt = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = bt;
            bt = back[i * T + bt];
        }
        return tags;
    }
}
