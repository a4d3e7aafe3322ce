package dev.newsmon.core.topics;

import dev.newsmon.core.UserFileException;
import dev.newsmon.core.YamlFiles;

import dev.newsmon.core.actors.ner.Tokens;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.model.TopicTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Taxonomy-driven topic tagger: the built-in {@code kb/topics.yaml} plus user files (same format; a topic
 * with an existing id replaces it). Cue words are compared by a light stem, so inflections match; the
 * score of a topic is {@code 1 - exp(-evidence)}; every matched cue is returned as evidence.
 * Immutable and thread-safe.
 */
public final class DefaultTopicTagger implements TopicTagger {

    public static final String BUILT_IN = "kb/topics.yaml";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private record Cue(int topic, String[] words, boolean[] prefix, double weight, int index, boolean context) {}

    /** {@code fromDetections}: the detection kind that gives this topic, or null for a cue topic. */
    private record Topic(String id, double minScore, boolean needsContext, AlertKind fromDetections) {}

    private final List<Topic> topics = new ArrayList<>();
    /** First word (stem, or prefix for "word*") → cues starting with it. */
    private final Map<String, List<Cue>> byFirst = new HashMap<>();
    private final List<Cue> prefixFirst = new ArrayList<>();
    private int cueCount;

    public static DefaultTopicTagger load(List<Path> userFiles) {
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        try (InputStream in = DefaultTopicTagger.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in taxonomy " + BUILT_IN);
            }
            merge(specs, YamlFiles.read(in, BUILT_IN, TopicSpec.File.class, TOP_KEYS), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN, e);
        }
        for (Path p : userFiles == null ? List.<Path>of() : userFiles) {
            try (InputStream in = Files.newInputStream(p)) {
                merge(specs, YamlFiles.read(in, p.toString(), TopicSpec.File.class, TOP_KEYS), p.toString());
            } catch (UserFileException e) {
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read topic file " + p + ": " + e.getMessage(), e);
            }
        }
        return new DefaultTopicTagger(new ArrayList<>(specs.values()));
    }

    private static final String TOP_KEYS = "topics:";

    private static void merge(Map<String, TopicSpec> specs, TopicSpec.File f, String source) {
        if (f == null) {
            return; // an empty file adds nothing
        }
        for (TopicSpec t : f.topics) {
            if (t == null) {
                throw new UserFileException(source + ": an empty entry in topics");
            }
            if (t.id == null || !SLUG.matcher(t.id).matches()) {
                throw new UserFileException(source + ": topic id must be a lowercase slug ([a-z0-9-]): " + t.id);
            }
            if (t.detections != null && !t.remove) {
                if (!t.detections.equals("WITHDRAWAL") && !t.detections.equals("DEADLINE")) {
                    throw new UserFileException(source + ": topic " + t.id + ": detections must be WITHDRAWAL or DEADLINE, not "
                            + t.detections);
                }
                if (!t.cues.isEmpty()) {
                    throw new UserFileException(source + ": topic " + t.id + ": a topic given by detections has no cues");
                }
            } else if (!t.remove && t.cues.isEmpty()) {
                throw new UserFileException(source + ": topic " + t.id + ": no cues (and no detections)");
            }
            specs.remove(t.id);
            if (!t.remove) {
                specs.put(t.id, t);
            }
        }
    }

    public DefaultTopicTagger(List<TopicSpec> specs) {
        Tokens tk = new Tokens();
        for (TopicSpec s : specs) {
            int ti = topics.size();
            topics.add(new Topic(s.id, s.min_score, !s.context.isEmpty(),
                    s.detections == null ? null : AlertKind.valueOf(s.detections)));
            List<TopicSpec.Cue> all = new ArrayList<>(s.cues);
            all.addAll(s.context);
            for (TopicSpec.Cue c : all) {
                boolean isContext = s.context.contains(c);
                if (c.phrase == null || c.phrase.isBlank()) {
                    continue;
                }
                tk.reset(c.phrase.trim());
                List<String> words = new ArrayList<>();
                List<Boolean> prefix = new ArrayList<>();
                for (int i = 0; i < tk.n; i++) {
                    String w = tk.token(i);
                    if (w.equals("*") && !words.isEmpty()) {
                        prefix.set(prefix.size() - 1, true);
                        String last = words.remove(words.size() - 1);
                        words.add(last.toLowerCase(Locale.ROOT));
                        continue;
                    }
                    words.add(Stemmer.stem(w));
                    prefix.add(false);
                }
                if (words.isEmpty()) {
                    continue;
                }
                boolean[] pf = new boolean[prefix.size()];
                for (int i = 0; i < pf.length; i++) {
                    pf[i] = prefix.get(i);
                }
                Cue cue = new Cue(ti, words.toArray(new String[0]), pf, c.weight, cueCount++, isContext);
                if (pf[0]) {
                    prefixFirst.add(cue);
                } else {
                    byFirst.computeIfAbsent(cue.words[0], k -> new ArrayList<>()).add(cue);
                }
            }
        }
        // Longer cues first, so that "peace agreement" claims its words before "agreement" does.
        byFirst.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
        prefixFirst.sort((a, b) -> b.words.length - a.words.length);
    }

    public List<String> topicIds() {
        return topics.stream().map(Topic::id).toList();
    }

    @Override
    public List<TopicTag> tag(NewsItem item, List<AlertSignal> detections) {
        List<TopicTag> out = new ArrayList<>(tag(item));
        for (Topic t : topics) {
            if (t.fromDetections() == null) {
                continue;
            }
            List<Span> triggers = new ArrayList<>();
            for (AlertSignal d : detections) {
                if (d.kind() == t.fromDetections() && d.trigger() != null && !triggers.contains(d.trigger())) {
                    triggers.add(d.trigger());
                }
            }
            if (!triggers.isEmpty()) {
                // one detection 0.9, two 0.99, …: the detector has already judged each one
                out.add(new TopicTag(t.id(), Math.round((1 - Math.pow(0.1, triggers.size())) * 1000) / 1000.0, List.copyOf(triggers)));
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    @Override
    public List<TopicTag> tag(NewsItem item) {
        double[] evidence = new double[topics.size()];
        int[] seen = new int[cueCount];
        List<List<Span>> spans = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            spans.add(new ArrayList<>());
        }
        boolean[] inContext = new boolean[topics.size()];
        scan("title", item.title(), 1.5, evidence, seen, spans, inContext);
        scan("body", item.body(), 1.0, evidence, seen, spans, inContext);
        List<TopicTag> out = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            double score = 1 - Math.exp(-evidence[i]);
            if (topics.get(i).fromDetections() == null && score >= topics.get(i).minScore() && !spans.get(i).isEmpty() && (inContext[i] || !topics.get(i).needsContext())) {
                out.add(new TopicTag(topics.get(i).id(), Math.round(score * 1000) / 1000.0, List.copyOf(spans.get(i))));
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    private void scan(String field, String text, double fieldWeight, double[] evidence, int[] seen, List<List<Span>> spans,
                      boolean[] inContext) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Tokens tk = new Tokens();
        tk.reset(text);
        String[] stems = new String[tk.n];
        String[] lower = new String[tk.n];
        for (int i = 0; i < tk.n; i++) {
            lower[i] = tk.token(i).toLowerCase(Locale.ROOT);
            stems[i] = Stemmer.stem(lower[i]);
        }
        for (int i = 0; i < tk.n; i++) {
            List<Cue> cands = byFirst.get(stems[i]);
            if (cands != null) {
                for (Cue c : cands) {
                    tryCue(c, i, field, tk, stems, lower, fieldWeight, evidence, seen, spans, inContext);
                }
            }
            for (Cue c : prefixFirst) {
                tryCue(c, i, field, tk, stems, lower, fieldWeight, evidence, seen, spans, inContext);
            }
        }
    }

    private static void tryCue(Cue c, int i, String field, Tokens tk, String[] stems, String[] lower, double fieldWeight,
                               double[] evidence, int[] seen, List<List<Span>> spans, boolean[] inContext) {
        if (i + c.words.length > tk.n) {
            return;
        }
        for (int k = 0; k < c.words.length; k++) {
            boolean ok = c.prefix[k] ? lower[i + k].startsWith(c.words[k]) : stems[i + k].equals(c.words[k]);
            if (!ok) {
                return;
            }
        }
        if (c.context) {
            inContext[c.topic] = true;
            return;
        }
        int end = i + c.words.length - 1;
        List<Span> have = spans.get(c.topic);
        int a = tk.start[i], b = tk.end[end];
        for (int k = have.size() - 1; k >= 0; k--) {
            Span o = have.get(k);
            if (o.field().equals(field) && o.start() < b && a < o.end()) {
                return; // these words already count for this topic
            }
        }
        double w = c.weight * fieldWeight * (seen[c.index] == 0 ? 1.0 : 0.5 / seen[c.index]);
        seen[c.index]++;
        evidence[c.topic] += w;
        have.add(Span.of(field, tk.text, a, b));
    }
}
