package dev.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class EnrichServiceIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldEnrichItemsFromARealBrokerAndDeadLetterACorruptOneWithoutStopping() throws Exception {
        NewsmonConfig config = TestKafka.isolatedConfig("enrich", dataDir);
        NewsmonTopics topics = NewsmonTopics.from(config);
        try (EnrichService service = EnrichService.start(config)) {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    KafkaClientConfigs.producer(config, "enrich-it"), new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topics.raw().name(), "corrupt", "\u0000not json".getBytes(StandardCharsets.UTF_8))).get();
                NewsItem good = new NewsItem("good-1", "Troops", "The alliance said troops will withdraw by May.", null, "it", null, System.currentTimeMillis());
                producer.send(new ProducerRecord<>(topics.raw().name(), good.id(),
                        topics.raw().valueSerde().serializer().serialize(topics.raw().name(), good))).get();
            }

            try (TopicReader<String, EnrichedItem> enriched = new TopicReader<>(config.string(dev.newsmon.kafka.config.Setting.KAFKA_BOOTSTRAP_SERVERS), topics.enriched());
                 TopicReader<byte[], byte[]> dead = new TopicReader<>(config.string(dev.newsmon.kafka.config.Setting.KAFKA_BOOTSTRAP_SERVERS), topics.deadLetter())) {
                List<ConsumerRecord<String, EnrichedItem>> out = enriched.readUntil(Duration.ofSeconds(90), r -> !r.isEmpty());
                assertEquals("good-1", out.get(0).key());
                List<ConsumerRecord<byte[], byte[]>> letters = dead.readUntil(Duration.ofSeconds(30), r -> !r.isEmpty());
                assertEquals(1, letters.size());
                assertTrue(new String(letters.get(0).headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8)
                        .contains("not a valid NewsItem"));
            }

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("RUNNING"));
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(metrics.body().contains("newsmon_items_tagged_total"), "domain meter exported");
            assertTrue(metrics.body().contains("kafka_stream"), "Kafka Streams meters exported");
        }
    }
}
