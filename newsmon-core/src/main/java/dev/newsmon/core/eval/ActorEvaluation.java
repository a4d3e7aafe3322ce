package dev.newsmon.core.eval;

import dev.newsmon.core.actors.ActorTagger;
import dev.newsmon.core.actors.TrainingSet;
import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores an {@link ActorTagger} against gold entity spans (CONTRACT.md, "Scoring"): each sentence is tagged
 * as the body of an item; PERSON counts as per, ORGANIZATION/GOVERNMENT/ARMED_GROUP as org, COUNTRY/LOCATION
 * as geo. Gold gpe/tim/art/eve/nat spans are neutral: a prediction that is not a true positive and overlaps
 * one is neither a true nor a false positive. Strict: same span and type; lenient: overlapping span, same type.
 * Precision counts predictions, recall counts gold spans.
 */
public final class ActorEvaluation {

    public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    private final String split;
    private int sentences;
    private long nanos;
    /** [strict=0|lenient=1][type] counts. */
    private final int[][] tpPred = new int[2][3], fp = new int[2][3], tpGold = new int[2][3], fn = new int[2][3];

    private ActorEvaluation(String split) {
        this.split = split;
    }

    private record P(int start, int end, int type) {}

    /** The split that keeps only sentences whose text the tagger's model was not trained on. */
    public static final String UNSEEN = "unseen";

    /** Scored sentences the tagger's model was trained on (when its training set is known). */
    int seenInTraining;
    boolean trainingSetKnown;

    public int seenInTraining() {
        return seenInTraining;
    }

