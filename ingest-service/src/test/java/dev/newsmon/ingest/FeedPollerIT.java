package dev.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.testing.Await;
import dev.newsmon.kafka.testing.TestKafka;
import dev.newsmon.kafka.testing.TopicReader;
import dev.newsmon.kafka.topics.NewsmonTopics;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class FeedPollerIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldIngestEachFeedEntryOnceAcrossPollsAndSurviveABrokenFeed() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        HttpServer feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feeds.createContext("/rss", exchange -> {
            polls.incrementAndGet();
            byte[] body = FeedDecoderTest.RSS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        feeds.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        feeds.start();
        String base = "http://127.0.0.1:" + feeds.getAddress().getPort();
        NewsmonConfig config = TestKafka.isolatedConfig("feeds", dataDir)
                .with(Setting.INGEST_FEED_URLS, base + "/broken," + base + "/rss")
                .with(Setting.INGEST_FEED_INTERVAL, "PT0.5S");
        try (IngestService service = IngestService.start(config, List.of());
             TopicReader<String, NewsItem> raw = new TopicReader<>(config.string(Setting.KAFKA_BOOTSTRAP_SERVERS), NewsmonTopics.from(config).raw())) {
            Await.until(Duration.ofSeconds(60), "the feed is polled three times", () -> polls.get() >= 3);

            raw.readUntil(Duration.ofSeconds(30), r -> !r.isEmpty());
            raw.readUntil(Duration.ofSeconds(2), r -> false);
            assertEquals(1, raw.values().size(), "one entry, ingested once over several polls");
            assertEquals("The brigade will withdraw by Friday.", raw.values().get(0).body());

            String health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + service.httpPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(health.contains("\"outcome\":\"failed\"") && health.contains("HTTP 500"), health);
            assertTrue(health.contains("\"duplicates\":1"), "later polls find only known entries: " + health);
        } finally {
            feeds.stop(0);
        }
    }
}
