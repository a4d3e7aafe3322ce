package dev.newsmon.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsmon.core.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The bench's figures as a table for people or as one JSON object for scripts. */
final class BenchReport {

    private final BenchRunner.Figures pipeline;
    private final BenchRunner.Figures passthrough;
    private final String feedDescription;

    BenchReport(BenchRunner.Figures pipeline, BenchRunner.Figures passthrough, String feedDescription) {
        this.pipeline = pipeline;
        this.passthrough = passthrough;
        this.feedDescription = feedDescription;
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("pipeline", figures(pipeline));
        root.put("passthrough", figures(passthrough));
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> figures(BenchRunner.Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items_per_s", Math.round(f.itemsPerSecond() * 10) / 10.0);
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("p50", f.latency().p50());
        latency.put("p95", f.latency().p95());
        latency.put("p99", f.latency().p99());
        m.put("latency_ms", latency);
        m.put("latency_samples", f.latency().samples());
        return m;
    }

    String table() {
        StringBuilder s = new StringBuilder();
        s.append(feedDescription).append('\n');
        s.append(String.format(Locale.ROOT, "%-26s %12s %12s %8s%n", "", "pipeline", "passthrough", "ratio"));
        s.append(row("throughput (items/s)", pipeline.itemsPerSecond(), passthrough.itemsPerSecond(), "%.1f"));
        s.append(row("latency p50 (ms)", p(pipeline.latency().p50()), p(passthrough.latency().p50()), "%.0f"));
        s.append(row("latency p95 (ms)", p(pipeline.latency().p95()), p(passthrough.latency().p95()), "%.0f"));
        s.append(row("latency p99 (ms)", p(pipeline.latency().p99()), p(passthrough.latency().p99()), "%.0f"));
        s.append(String.format(Locale.ROOT, "%-26s %12d %12d%n", "latency samples", pipeline.latency().samples(), passthrough.latency().samples()));
        s.append("ratio = pipeline / passthrough. Throughput: items accepted in phase 1 over the time from the first request\n"
                + "until the last stage's committed offsets covered them. Latency: record timestamp set when the front produced the\n"
                + "item, to arrival at a read_committed consumer of the output topic; for the pipeline only items that raised an alert.\n");
        if (pipeline.latency().samples() == 0) {
            s.append("(no alerts were raised in phase 2, so the pipeline has no latency figures: the detector found nothing in these articles)\n");
        }
        return s.toString();
    }

    private static Double p(Long v) {
        return v == null ? null : v.doubleValue();
    }

    private static String row(String label, Double a, Double b, String format) {
        String ratio = a == null || b == null || b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / b);
        return String.format(Locale.ROOT, "%-26s %12s %12s %8s%n", label, fmt(a, format), fmt(b, format), ratio);
    }

    private static String fmt(Double v, String format) {
        return v == null ? "-" : String.format(Locale.ROOT, format, v);
    }
}
