package dev.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertSignal;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class RulesWithoutRestartIT {


    @TempDir
    Path dataDir;

    @Test
    void shouldApplyARulePublishedToTheRulesTopicWithoutARestart() throws Exception {
        NewsmonConfig config = TestKafka.isolatedConfig("rules", dataDir);
        NewsmonTopics topics = NewsmonTopics.from(config);
        String bootstrap = config.string(Setting.KAFKA_BOOTSTRAP_SERVERS);
        try (EnrichService service = EnrichService.start(config);
             KafkaProducer<String, NewsItem> items = new KafkaProducer<>(KafkaClientConfigs.producer(config, "rules-it"),
                     new StringSerializer(), topics.raw().valueSerde().serializer());
             KafkaProducer<String, String> rules = new KafkaProducer<>(KafkaClientConfigs.producer(config, "rules-it-apply"),
                     new StringSerializer(), new StringSerializer());
             TopicReader<String, EnrichedItem> enriched = new TopicReader<>(bootstrap, topics.enriched())) {
            assertTrue(service.streams().awaitRunning(Duration.ofSeconds(90)));

            // Under no rules the built-in detector alone decides: a withdrawal, and no deadline for "zero hour".
            items.send(new ProducerRecord<>(topics.raw().name(), "before", item("before",
                    "The army will withdraw its troops from the valley, and commanders fixed zero hour for the evacuation."))).get();
            List<ConsumerRecord<String, EnrichedItem>> first = enriched.readUntil(Duration.ofSeconds(60), r -> !r.isEmpty());
            assertEquals(List.of(AlertKind.WITHDRAWAL), first.get(0).value().detections().stream().map(AlertSignal::kind).toList());

            rules.send(new ProducerRecord<>(topics.rules().name(), "rules", TestRules.ZERO_HOUR)).get();
            // The rule is in the global table once an item after it is processed under it; retry with fresh items until then.
            AlertSignal ruled = null;
            for (int attempt = 0; attempt < 20 && ruled == null; attempt++) {
                String id = "after-" + attempt;
                items.send(new ProducerRecord<>(topics.raw().name(), id, item(id, "Commanders fixed zero hour for the evacuation of town " + attempt + "."))).get();
                ruled = enriched.readUntil(Duration.ofSeconds(3), r -> r.stream().anyMatch(x -> hasRule(x.value())))
                        .stream().map(ConsumerRecord::value).filter(RulesWithoutRestartIT::hasRule)
                        .flatMap(e -> e.detections().stream()).findFirst().orElse(null);
            }

            assertTrue(ruled != null, "the published rule raised a detection");
            assertEquals(AlertKind.DEADLINE, ruled.kind());
            assertEquals("high", ruled.severity());
            assertTrue(ruled.patterns().contains("rule:zero-hour"), ruled.patterns().toString());
        }
    }

    private static boolean hasRule(EnrichedItem e) {
        return e.detections().stream().anyMatch(d -> "zero-hour".equals(d.rule()));
    }

    private static NewsItem item(String id, String body) {
        return new NewsItem(id, null, body, null, "desk", "2024-01-10", System.currentTimeMillis());
    }
}
