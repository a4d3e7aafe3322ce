package dev.newsmon.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmon.core.Json;
import dev.newsmon.core.alerts.AlertDetector;
import dev.newsmon.core.alerts.DefaultAlertDetector;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.Analysis;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Party;
import dev.newsmon.core.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Scores an {@link AlertDetector} on sentence-level labels ({@code alerts_dev.jsonl}: withdrawal yes/no
 * with mode, deadline yes/no, unsure). Each sentence is analysed as an item whose body is the sentence,
 * without a publication date and without actors. A sentence is flagged for a kind if any alert of that
 * kind is raised on it. Reports precision, recall and F1 per kind, the mode accuracy on correctly flagged
 * withdrawals, and the same figures without the sentences marked unsure.
 *
 * <p>Splits: "all", or a deterministic hash split by id ("train": CRC32(id) mod 10 &lt; 7, "test": the rest).
 */
public final class AlertEvaluation {

    /** Counts for one kind. */
    public record KindScore(int tp, int fp, int fn, int tn) {
        public double precision() {
            return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /**
     * One scored sentence: gold and predicted labels. The {@code Boolean} fields say whether the predicted
     * withdrawer, place left, speaker, quantity and deadline phrase are right; null where the gold file does
     * not give that field for the sentence, or the sentence is not a correctly flagged one of that kind.
     */
    public record Row(String id, String text, boolean unsure, boolean goldW, String goldMode, boolean goldD,
                      boolean predW, String predMode, boolean predD, Boolean withdrawerOk, Boolean withdrawerAmongActors,
                      Boolean fromOk, Boolean speakerOk, Boolean quantityOk, Boolean deadlineTextOk) {

        public Row(String id, String text, boolean unsure, boolean goldW, String goldMode, boolean goldD,
                   boolean predW, String predMode, boolean predD) {
            this(id, text, unsure, goldW, goldMode, goldD, predW, predMode, predD, null, null, null, null, null, null);
        }
    }

    private final String file;
    private final String split;
    private final List<Row> rows;

    private AlertEvaluation(String file, String split, List<Row> rows) {
        this.file = file;
        this.split = split;
        this.rows = rows;
    }

    /** Whether a labelled sentence id belongs to a split ("all", "train" or "test"). */
    public static boolean inSplit(String id, String split) {
        if (split == null || split.equals("all")) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        boolean train = crc.getValue() % 10 < 7;
        return switch (split) {
            case "train" -> train;
            case "test" -> !train;
            default -> throw new IllegalArgumentException("split must be all, train or test: " + split);
        };
    }

    /** The detector alone, without actors, on a file whose lines carry their text. */
    public static AlertEvaluation evaluate(Path labelsJsonl, AlertDetector detector, String split) {
        return evaluate(List.of(labelsJsonl), item -> new Analysis(item.id(), List.of(), List.of(), detector.detect(item, List.of())),
                split, null);
    }

    /**
     * Scores the analysis of each labelled sentence (analysed as an item whose body is the sentence, without a
     * publication date). A line without {@code "text"} is resolved by its id through {@code texts}.
     */
    public static AlertEvaluation evaluate(List<Path> labelFiles, Function<NewsItem, Analysis> analyzer, String split,
                                           SharedTexts texts) {
        String s = split == null ? "all" : split.toLowerCase(Locale.ROOT);
        inSplit("x", s); // validates
        List<Row> rows = new ArrayList<>();
        for (Path labelsJsonl : labelFiles) {
            List<String> lines;
            try {
                lines = Files.readAllLines(labelsJsonl, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + labelsJsonl, e);
            }
            int lineNo = 0;
            for (String line : lines) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = Json.mapper().readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(labelsJsonl + ":" + lineNo + ": not JSON: " + e.getMessage(), e);
                }
                String id = n.path("id").asText("line-" + lineNo);
                if (!inSplit(id, s)) {
                    continue;
                }
                if (!n.has("withdrawal") && !n.has("deadline")) {
                    throw new IllegalArgumentException(labelsJsonl + ":" + lineNo + ": no labels (\"withdrawal\", \"deadline\")");
                }
                String text = n.path("text").isTextual() ? n.path("text").asText() : texts == null ? null : texts.text(id);
                if (text == null) {
                    throw new IllegalArgumentException(labelsJsonl + ":" + lineNo + ": no \"text\", and id " + id
                            + " names no sentence of " + (texts == null ? "the shared data" : texts.dataDir()));
                }
                rows.add(score(id, text, n, analyzer.apply(new NewsItem(id, null, text, null, null, null, null))));
            }
        }
        return new AlertEvaluation(labelFiles.size() == 1 ? labelFiles.get(0).toString() : labelFiles.size() + " files",
                s, List.copyOf(rows));
    }

