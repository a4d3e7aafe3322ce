package dev.newsmon.core.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmon.core.Json;
import dev.newsmon.core.actors.ActorTagger;
import dev.newsmon.core.actors.DefaultActorTagger;
import dev.newsmon.core.eval.AlertEvaluation;
import dev.newsmon.core.eval.SharedTexts;
import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.Analysis;
import dev.newsmon.core.model.NewsItem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Trains the {@link AlertJudge} models on hand-labelled sentences, or cross-validates them.
 *
 * <pre>
 * TrainAlertJudge train OUT_DIR LABELS.jsonl...   write the three models (deterministic: same input, same bytes)
 * TrainAlertJudge cv LABELS.jsonl...              5-fold cross-validation of rules + judgement, beside the rules alone
 * </pre>
 * Label files are those of {@code newsmon eval alerts}: lines with their "text", or ids resolved in
 * {@code ../shared/data} (system property {@code newsmon.shared.data} overrides where).
 */
public final class TrainAlertJudge {

    static final int FOLDS = 5;
    static final int EPOCHS = Integer.getInteger("newsmon.judge.epochs", 500);
    static final double RATE = Double.parseDouble(System.getProperty("newsmon.judge.rate", "0.5"));
    static final double L2 = Double.parseDouble(System.getProperty("newsmon.judge.l2", "0.003"));

    /** One labelled sentence with what the rules and the tagger see of it. */
    record Example(String id, boolean withdrawal, String mode, boolean deadline, List<ActorTag> actors,
                   DefaultAlertDetector.Observation seen) {}