    public static ActorEvaluation evaluate(Path goldJsonl, ActorTagger tagger, String split) {
        TrainingSet seen = tagger.trainingSet();
        boolean unseenOnly = UNSEEN.equals(split);
        if (unseenOnly && seen == null) {
            throw new IllegalArgumentException("--split unseen needs a model that says which sentences it was trained on");
        }
        List<GoldSentence> gold;
        try {
            gold = GoldSentence.read(goldJsonl, unseenOnly ? "all" : split);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldJsonl, e);
        }
        if (unseenOnly) {
            gold = gold.stream().filter(s -> !seen.contains(s.text())).toList();
        }
        ActorEvaluation ev = new ActorEvaluation(split);
        ev.trainingSetKnown = seen != null;
        long t0 = System.nanoTime();
        for (GoldSentence s : gold) {
            if (seen != null && seen.contains(s.text())) {
                ev.seenInTraining++;
            }
            List<ActorTag> tags = tagger.tag(new NewsItem(s.id(), null, s.text(), null, null, null, null));
            Set<P> preds = new LinkedHashSet<>();
            for (ActorTag t : tags) {
                for (Span m : t.mentions()) {
                    if ("body".equals(m.field())) {
                        preds.add(new P(m.start(), m.end(), typeIndex(t.type())));
                    }
                }
            }
            ev.score(s, new ArrayList<>(preds));
        }
        ev.nanos = System.nanoTime() - t0;
        ev.sentences = gold.size();
        return ev;
    }

    static int typeIndex(ActorType t) {
        return switch (t) {
            case PERSON -> 0;
            case ORGANIZATION, GOVERNMENT, ARMED_GROUP -> 1;
            case COUNTRY, LOCATION -> 2;
        };
    }

    static int goldIndex(String type) {
        return switch (type) {
            case "per" -> 0;
            case "org" -> 1;
            case "geo" -> 2;
            default -> -1;
        };
    }

    private void score(GoldSentence s, List<P> preds) {
        List<P> gold = new ArrayList<>();
        List<P> neutral = new ArrayList<>();
        for (GoldSentence.GoldSpan g : s.entities()) {
            int gi = goldIndex(g.type());
            (gi < 0 ? neutral : gold).add(new P(g.start(), g.end(), gi));
        }
        for (int mode = 0; mode < 2; mode++) {
            for (P p : preds) {
                boolean tp = false;
                for (P g : gold) {
                    if (g.type == p.type && (mode == 0 ? g.start == p.start && g.end == p.end : overlaps(g, p))) {
                        tp = true;
                        break;
                    }
                }
                if (tp) {
                    tpPred[mode][p.type]++;
                } else if (neutral.stream().noneMatch(nn -> overlaps(nn, p))) {
                    fp[mode][p.type]++;
                }
            }
            for (P g : gold) {
                boolean found = false;
                for (P p : preds) {
                    if (g.type == p.type && (mode == 0 ? g.start == p.start && g.end == p.end : overlaps(g, p))) {
                        found = true;
                        break;
                    }
                }
                if (found) {
                    tpGold[mode][g.type]++;
                } else {
                    fn[mode][g.type]++;
                }
            }
        }
    }

    private static boolean overlaps(P a, P b) {
        return a.start < b.end && b.start < a.end;
    }

    /** Precision, recall, F1 for a mode (0 strict, 1 lenient) and type index (0..2, or -1 for overall). */
    public double[] prf(int mode, int type) {
        int tpp = 0, f = 0, tpg = 0, n = 0;
        for (int t = 0; t < 3; t++) {
            if (type < 0 || t == type) {
                tpp += tpPred[mode][t];
                f += fp[mode][t];
                tpg += tpGold[mode][t];
                n += fn[mode][t];
            }
        }
        double p = tpp + f == 0 ? 0 : tpp / (double) (tpp + f);
        double r = tpg + n == 0 ? 0 : tpg / (double) (tpg + n);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f1, tpp, f, tpg, n};
    }

    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "actor evaluation: %d sentences (split %s), %.1f s%n", sentences, split, nanos / 1e9));
        if (!trainingSetKnown) {
            b.append("  (the model in use does not say which sentences it was trained on)\n");
        } else if (seenInTraining > 0) {
            b.append(String.format(Locale.ROOT, "  WARNING: the model in use was trained on %d of these %d sentences (same text): the figures"
                    + " overstate its quality; --split unseen scores only the others%n", seenInTraining, sentences));
        } else {
            b.append("  none of these sentences was used to train the model in use\n");
        }
        for (int mode = 0; mode < 2; mode++) {
            b.append(mode == 0 ? "strict (same span and type)\n" : "lenient (overlapping span, same type)\n");
            b.append(String.format(Locale.ROOT, "  %-8s %9s %9s %9s %8s %8s %8s %8s%n", "type", "precision", "recall", "F1", "TP(pred)", "FP", "TP(gold)", "FN"));
            for (int t = -1; t < 3; t++) {
                int ti = t < 0 ? 3 : t;
                if (ti == 3) {
                    continue;
                }
                row(b, TYPES.get(t), prf(mode, t));
            }
            row(b, "overall", prf(mode, -1));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, double[] v) {
        b.append(String.format(Locale.ROOT, "  %-8s %9.4f %9.4f %9.4f %8d %8d %8d %8d%n", name, v[0], v[1], v[2], (int) v[3], (int) v[4], (int) v[5], (int) v[6]));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("split", split);
        m.put("sentences", sentences);
        m.put("seen_in_training", trainingSetKnown ? seenInTraining : null);
        for (int mode = 0; mode < 2; mode++) {
            Map<String, Object> byType = new LinkedHashMap<>();
            for (int t = -1; t < 3; t++) {
                double[] v = prf(mode, t);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("precision", v[0]);
                row.put("recall", v[1]);
                row.put("f1", v[2]);
                row.put("tp_predicted", (int) v[3]);
                row.put("fp", (int) v[4]);
                row.put("tp_gold", (int) v[5]);
                row.put("fn", (int) v[6]);
                byType.put(t < 0 ? "overall" : TYPES.get(t), row);
            }
            m.put(mode == 0 ? "strict" : "lenient", byType);
        }
        return m;
    }

    /** {@code ActorEvaluation GOLD.jsonl [--split all|train|test] [--model FILE]}: prints the table. */
    public static void main(String[] args) {
        String split = "all";
        Path gold = null;
        Path modelFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = args[++i];
                case "--model" -> modelFile = Path.of(args[++i]);
                default -> gold = Path.of(args[i]);
            }
        }
        if (gold == null) {
            System.err.println("usage: ActorEvaluation GOLD.jsonl [--split all|train|test] [--model FILE]");
            System.exit(64);
        }
        ActorTagger tagger = dev.newsmon.core.actors.DefaultActorTagger.load(List.of(), modelFile);
        System.out.print(evaluate(gold, tagger, split).render());
    }
}
