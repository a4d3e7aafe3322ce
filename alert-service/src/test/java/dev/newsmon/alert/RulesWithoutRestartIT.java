package dev.newsmon.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.Alert;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.testing.TestKafka;
import dev.newsmon.kafka.testing.TopicReader;
import dev.newsmon.kafka.topics.NewsmonTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class RulesWithoutRestartIT {

    private static final String RULES = """
            rules:
              - id: zero-hour
                kind: DEADLINE
                phrases: {any: [zero hour]}
                severity: high
            """;

    @TempDir
    Path dataDir;

    @Test
    void shouldApplyARulePublishedToTheRulesTopicWithoutARestart() throws Exception {
        NewsmonConfig config = TestKafka.isolatedConfig("rules", dataDir);
        NewsmonTopics topics = NewsmonTopics.from(config);
        String bootstrap = config.string(Setting.KAFKA_BOOTSTRAP_SERVERS);
        try (AlertService service = AlertService.start(config, List.of());
             KafkaProducer<String, EnrichedItem> items = new KafkaProducer<>(KafkaClientConfigs.producer(config, "rules-it"),
                     new StringSerializer(), topics.enriched().valueSerde().serializer());
             KafkaProducer<String, String> rules = new KafkaProducer<>(KafkaClientConfigs.producer(config, "rules-it-apply"),
                     new StringSerializer(), new StringSerializer());
             TopicReader<String, Alert> alerts = new TopicReader<>(bootstrap, topics.alerts())) {
            assertTrue(service.streams().awaitRunning(Duration.ofSeconds(90)));

            // A built-in withdrawal alert shows the item before the rule has been processed (under no rules).
            items.send(new ProducerRecord<>(topics.enriched().name(), "before", item("before",
                    "The army will withdraw its troops from the valley, and commanders fixed zero hour for the evacuation."))).get();
            assertTrue(alerts.readUntil(Duration.ofSeconds(60), r -> !r.isEmpty()).stream()
                    .allMatch(r -> r.value().kind() == AlertKind.WITHDRAWAL), "only the built-in withdrawal alert before the rule");
            rules.send(new ProducerRecord<>(topics.rules().name(), "rules", RULES)).get();
            // The rule is in the global table once an item after it is processed under it; retry with fresh items until then.
            List<Alert> seen = List.of();
            for (int attempt = 0; attempt < 20 && seen.isEmpty(); attempt++) {
                String id = "after-" + attempt;
                items.send(new ProducerRecord<>(topics.enriched().name(), id, item(id, "Commanders fixed zero hour for the evacuation of town " + attempt + "."))).get();
                seen = alerts.readUntil(Duration.ofSeconds(3), r -> r.stream().anyMatch(x -> x.value().kind() == AlertKind.DEADLINE))
                        .stream().map(r -> r.value()).filter(a -> a.kind() == AlertKind.DEADLINE).toList();
            }

            assertTrue(!seen.isEmpty(), "the published rule raised an alert");
            Alert alert = seen.get(seen.size() - 1);
            assertEquals("high", alert.severity());
            assertTrue(alert.itemIds().stream().allMatch(id -> id.startsWith("after-")), "the item before the rule raised nothing: " + alert.itemIds());
            assertTrue(alert.history().stream().anyMatch(h -> h.contains("matched rule(s) zero-hour")), alert.history().toString());
        }
    }

    private static EnrichedItem item(String id, String body) {
        return new EnrichedItem(new NewsItem(id, null, body, null, "desk", "2024-01-10", System.currentTimeMillis()), List.of(), List.of());
    }
}
