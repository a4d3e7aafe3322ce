package dev.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.NewsItem;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.testing.TestKafka;
import dev.newsmon.kafka.testing.TopicReader;
import dev.newsmon.kafka.topics.NewsmonTopics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class IngestHttpIT {

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private NewsmonConfig config;
    private IngestService service;

    @BeforeEach
    void start() {
        config = TestKafka.isolatedConfig("ingest", dataDir).with(Setting.INGEST_MAX_REQUEST_BYTES, "1048576");
        service = IngestService.start(config, List.of());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void shouldAnswerEveryKindOfBadInputWithAClear4xxStoreNothingAndStayUp() throws Exception {
        assertRefused(400, "application/json", bytes("{\"title\": \"x\", "), "not valid JSON");
        assertRefused(400, "application/json", new byte[0], "empty");
        assertRefused(413, "application/json", bytes("{\"body\":\"" + "a".repeat(1_100_000) + "\"}"), "at most 1048576");
        assertRefused(400, "text/plain; charset=utf-8", new byte[] {'o', 'k', (byte) 0xFF, (byte) 0xFE}, "not valid UTF-8");
        assertRefused(415, "application/pdf", bytes("%PDF-1.4"), "Unsupported Content-Type");
        assertRefused(400, "application/json", bytes("{\"title\": \"no body here\"}"), "'body' is required");
        assertRefused(413, "application/x-ndjson", bytes("{\"body\":\"" + "b".repeat(2 * 1024 * 1024) + "\"}\n"), "bytes");
        assertRefused(400, "application/json", bytes("[]"), "no items");
        assertRefused(400, "application/rss+xml", bytes("<rss><channel><item><title>cut off"), "not a readable RSS or Atom feed");
        assertRefused(400, "application/atom+xml", bytes("<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><feed>&x;</feed>"), "not a readable");

        HttpResponse<String> good = post("application/json", bytes("{\"id\":\"good-1\",\"body\":\"Troops will leave by May.\"}"));
        assertEquals(202, good.statusCode(), good.body());
        assertTrue(good.body().contains("good-1"));

        NewsmonTopics topics = NewsmonTopics.from(config);
        try (TopicReader<String, NewsItem> raw = new TopicReader<>(config.string(Setting.KAFKA_BOOTSTRAP_SERVERS), topics.raw())) {
            raw.readUntil(Duration.ofSeconds(30), r -> !r.isEmpty());
            raw.readUntil(Duration.ofSeconds(2), r -> false);
            assertEquals(List.of("good-1"), raw.values().stream().map(NewsItem::id).toList(), "only the good item reached news.raw");
        }
    }

    @Test
    void shouldAcceptAPlainTextArticleWithMetadataFromTheQuery() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/items?source=desk&title=Talks&published=2021-02-15"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("The alliance will not withdraw before the time is right.")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(202, response.statusCode(), response.body());
        assertTrue(response.body().matches(".*\"accepted\":\\[\"nm-[0-9a-f]{20}\"].*"), response.body());
    }

    private void assertRefused(int status, String contentType, byte[] body, String reason) throws Exception {
        HttpResponse<String> response = post(contentType, body);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("{\"error\":"), "a JSON error: " + response.body());
        assertTrue(response.body().contains(reason), () -> response.body() + " should mention " + reason);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), "still up after bad input");
    }

    private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/items")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + service.httpPort();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
