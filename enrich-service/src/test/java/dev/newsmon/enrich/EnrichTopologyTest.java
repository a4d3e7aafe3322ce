package dev.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.actors.ActorTagger;
import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.model.TopicTag;
import dev.newsmon.core.topics.TopicTagger;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.testing.TestDriverConfig;
import dev.newsmon.kafka.topics.NewsmonTopics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    /** Finds one actor and one topic by plain substring: the topology, not the tagger, is under test. */
    private static final ActorTagger NATO_FINDER = item -> {
        int at = item.body().indexOf("NATO");
        return at < 0 ? List.of() : List.of(new ActorTag("Q7184", "NATO", ActorType.ORGANIZATION,
                List.of(Span.of("body", item.body(), at, at + 4))));
    };
    private static final TopicTagger WITHDRAWAL_FINDER = new TopicTagger() {
        @Override
        public List<TopicTag> tag(NewsItem item) {
            int at = item.body().indexOf("withdraw");
            return at < 0 ? List.of() : List.of(new TopicTag("military-withdrawal", 0.9,
                    List.of(Span.of("body", item.body(), at, at + 8))));
        }

        @Override
        public List<String> topicIds() {
            return List.of("military-withdrawal");
        }
    };

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private NewsmonTopics topics;
    private TestInputTopic<String, NewsItem> raw;
    private TestOutputTopic<String, EnrichedItem> enriched;
    private TestOutputTopic<String, EnrichedItem> withdrawal;

    @BeforeEach
    void startDriver() {
        NewsmonConfig config = NewsmonConfig.load(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "unused:9092", "NEWSMON_DATA_DIR", stateDir.toString()));
        topics = NewsmonTopics.from(config);
        Properties props = TestDriverConfig.streamsProperties(config, config.string(Setting.ENRICH_APPLICATION_ID));
        driver = new TopologyTestDriver(EnrichTopology.build(topics, NATO_FINDER, WITHDRAWAL_FINDER,
                new EnrichMetrics(new SimpleMeterRegistry()), Duration.ofDays(7)), props);
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(), topics.raw().valueSerde().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(), new StringDeserializer(), topics.enriched().valueSerde().deserializer());
        var perTopic = topics.forNewsTopic("military-withdrawal");
        withdrawal = driver.createOutputTopic(perTopic.name(), new StringDeserializer(), perTopic.valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldTagAnItemAndRouteItToTheTopicOfEachOfItsNewsTopics() {
        raw.pipeInput("a1", item("a1", "NATO will not withdraw its forces."));
        raw.pipeInput("a2", item("a2", "Markets rose on Monday."));

        List<EnrichedItem> out = enriched.readValuesToList();
        assertEquals(List.of("a1", "a2"), out.stream().map(e -> e.item().id()).toList());
        assertEquals("Q7184", out.get(0).actors().get(0).id());
        assertEquals(List.of("a1"), withdrawal.readValuesToList().stream().map(e -> e.item().id()).toList());
    }

    @Test
    void shouldDropAnItemWhoseIdWasAlreadyEnriched() {
        raw.pipeInput("a1", item("a1", "NATO will not withdraw its forces."));
        raw.pipeInput("a1", item("a1", "NATO will not withdraw its forces."));

        assertEquals(1, enriched.readValuesToList().size());
    }

    @Test
    void shouldSendACorruptRecordToTheDeadLetterTopicAndKeepEnrichingTheNextOne() {
        TestInputTopic<String, byte[]> rawBytes = driver.createInputTopic(topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
        TestOutputTopic<byte[], byte[]> deadLetter = driver.createOutputTopic(topics.deadLetter().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());

        rawBytes.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("a3", item("a3", "NATO troops withdraw."));

        ProducerRecord<byte[], byte[]> dead = toProducerRecord(deadLetter);
        assertEquals("{not json", new String(dead.value(), StandardCharsets.UTF_8));
        Header reason = dead.headers().lastHeader("__streams.errors.exception");
        assertNotNull(reason, "the dead letter says why");
        assertTrue(new String(reason.value(), StandardCharsets.UTF_8).contains("SerializationException"));
        assertEquals(List.of("a3"), enriched.readValuesToList().stream().map(e -> e.item().id()).toList());
    }

    private static ProducerRecord<byte[], byte[]> toProducerRecord(TestOutputTopic<byte[], byte[]> topic) {
        var record = topic.readRecord();
        return new ProducerRecord<>("dead", null, record.key(), record.value(), record.headers());
    }

    private static NewsItem item(String id, String body) {
        return new NewsItem(id, null, body, null, "test-wire", "2021-02-15", 1_000L);
    }
}
