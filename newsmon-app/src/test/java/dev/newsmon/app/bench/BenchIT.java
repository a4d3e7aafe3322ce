package dev.newsmon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmon.app.NewsmonCommand;
import dev.newsmon.core.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code newsmon bench --json} end to end with tiny settings, on its own in-process broker. */
@Timeout(180)
class BenchIT {

    @Test
    void shouldPrintOneJsonObjectWithThroughputAndOrderedPercentilesForBothPipelines() throws Exception {
        Path shared = Path.of(System.getProperty("newsmon.shared.dir", "../../shared"), "data", "articles.jsonl");
        Path articles = Files.isRegularFile(shared) ? shared : Path.of("..", "samples");
        StringWriter out = new StringWriter();
        int code = new CommandLine(new NewsmonCommand()).setOut(new PrintWriter(out, true))
                .execute("bench", "--items", "200", "--rate", "50", "--latency-seconds", "3", "--articles", articles.toString(), "--json");
        assertEquals(0, code);

        String printed = out.toString().trim();
        assertEquals(1, printed.lines().count(), "exactly one JSON object on stdout: " + printed);
        JsonNode root = Json.mapper().readTree(printed);
        assertEquals(List.of("pipeline", "passthrough"), iterable(root.fieldNames()));
        for (String name : List.of("pipeline", "passthrough")) {
            JsonNode p = root.get(name);
            assertTrue(p.get("items_per_s").asDouble() > 0, name + " throughput: " + p);
            JsonNode latency = p.get("latency_ms");
            assertNotNull(latency, name);
            if (!latency.get("p50").isNull()) {
                assertTrue(latency.get("p50").asLong() >= 0);
                assertTrue(latency.get("p50").asLong() <= latency.get("p95").asLong(), name + ": " + latency);
                assertTrue(latency.get("p95").asLong() <= latency.get("p99").asLong(), name + ": " + latency);
            }
        }
        // Every pass-through record reaches the end, so it always has latency figures; newsmon's only
        // when the detector raised alerts.
        assertEquals(150, root.get("passthrough").get("latency_samples").asInt());
        assertTrue(!root.get("passthrough").get("latency_ms").get("p50").isNull());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> all = new java.util.ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }
}
