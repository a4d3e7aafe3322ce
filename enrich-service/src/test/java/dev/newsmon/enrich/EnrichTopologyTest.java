package dev.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.Analyzer;
import dev.newsmon.core.actors.ActorTagger;
import dev.newsmon.core.alerts.AlertDetector;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.rules.RuleSet;
import dev.newsmon.core.topics.DefaultTopicTagger;
import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.model.TopicTag;
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
    /** "withdraw" anywhere in the body is a refused withdrawal by NATO: the topology, not the detector, is under test. */
    private static final AlertDetector WITHDRAW_FINDER = (item, actors) -> {
        int at = item.body().indexOf("withdraw");
        return at < 0 ? List.of() : List.of(new AlertSignal(AlertKind.WITHDRAWAL, AlertMode.REFUSED,
                Span.of("body", item.body(), 0, item.body().length()), Span.of("body", item.body(), at, at + 8),
                actors.stream().map(ActorTag::id).toList(), null, List.of(), null));
    };


    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private NewsmonTopics topics;
    private TestInputTopic<String, NewsItem> raw;
    private TestOutputTopic<String, EnrichedItem> enriched;
    private TestOutputTopic<String, EnrichedItem> withdrawal;
    private TestInputTopic<String, String> rules;

    @BeforeEach
    void startDriver() {
        NewsmonConfig config = NewsmonConfig.load(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "unused:9092", "NEWSMON_DATA_DIR", stateDir.toString()));
        topics = NewsmonTopics.from(config);
        Properties props = TestDriverConfig.streamsProperties(config, config.string(Setting.ENRICH_APPLICATION_ID));
        Analyzer analyzer = new Analyzer(NATO_FINDER, DefaultTopicTagger.load(List.of()), WITHDRAW_FINDER);
        driver = new TopologyTestDriver(EnrichTopology.build(topics, analyzer, RuleSet.EMPTY,
                new EnrichMetrics(new SimpleMeterRegistry()), Duration.ofDays(7)), props);
        rules = driver.createInputTopic(topics.rules().name(), new StringSerializer(), new StringSerializer());
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
    void shouldCarryTheDetectionsWithTheirStoryShinglesAndDeriveTheWithdrawalTopicFromThem() {
        raw.pipeInput("a1", item("a1", "NATO will not withdraw its forces from the country."));

        EnrichedItem out = enriched.readValue();
        assertEquals(1, out.detections().size());
        AlertSignal detection = out.detections().get(0);
        assertEquals(AlertKind.WITHDRAWAL, detection.kind());
        assertEquals(List.of("Q7184"), detection.actors());
        assertFalse(detection.shingles().isEmpty(), "alert-service groups stories by these, without reading text");
        TopicTag topic = out.topics().stream().filter(t -> t.id().equals("military-withdrawal")).findFirst().orElseThrow();
        assertEquals(List.of(detection.trigger()), topic.evidence(), "the topic's evidence is the detection's trigger");
    }

    @Test
    void shouldApplyARulePublishedToTheRulesTopicToTheNextItem() {
        raw.pipeInput("r1", item("r1", "Commanders fixed zero hour for the evacuation."));
        assertTrue(enriched.readValue().detections().isEmpty(), "no rule in force yet");

        rules.pipeInput("rules", TestRules.ZERO_HOUR);
        raw.pipeInput("r2", item("r2", "Commanders fixed zero hour for the evacuation of the town."));

        EnrichedItem out = enriched.readValue();
        assertEquals(List.of(AlertKind.DEADLINE), out.detections().stream().map(AlertSignal::kind).toList());
        assertEquals("zero-hour", out.detections().get(0).rule());
        assertEquals("high", out.detections().get(0).severity());
        assertTrue(out.hasTopic("deadline"), "a rule's detection gives the topic too: " + out.topics());
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