    private TrainAlertJudge() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !(args[0].equals("train") && args.length >= 3 || args[0].equals("cv"))) {
            System.err.println("usage: TrainAlertJudge train OUT_DIR LABELS.jsonl... | cv LABELS.jsonl...");
            System.exit(64);
        }
        boolean train = args[0].equals("train");
        List<Path> files = new ArrayList<>();
        for (int i = train ? 2 : 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        SharedTexts texts = System.getProperty("newsmon.shared.data") != null
                ? new SharedTexts(Path.of(System.getProperty("newsmon.shared.data"))) : SharedTexts.beside(Path.of("."));
        ActorTagger tagger = DefaultActorTagger.load(List.of());
        List<Example> examples = examples(files, texts, tagger);
        System.err.printf(Locale.ROOT, "%d labelled sentences, %d withdrawals (%d without a cue word: out of reach),"
                        + " %d deadlines (%d without a cue word)%n", examples.size(),
                examples.stream().filter(Example::withdrawal).count(),
                examples.stream().filter(e -> e.withdrawal() && (e.seen() == null || e.seen().withdrawalFeatures() == null)).count(),
                examples.stream().filter(Example::deadline).count(),
                examples.stream().filter(e -> e.deadline() && (e.seen() == null || e.seen().deadlineFeatures() == null)).count());
        if (train) {
            write(fit(examples), Path.of(args[1]));
        } else {
            crossValidate(files, texts, tagger, examples);
        }
    }

    record Models(LinearModel withdrawal, LinearModel mode, LinearModel deadline) {
        AlertJudge judge() {
            return new AlertJudge(withdrawal, mode, deadline);
        }
    }

    static Models fit(List<Example> examples) {
        List<int[]> wx = new ArrayList<>();
        List<Integer> wy = new ArrayList<>();
        List<int[]> mx = new ArrayList<>();
        List<Integer> my = new ArrayList<>();
        List<int[]> dx = new ArrayList<>();
        List<Integer> dy = new ArrayList<>();
        for (Example e : examples) {
            if (e.seen() == null) {
                continue;
            }
            if (e.seen().withdrawalFeatures() != null) {
                int[] x = e.seen().withdrawalFeatures();
                wx.add(x);
                wy.add(e.withdrawal() ? 1 : 0);
                if (e.withdrawal() && e.mode() != null) {
                    mx.add(x);
                    my.add(List.of(AlertJudge.MODES).indexOf(e.mode()));
                }
            }
            if (e.seen().deadlineFeatures() != null) {
                dx.add(e.seen().deadlineFeatures());
                dy.add(e.deadline() ? 1 : 0);
            }
        }
        return new Models(
                LinearModel.train(AlertJudge.YES_NO, wx, ints(wy), EPOCHS, RATE, L2),
                LinearModel.train(AlertJudge.MODES, mx, ints(my), EPOCHS, RATE, L2),
                LinearModel.train(AlertJudge.YES_NO, dx, ints(dy), EPOCHS, RATE, L2));
    }

    /** The fold of a labelled sentence: CRC32 of its id, mod 5 (stable across runs and files). */
    static int fold(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % FOLDS);
    }

    /** The rules alone and the rules with the judgement, each sentence scored by models trained without its fold. */
    public record CrossValidation(AlertEvaluation rulesAlone, AlertEvaluation judged) {}

    /** 5-fold cross-validation over the label files (texts resolved in {@code texts}). */
    public static CrossValidation crossValidate(List<Path> files, SharedTexts texts) throws IOException {
        ActorTagger tagger = DefaultActorTagger.load(List.of());
        return crossValidate(files, texts, examples(files, texts, tagger));
    }

    private static void crossValidate(List<Path> files, SharedTexts texts, ActorTagger tagger, List<Example> examples) {
        CrossValidation cv = crossValidate(files, texts, examples);
        System.out.println("== the rules alone (no training: the same on every fold)");
        System.out.print(cv.rulesAlone().render());
        System.out.printf(Locale.ROOT, "== rules + learned judgement, 5-fold cross-validated (each sentence scored by the models"
                + " trained without its fold; epochs %d, rate %.3f, l2 %.5f)%n", EPOCHS, RATE, L2);
        System.out.print(cv.judged().render());
        if (Boolean.getBoolean("newsmon.judge.errors")) {
            System.out.print(cv.judged().renderErrors());
        }
    }

    private static CrossValidation crossValidate(List<Path> files, SharedTexts texts, List<Example> examples) {
        DefaultAlertDetector[] byFold = new DefaultAlertDetector[FOLDS];
        for (int k = 0; k < FOLDS; k++) {
            int held = k;
            byFold[k] = new DefaultAlertDetector(fit(examples.stream().filter(e -> fold(e.id()) != held).toList()).judge());
        }
        Map<String, List<ActorTag>> actors = new HashMap<>();
        examples.forEach(e -> actors.put(e.id(), e.actors()));
        DefaultAlertDetector rules = DefaultAlertDetector.rulesOnly();
        // Score all files, or only those named by newsmon.judge.score (e.g. the batches the rules were not written on).
        String only = System.getProperty("newsmon.judge.score");
        if (only != null) {
            List<String> names = List.of(only.split(","));
            files = files.stream().filter(f -> names.stream().anyMatch(n -> f.toString().endsWith(n))).toList();
            System.out.println("scoring only " + files);
        }
        AlertEvaluation rulesAlone = AlertEvaluation.evaluate(files, item -> analysis(item, rules, actors), "all", texts);
        AlertEvaluation judged = AlertEvaluation.evaluate(files,
                item -> analysis(item, byFold[fold(item.id())], actors), "all", texts);
        return new CrossValidation(rulesAlone, judged);
    }

    private static Analysis analysis(NewsItem item, DefaultAlertDetector detector, Map<String, List<ActorTag>> actors) {
        List<ActorTag> found = actors.getOrDefault(item.id(), List.of());
        return new Analysis(item.id(), found, List.of(), detector.detect(item, found));
    }

    static List<Example> examples(List<Path> files, SharedTexts texts, ActorTagger tagger) throws IOException {
        List<Example> out = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.mapper().readTree(line);
                String id = n.path("id").asText();
                String text = n.path("text").isTextual() ? n.path("text").asText() : texts.text(id);
                if (text == null) {
                    throw new IllegalArgumentException(f + ": id " + id + " names no sentence of " + texts.dataDir());
                }
                List<ActorTag> found = tagger.tag(new NewsItem(id, null, text, null, null, null, null));
                out.add(new Example(id, n.path("withdrawal").asBoolean(false),
                        n.path("withdrawal_mode").isTextual() ? n.path("withdrawal_mode").asText() : null,
                        n.path("deadline").asBoolean(false), found,
                        DefaultAlertDetector.observe(text, 0, text.length(), null, found, true)));
            }
        }
        return out;
    }

    /** Trains on the label files and writes the three models into {@code out}; returns the files written. */
    public static List<Path> train(List<Path> files, SharedTexts texts, Path out) throws IOException {
        return write(fit(examples(files, texts, DefaultActorTagger.load(List.of()))), out);
    }

    private static List<Path> write(Models m, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> written = List.of(out.resolve(AlertJudge.WITHDRAWAL), out.resolve(AlertJudge.MODE), out.resolve(AlertJudge.DEADLINE));
        write(m.withdrawal, written.get(0));
        write(m.mode, written.get(1));
        write(m.deadline, written.get(2));
        System.err.println("wrote " + written);
        return written;
    }

    private static int[] ints(List<Integer> xs) {
        return xs.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void write(LinearModel m, Path to) throws IOException {
        try (OutputStream out = Files.newOutputStream(to)) {
            m.write(out);
        }
    }
}
