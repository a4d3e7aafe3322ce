package dev.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.NewsItem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemIntakeTest {

    private static final String JSON = "application/json";
    private final List<NewsItem> stored = new ArrayList<>();
    private final ItemIntake intake = new ItemIntake(new ItemLimits(10_000, 2_000, 100, 50, 200, 50), 100,
            stored::addAll, new SimpleMeterRegistry(), () -> 42L);

    @Test
    void shouldNormaliseWhitespaceAndStampTheIngestTime() {
        intake.accept(JSON, bytes("{\"id\":\"a1\",\"title\":\"  NATO \\t talks \",\"body\":\"Line one.\\r\\n\\r\\n\\r\\n\\r\\nLine\\u00a0 two.\\u0000  \"}"), Map.of());

        NewsItem item = stored.get(0);
        assertEquals("NATO talks", item.title());
        assertEquals("Line one.\n\nLine two.", item.body());
        assertEquals(42L, item.ingestedAt());
    }

    @Test
    void shouldDeriveTheSameIdForTheSameContent() {
        var first = intake.accept("text/plain", bytes("Troops will leave by May."), Map.of("source", "wire-a"));
        var again = intake.accept("text/plain", bytes("Troops  will leave by May.\n"), Map.of("source", "wire-b"));

        assertTrue(first.accepted().get(0).startsWith("nm-"));
        assertEquals(first.accepted(), again.duplicates(), "same normalised content is a duplicate");
        assertEquals(1, stored.size());
    }

    @Test
    void shouldDropARepeatedIdAndRepeatsInsideOneRequest() {
        intake.accept(JSON, bytes("{\"id\":\"x\",\"body\":\"first text\"}"), Map.of());
        var result = intake.accept("application/x-ndjson",
                bytes("{\"id\":\"x\",\"body\":\"other text\"}\n{\"id\":\"y\",\"body\":\"new\"}\n{\"id\":\"y\",\"body\":\"new\"}\n"), Map.of());

        assertEquals(List.of("y"), result.accepted());
        assertEquals(List.of("x", "y"), result.duplicates());
    }

    @Test
    void shouldRefuseAWholeBatchWhenOneItemIsInvalidAndSayWhich() {
        var error = assertThrows(BadInputException.class, () -> intake.accept(JSON,
                bytes("[{\"body\":\"fine\"},{\"title\":\"no body\"},{\"body\":\"ok\",\"published\":\"yesterday\"}]"), Map.of()));

        assertEquals(400, error.status());
        assertEquals(2, error.problems().size());
        assertTrue(error.problems().get(0).contains("item 1") && error.problems().get(0).contains("'body' is required"));
        assertTrue(error.problems().get(1).contains("'published' must be an ISO-8601"));
        assertTrue(stored.isEmpty(), "nothing of a refused batch is stored");
    }

    @Test
    void shouldRefuseBadInputWithAStatusThatSaysWhy() {
        assertStatus(400, JSON, bytes(""), "empty");
        assertStatus(400, JSON, bytes("{\"body\": \"unterminated"), "not valid JSON");
        assertStatus(400, JSON, new byte[] {'{', '"', 'b', (byte) 0xC3, (byte) 0x28, '"', '}'}, "not valid UTF-8");
        assertStatus(415, "application/xml", bytes("<item/>"), "Unsupported Content-Type");
        assertStatus(400, JSON, bytes("{\"body\": 12}"), "'body' must be a string");
        assertStatus(400, JSON, bytes("{\"body\": \"x\", \"url\": \"javascript:alert(1)\"}"), "'url' must be an http(s) URL");
        assertStatus(400, JSON, bytes("{\"body\": \"x\", \"id\": \"has spaces in it\"}"), "'id' must be");
        assertStatus(400, JSON, bytes("{\"body\": \"\\ud800 broken\"}"), "unpaired");
        assertStatus(400, JSON, bytes("{\"body\": \"" + "x".repeat(2_001) + "\"}"), "at most 2000");
        assertStatus(400, JSON, bytes("\"just a string\""), "object or an array");
        assertTrue(stored.isEmpty());
    }

    @Test
    void shouldKeepHostileMarkupAsPlainText() {
        intake.accept(JSON, bytes("{\"title\":\"<script>alert(1)</script>\",\"body\":\"<img src=x onerror=alert(1)>\"}"), Map.of());

        assertEquals("<script>alert(1)</script>", stored.get(0).title(), "escaping is the job of whoever renders it");
    }

    private void assertStatus(int status, String type, byte[] body, String reason) {
        var error = assertThrows(BadInputException.class, () -> intake.accept(type, body, Map.of()));
        assertEquals(status, error.status(), error.getMessage());
        assertTrue(error.getMessage().contains(reason), () -> "'" + error.getMessage() + "' should mention " + reason);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