    private static Row score(String id, String text, JsonNode n, Analysis analysis) {
        AlertSignal w = first(analysis, AlertKind.WITHDRAWAL);
        AlertSignal d = first(analysis, AlertKind.DEADLINE);
        boolean goldW = n.path("withdrawal").asBoolean(false);
        boolean goldD = n.path("deadline").asBoolean(false);
        String goldMode = n.path("withdrawal_mode").isTextual() ? n.path("withdrawal_mode").asText() : null;
        int[] gWithdrawer = range(n.path("withdrawer"));
        int[] gFrom = range(n.path("from"));
        int[] gSpeaker = range(n.path("speaker"));
        int[] gDeadline = range(n.path("deadline_text"));
        boolean bothW = goldW && w != null;
        Boolean withdrawerOk = bothW && gWithdrawer != null ? names(w.withdrawer(), gWithdrawer, text, analysis) : null;
        Boolean amongActors = bothW && gWithdrawer != null ? withdrawerOk || w.actors().stream()
                .anyMatch(actorId -> actorAt(actorId, gWithdrawer, analysis)) : null;
        Boolean fromOk = bothW && gFrom != null ? names(w.from(), gFrom, text, analysis)
                || w.place() != null && analysis.actors().stream().anyMatch(a -> w.place().equals(a.name()) && a.id() != null
                        && actorAt(a.id(), gFrom, analysis)) : null;
        Boolean speakerOk = bothW && gSpeaker != null ? names(w.speaker(), gSpeaker, text, analysis) : null;
        Boolean quantityOk = bothW && n.path("quantity").isNumber()
                ? w.quantities().stream().anyMatch(q -> q.value() == n.path("quantity").asLong()) : null;
        Boolean deadlineOk = goldD && d != null && gDeadline != null ? overlaps(d.trigger(), gDeadline) : null;
        return new Row(id, text, n.path("unsure").asBoolean(false), goldW, goldMode, goldD, w != null,
                w == null || w.mode() == null ? null : w.mode().wireName(), d != null,
                withdrawerOk, amongActors, fromOk, speakerOk, quantityOk, deadlineOk);
    }

    private static AlertSignal first(Analysis analysis, AlertKind kind) {
        return analysis.alerts().stream().filter(a -> a.kind() == kind).findFirst().orElse(null);
    }

    private static int[] range(JsonNode n) {
        return n.isArray() && n.size() == 2 ? new int[] {n.get(0).asInt(), n.get(1).asInt()} : null;
    }

    private static boolean overlaps(Span span, int[] gold) {
        return span != null && span.start() < gold[1] && gold[0] < span.end();
    }

    /** A predicted party is right when it names the gold words: its mention, another mention of its actor, or the same name. */
    private static boolean names(Party party, int[] gold, String text, Analysis analysis) {
        if (party == null) {
            return false;
        }
        if (overlaps(party.mention(), gold) || party.id() != null && actorAt(party.id(), gold, analysis)) {
            return true;
        }
        String goldText = strip(text.substring(Math.max(0, gold[0]), Math.min(text.length(), gold[1])));
        return party.name() != null && strip(party.name()).equals(goldText);
    }

