package dev.newsmon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmon.core.Analyzer;
import dev.newsmon.core.actors.DefaultActorTagger;
import dev.newsmon.core.alerts.DefaultAlertDetector;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.topics.DefaultTopicTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread throughput of the actor tagger, the topic tagger and the whole enrich analysis on the bodies of
 * {@code ../shared/data/articles.jsonl} (or {@code -Dnewsmon.articles=FILE}), with the full knowledge base
 * at its real size ({@code kbScale=1}) and with synthetic actors added to make it at least 10 times larger
 * ({@code kbScale=10}: about 18x the actors and 17x the aliases). One operation is one article: the
 * primary score is articles/s; the {@code bytes} counter is UTF-8 bytes of body text per second (divide by 10^6 for MB/s).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar TaggerBenchmark -f 1 -wi 6 -i 5</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class TaggerBenchmark {

    @Param({"1", "10"})
    public int kbScale;

    private List<NewsItem> articles;
    private long[] bytes;
    private DefaultActorTagger actors;
    private DefaultTopicTagger topics;
    private Analyzer analyzer;
    private int next;

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        /** UTF-8 bytes of body text tagged; reported per second. */
        public long bytes;
        private long cpu0;
        private long wall0;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            wall0 = System.nanoTime();
        }

        /** The machine may be shared: also report throughput per CPU-second of the benchmark thread. */
        @org.openjdk.jmh.annotations.TearDown(Level.Iteration)
        public void report() {
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
            long wall = System.nanoTime() - wall0;
            System.out.printf(" [thread cpu %.0f%% of wall; %.2f MB per cpu-second]", 100.0 * cpu / wall, bytes / 1e6 / (cpu / 1e9));
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path file = articlesFile();
        articles = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = m.readTree(line);
                    articles.add(new NewsItem(n.path("id").asText(), null, n.path("body").asText(""), null, null,
                            n.path("published").asText(null), null));
                }
            }
        }
        bytes = new long[articles.size()];
        long total = 0;
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = articles.get(i).body().getBytes(StandardCharsets.UTF_8).length;
            total += bytes[i];
        }
        List<Path> extra = new ArrayList<>();
        if (kbScale > 1) {
            extra.add(syntheticKb(kbScale));
        }
        long t0 = System.nanoTime();
        actors = DefaultActorTagger.load(extra);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        topics = DefaultTopicTagger.load(List.of());
        analyzer = new Analyzer(actors, topics, DefaultAlertDetector.create());
        System.out.printf("%n[setup] %d articles, %.2f MB of body text; knowledge base x%d: %d actors, %d aliases, loaded in %d ms%n",
                articles.size(), total / 1e6, kbScale, actors.knowledgeBase().actorCount(),
                actors.knowledgeBase().aliasCount(), loadMs);
    }

    static Path articlesFile() {
        String prop = System.getProperty("newsmon.articles");
        List<Path> candidates = prop != null ? List.of(Path.of(prop))
                : List.of(Path.of("../shared/data/articles.jsonl"), Path.of("../../shared/data/articles.jsonl"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("articles file not found: looked for " + candidates
                + " (run from the repository root beside ../shared, or pass -Dnewsmon.articles=FILE)");
    }

    /** A user KB file with (scale - 1) times as many synthetic actors and aliases as the built-in one. */
    static Path syntheticKb(int scale) throws IOException {
        int builtInAliases = DefaultActorTagger.load(List.of()).knowledgeBase().aliasCount();
        int target = builtInAliases * (scale - 1);
        Path f = Files.createTempFile("newsmon-kb-x" + scale, ".yaml");
        f.toFile().deleteOnExit();
        Random rnd = new Random(7);
        String[] types = {"PERSON", "ORGANIZATION", "ARMED_GROUP", "LOCATION", "GOVERNMENT"};
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write("actors:\n");
            int made = 0;
            for (int i = 0; made < target; i++) {
                String name = word(rnd) + " " + word(rnd) + (i % 3 == 0 ? " " + word(rnd) : "");
                w.write("  - {id: synthetic-" + i + ", name: " + name + ", type: " + types[i % types.length]
                        + ", aliases: [" + word(rnd) + " " + word(rnd) + ", " + word(rnd).toUpperCase() + ", " + word(rnd) + "]}\n");
                made += 4;
            }
        }
        return f;
    }

    private static String word(Random rnd) {
        String cons = "bcdfghjklmnprstvzk", vow = "aeiou";
        int len = 2 + rnd.nextInt(3);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(cons.charAt(rnd.nextInt(cons.length()))).append(vow.charAt(rnd.nextInt(vow.length())));
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    @Benchmark
    public void actorTagger(Bytes counter, Blackhole bh) {
        int i = next;
        next = i + 1 == articles.size() ? 0 : i + 1;
        bh.consume(actors.tag(articles.get(i)));
        counter.bytes += bytes[i];
    }

    @Benchmark
    public void topicTagger(Bytes counter, Blackhole bh) {
        int i = next;
        next = i + 1 == articles.size() ? 0 : i + 1;
        bh.consume(topics.tag(articles.get(i)));
        counter.bytes += bytes[i];
    }

    /** The whole enrich step: actors, withdrawal and deadline detections (rules and learned judgement), topics. */
    @Benchmark
    public void enrichAnalysis(Bytes counter, Blackhole bh) {
        int i = next;
        next = i + 1 == articles.size() ? 0 : i + 1;
        bh.consume(analyzer.analyze(articles.get(i)));
        counter.bytes += bytes[i];
    }
}
