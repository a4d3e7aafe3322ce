package dev.newsmon.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.Alert;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Quantity;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.text.StoryShingles;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.testing.TestDriverConfig;
import dev.newsmon.kafka.topics.NewsmonTopics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

class AlertTopologyTest {

    /**
     * Detections as enrich-service would make them, written here so that these tests are about grouping,
     * not language: every sentence with "withdraw" is a planned withdrawal by the item's first actor,
     * "N troops" its quantity.
     */
    private static List<AlertSignal> withdrawSentences(NewsItem item, List<ActorTag> actors) {
        List<AlertSignal> signals = new ArrayList<>();
        Matcher sentence = Pattern.compile("[^.]+\\.").matcher(item.body());
        while (sentence.find()) {
            int at = sentence.group().indexOf("withdraw");
            if (at >= 0) {
                List<Quantity> quantities = new ArrayList<>();
                Matcher n = Pattern.compile("(\\d[\\d,]*) troops").matcher(sentence.group());
                while (n.find()) {
                    quantities.add(new Quantity(Long.parseLong(n.group(1).replace(",", "")), "troops", n.group(1)));
                }
                int start = sentence.start();
                signals.add(new AlertSignal(AlertKind.WITHDRAWAL, AlertMode.PLANNED,
                        Span.of("body", item.body(), start, sentence.end()),
                        Span.of("body", item.body(), start + at, start + at + 8),
                        actors.isEmpty() ? List.of() : List.of(actors.get(0).id()), "Afghanistan", quantities, null)
                        .withShingles(StoryShingles.of(sentence.group())));
            }
        }
        return signals;
    }

    private static final String STORY = "The alliance will withdraw 2,500 troops from Afghanistan by May. "
            + "Officials said they would withdraw the rest later.";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private NewsmonTopics topics;
    private TestInputTopic<String, EnrichedItem> enriched;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void startDriver() {
        NewsmonConfig config = NewsmonConfig.load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "unused:9092",
                "NEWSMON_DATA_DIR", stateDir.toString(), "ALERT_ESCALATE_SOURCES", "3"));
        topics = NewsmonTopics.from(config);
        Properties props = TestDriverConfig.streamsProperties(config, config.string(Setting.ALERT_APPLICATION_ID));
        driver = new TopologyTestDriver(AlertTopology.build(topics, AlertPolicy.from(config),
                new AlertMetrics(new SimpleMeterRegistry())), props);
        enriched = driver.createInputTopic(topics.enriched().name(), new StringSerializer(), topics.enriched().valueSerde().serializer());
        alerts = driver.createOutputTopic(topics.alerts().name(), new StringDeserializer(), topics.alerts().valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldRaiseOneAlertPerKindAndActorForAnArticleWithEverySentenceAsEvidence() {
        enriched.pipeInput("a1", natoItem("a1", "wire-a", STORY, 1_000));

        List<Alert> out = alerts.readValuesToList();
        assertEquals(1, out.size());
        Alert alert = out.get(0);
        assertEquals("Q7184", alert.actor());
        assertEquals(2, alert.evidence().size(), "both sentences are evidence of the one alert");
        assertEquals(List.of(2500L), alert.quantities().stream().map(Quantity::value).toList());
        assertEquals("new", alert.reason());
    }

    @Test
    void shouldFoldTwentyCopiesFromDifferentSourcesIntoOneAlertWithTwentySources() {
        for (int i = 0; i < 20; i++) {
            enriched.pipeInput("copy-" + i, natoItem("copy-" + i, "source-" + i, STORY, 1_000 + i));
        }

        Map<String, Alert> latest = latestById();
        assertEquals(1, latest.size(), "one alert, not twenty");
        Alert alert = latest.values().iterator().next();
        assertEquals(20, alert.sources().size());
        assertEquals(20, alert.count());
        assertEquals("high", alert.severity(), "three or more independent sources escalate");
        assertTrue(alert.history().stream().anyMatch(h -> h.startsWith("escalated: 3 independent sources")), alert.history().toString());
        assertTrue(alert.history().stream().anyMatch(h -> h.contains("item copy-7 from source-7: same story")));
    }

    @Test
    void shouldRaiseANewAlertWhenTheTroopNumberChanges() {
        enriched.pipeInput("b1", natoItem("b1", "wire-a", STORY, 1_000));
        enriched.pipeInput("b2", natoItem("b2", "wire-b", STORY.replace("2,500", "3,000"), 2_000));

        Map<String, Alert> latest = latestById();
        assertEquals(2, latest.size());
        Alert changed = latest.values().stream().filter(a -> a.itemIds().contains("b2")).findFirst().orElseThrow();
        assertEquals("new fact: numbers [2500] → [3000]", changed.reason());
        assertNotEquals(latest.values().stream().filter(a -> a.itemIds().contains("b1")).findFirst().orElseThrow().id(), changed.id());
    }

    @Test
    void shouldKeepSeparateStoriesApart() {
        enriched.pipeInput("c1", natoItem("c1", "wire-a", STORY, 1_000));
        enriched.pipeInput("c2", natoItem("c2", "wire-b", "Ministers agreed to withdraw the training mission from Iraq next year.", 2_000));

        assertEquals(2, latestById().size());
    }

    @Test
    void shouldSendACorruptRecordToTheDeadLetterTopicAndKeepAlerting() {
        TestInputTopic<String, byte[]> bytes = driver.createInputTopic(topics.enriched().name(), new StringSerializer(), new ByteArraySerializer());
        TestOutputTopic<byte[], byte[]> dead = driver.createOutputTopic(topics.deadLetter().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());

        bytes.pipeInput("bad", "[1,2".getBytes(StandardCharsets.UTF_8));
        enriched.pipeInput("d1", natoItem("d1", "wire-a", STORY, 1_000));

        var letter = dead.readRecord();
        assertEquals("[1,2", new String(letter.value(), StandardCharsets.UTF_8));
        assertTrue(new String(letter.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8).contains("EnrichedItem"));
        assertEquals(1, alerts.readValuesToList().size());
    }

    private Map<String, Alert> latestById() {
        Map<String, Alert> latest = new LinkedHashMap<>();
        alerts.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
        return latest;
    }

    private static EnrichedItem natoItem(String id, String source, String body, long ingestedAt) {
        NewsItem item = new NewsItem(id, "Alliance to withdraw", body, null, source, "2021-02-15", ingestedAt);
        int at = body.indexOf("alliance");
        List<ActorTag> actors = at < 0 ? List.of(new ActorTag("Q7184", "NATO", ActorType.ORGANIZATION, List.of()))
                : List.of(new ActorTag("Q7184", "NATO", ActorType.ORGANIZATION, List.of(Span.of("body", body, at, at + 8))));
        return new EnrichedItem(item, actors, List.of(), withdrawSentences(item, actors));
    }

}