    private static String strip(String s) {
        String t = s.toLowerCase(Locale.ROOT).trim();
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    private static boolean actorAt(String actorId, int[] gold, Analysis analysis) {
        for (ActorTag a : analysis.actors()) {
            if (actorId.equals(a.id()) && a.mentions() != null && a.mentions().stream().anyMatch(m -> overlaps(m, gold))) {
                return true;
            }
        }
        return false;
    }

    public List<Row> rows() {
        return rows;
    }

    public KindScore score(AlertKind kind, boolean excludeUnsure) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Row r : rows) {
            if (excludeUnsure && r.unsure()) {
                continue;
            }
            boolean gold = kind == AlertKind.WITHDRAWAL ? r.goldW() : r.goldD();
            boolean pred = kind == AlertKind.WITHDRAWAL ? r.predW() : r.predD();
            if (gold && pred) {
                tp++;
            } else if (pred) {
                fp++;
            } else if (gold) {
                fn++;
            } else {
                tn++;
            }
        }
        return new KindScore(tp, fp, fn, tn);
    }

    /** {correct, total} modes among sentences that are withdrawals in gold and flagged as such. */
    public int[] modeCounts(boolean excludeUnsure) {
        int ok = 0, total = 0;
        for (Row r : rows) {
            if (excludeUnsure && r.unsure() || !(r.goldW() && r.predW())) {
                continue;
            }
            total++;
            if (r.goldMode() != null && r.goldMode().equals(r.predMode())) {
                ok++;
            }
        }
        return new int[] {ok, total};
    }

    /** {correct, total} of one field's judgements (the rows where it applies). */
    public int[] fieldCounts(Function<Row, Boolean> field, boolean excludeUnsure) {
        int ok = 0, total = 0;
        for (Row r : rows) {
            Boolean v = field.apply(r);
            if (v == null || excludeUnsure && r.unsure()) {
                continue;
            }
            total++;
            if (v) {
                ok++;
            }
        }
        return new int[] {ok, total};
    }

    /** The fields scored besides the kinds and the mode, with their names in the report. */
    private static final Map<String, Function<Row, Boolean>> FIELDS = fields();

    private static Map<String, Function<Row, Boolean>> fields() {
        Map<String, Function<Row, Boolean>> f = new LinkedHashMap<>();
        f.put("withdrawer", Row::withdrawerOk);
        f.put("withdrawer_among_actors", Row::withdrawerAmongActors);
        f.put("place", Row::fromOk);
        f.put("speaker", Row::speakerOk);
        f.put("quantity", Row::quantityOk);
        f.put("deadline_phrase", Row::deadlineTextOk);
        return f;
    }

    public double modeAccuracy(boolean excludeUnsure) {
        int[] c = modeCounts(excludeUnsure);
        return c[1] == 0 ? 0.0 : (double) c[0] / c[1];
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Alert evaluation: %s (split %s, %d sentences, %d unsure)%n", file,
                split, rows.size(), rows.stream().filter(Row::unsure).count()));
        for (boolean excl : new boolean[] {false, true}) {
            sb.append(excl ? "Excluding unsure sentences (extra information):\n" : "All sentences of the split:\n");
            for (AlertKind k : AlertKind.values()) {
                KindScore s = score(k, excl);
                sb.append(String.format(Locale.ROOT,
                        "  %-10s  precision %.3f  recall %.3f  F1 %.3f   (tp %d, fp %d, fn %d, tn %d)%n",
                        k, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn(), s.tn()));
            }
            int[] m = modeCounts(excl);
            sb.append(String.format(Locale.ROOT, "  mode accuracy on correctly flagged withdrawals: %.3f (%d/%d)%n",
                    modeAccuracy(excl), m[0], m[1]));
            for (var f : FIELDS.entrySet()) {
                int[] c = fieldCounts(f.getValue(), excl);
                if (c[1] > 0) {
                    sb.append(String.format(Locale.ROOT, "  %-24s %.3f (%d/%d of the correctly flagged sentences that label it)%n",
                            f.getKey().replace('_', ' '), (double) c[0] / c[1], c[0], c[1]));
                }
            }
        }
        return sb.toString();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        out.put("split", split);
        out.put("sentences", rows.size());
        out.put("unsure", rows.stream().filter(Row::unsure).count());
        out.put("all", figures(false));
        out.put("excluding_unsure", figures(true));
        return out;
    }

    private Map<String, Object> figures(boolean excl) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (AlertKind k : AlertKind.values()) {
            KindScore s = score(k, excl);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", round(s.precision()));
            m.put("recall", round(s.recall()));
            m.put("f1", round(s.f1()));
            m.put("tp", s.tp());
            m.put("fp", s.fp());
            m.put("fn", s.fn());
            m.put("tn", s.tn());
            out.put(k.name().toLowerCase(Locale.ROOT), m);
        }
        int[] c = modeCounts(excl);
        Map<String, Object> mode = new LinkedHashMap<>();
        mode.put("accuracy", round(modeAccuracy(excl)));
        mode.put("correct", c[0]);
        mode.put("total", c[1]);
        out.put("withdrawal_mode", mode);
        for (var f : FIELDS.entrySet()) {
            int[] fc = fieldCounts(f.getValue(), excl);
            if (fc[1] > 0) {
                out.put(f.getKey(), Map.of("accuracy", round((double) fc[0] / fc[1]), "correct", fc[0], "total", fc[1]));
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    /** Errors of the detector, one per line, for rule development. */
    public String renderErrors() {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            String tag = "";
            if (r.goldW() != r.predW()) {
                tag += r.predW() ? "W-FP " : "W-FN ";
            } else if (r.goldW() && !java.util.Objects.equals(r.goldMode(), r.predMode())) {
                tag += "MODE " + r.goldMode() + "->" + r.predMode() + " ";
            }
            if (r.goldD() != r.predD()) {
                tag += r.predD() ? "D-FP " : "D-FN ";
            }
            for (var f : FIELDS.entrySet()) {
                if (Boolean.FALSE.equals(f.getValue().apply(r)) && !f.getKey().equals("withdrawer_among_actors")) {
                    tag += f.getKey().toUpperCase(Locale.ROOT) + " ";
                }
            }
            if (!tag.isEmpty()) {
                sb.append(tag).append(r.unsure() ? "U " : "  ").append(r.id()).append("  ").append(r.text()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * {@code java -cp newsmon-core/target/classes:<jackson jars> dev.newsmon.core.eval.AlertEvaluation FILE
     * [all|train|test] [--errors] [--json]}
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: AlertEvaluation LABELS.jsonl [all|train|test] [--errors] [--json]");
            System.exit(64);
        }
        String split = "all";
        boolean errors = false;
        boolean json = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--errors" -> errors = true;
                case "--json" -> json = true;
                default -> split = args[i];
            }
        }
        AlertEvaluation ev = evaluate(Path.of(args[0]), DefaultAlertDetector.create(), split); // no actors: the detector alone
        if (errors) {
            System.out.print(ev.renderErrors());
        }
        System.out.print(json ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ev.toMap()) + "\n"
                : ev.render());
    }
}
