package dev.newsmon.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmon.core.actors.DefaultActorTagger;
import dev.newsmon.core.model.NewsItem;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Complements {@link TaggerBenchmark} on a shared machine: tags the same corpus with the 1× and the 10×
 * knowledge base in alternating rounds within one JVM, and reports MB per CPU-second of this thread for
 * each, so that both see the same contention and JIT state.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.newsmon.bench.KbScaleComparison [rounds=12]</pre>
 */
public final class KbScaleComparison {

    private KbScaleComparison() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        List<NewsItem> items = new ArrayList<>();
        long bytes = 0;
        ObjectMapper m = new ObjectMapper();
        for (String line : Files.readAllLines(TaggerBenchmark.articlesFile(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String body = m.readTree(line).path("body").asText("");
                items.add(new NewsItem("a", null, body, null, null, null, null));
                bytes += body.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        DefaultActorTagger one = DefaultActorTagger.load(List.of());
        DefaultActorTagger ten = DefaultActorTagger.load(List.of(TaggerBenchmark.syntheticKb(10)));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] best = new double[2];
        long[] mentions = new long[2];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                DefaultActorTagger t = k == 0 ? one : ten;
                long c0 = mx.getCurrentThreadCpuTime();
                long found = 0;
                for (NewsItem it : items) {
                    found += t.tag(it).size();
                }
                double mbPerCpuSecond = bytes / 1e6 / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
                if (r >= rounds / 2) { // second half: warmed up
                    best[k] = Math.max(best[k], mbPerCpuSecond);
                }
                mentions[k] = found;
            }
        }
        System.out.printf("KB 1x : %.2f MB per cpu-second (best of the last %d rounds), %d actors found%n", best[0], rounds - rounds / 2, mentions[0]);
        System.out.printf("KB 10x: %.2f MB per cpu-second (best of the last %d rounds), %d actors found%n", best[1], rounds - rounds / 2, mentions[1]);
    }
}
