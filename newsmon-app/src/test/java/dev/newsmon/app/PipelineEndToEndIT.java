package dev.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsmon.alert.AlertService;
import dev.newsmon.core.model.Alert;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.model.Quantity;
import dev.newsmon.enrich.EnrichService;
import dev.newsmon.ingest.IngestService;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.testing.TestKafka;
import dev.newsmon.kafka.testing.TopicReader;
import dev.newsmon.kafka.topics.NewsmonTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on a real broker: the seed article and the bundled samples go in through ingest's
 * HTTP API; what comes out on news.enriched, news.topic.military-withdrawal and news.alerts is checked.
 */
@Timeout(300)
class PipelineEndToEndIT {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path SEED = Path.of(System.getProperty("newsmon.shared.dir", REPO.resolveSibling("shared").toString()))
            .resolve("seeds/000_74d37a03ee8ff84e.txt");

    @TempDir
    Path dataDir;

    @Test
    void shouldTurnTheSeedArticleAndTheSamplesIntoEnrichedItemsAndGroupedAlerts() throws Exception {
        assumeTrue(Files.exists(SEED), "../shared/seeds is absent: skipping the end-to-end test of the seed article");
        NewsmonConfig config = TestKafka.isolatedConfig("e2e", dataDir);
        NewsmonTopics topics = NewsmonTopics.from(config);
        String bootstrap = config.string(Setting.KAFKA_BOOTSTRAP_SERVERS);
        List<String> topicIds = List.of("military-withdrawal", "deadline");

        try (EnrichService enrich = EnrichService.start(config);
             AlertService alerts = AlertService.start(config, topicIds);
             IngestService ingest = IngestService.start(config, topicIds)) {
            assertTrue(enrich.streams().awaitRunning(Duration.ofSeconds(90)));
            assertTrue(alerts.streams().awaitRunning(Duration.ofSeconds(90)));

            IngestClient client = new IngestClient("http://127.0.0.1:" + ingest.httpPort());
            IngestClient.Answer seed = client.postText("seed", Files.readString(SEED, StandardCharsets.UTF_8));
            assertEquals(202, seed.status(), seed.body());
            try (TopicReader<String, Alert> alertReader = new TopicReader<>(bootstrap, topics.alerts());
                 TopicReader<String, EnrichedItem> enrichedReader = new TopicReader<>(bootstrap, topics.enriched());
                 TopicReader<String, EnrichedItem> withdrawalReader = new TopicReader<>(bootstrap, topics.forNewsTopic("military-withdrawal"))) {

                for (Path sample : ItemFiles.expand(List.of(REPO.resolve("samples").toString()))) {
                    if (sample.getFileName().toString().startsWith("004")) {
                        // The changed figure is news only after the first report: let the three wires land first.
                        alertReader.readUntil(Duration.ofSeconds(120), records -> latest(records).values().stream().anyMatch(a -> a.sources().size() >= 3));
                    }
                    assertTrue(IngestCommand.send(client, sample), "sample accepted: " + sample);
                }

                Map<String, Alert> latest = latest(alertReader.readUntil(Duration.ofSeconds(120), records ->
                        latest(records).values().stream().anyMatch(a -> a.sources().size() >= 3)
                                && latest(records).values().stream().anyMatch(fromItem("seed").and(a -> a.kind() == AlertKind.DEADLINE))
                                && latest(records).values().stream().anyMatch(fromItem("sample-004"))));
                Collection<Alert> all = latest.values();

                // The seed: NATO refuses to withdraw, the May deadline, Trump's cut to 2,500.
                Alert refusal = only(all, fromItem("seed").and(a -> a.kind() == AlertKind.WITHDRAWAL && "Q7184".equals(a.actor())));
                assertEquals(AlertMode.REFUSED, refusal.mode());
                assertTrue(refusal.evidence().stream().anyMatch(e -> e.sentence().text().contains("will not withdraw its forces from Afghanistan")));
                assertEquals("Afghanistan", refusal.place());
                assertTrue(all.stream().filter(fromItem("seed")).anyMatch(a -> a.kind() == AlertKind.WITHDRAWAL && a.mode() == AlertMode.REPORTED
                        && a.quantities().stream().map(Quantity::value).toList().contains(2500L)), "the cut to 2,500 troops");
                Alert deadline = only(all, fromItem("seed").and(a -> a.kind() == AlertKind.DEADLINE));
                assertTrue(deadline.evidence().stream().anyMatch(e -> e.trigger().text().contains("withdrawal deadline")), deadline.toString());

                // Three wires with one story are one alert with three sources; a changed figure is a new alert.
                Alert threeWires = only(all, a -> a.kind() == AlertKind.WITHDRAWAL
                        && a.itemIds().containsAll(List.of("sample-003-a", "sample-003-b", "sample-003-c")));
                assertEquals(Set.of("wire-alpha", "wire-bravo", "wire-charlie"), Set.copyOf(threeWires.sources()));
                Alert raised = only(all, fromItem("sample-004").and(a -> a.kind() == AlertKind.WITHDRAWAL));
                assertTrue(raised.reason().startsWith("new fact"), raised.reason());
                // Sport and a withdrawn bill are not withdrawal alerts.
                assertTrue(all.stream().noneMatch(fromItem("sample-003-e").or(fromItem("sample-003-f"))), "no alert for a tennis final or a bill");

                List<EnrichedItem> enriched = enrichedReader.readUntil(Duration.ofSeconds(30), r -> r.size() >= 9).stream().map(ConsumerRecord::value).toList();
                EnrichedItem seedItem = enriched.stream().filter(e -> e.item().id().equals("seed")).findFirst().orElseThrow();
                assertTrue(seedItem.actors().stream().anyMatch(a -> "Q7184".equals(a.id())), "NATO tagged");
                assertTrue(seedItem.hasTopic("military-withdrawal") && seedItem.hasTopic("deadline"), seedItem.topics().toString());

                Set<String> onWithdrawalTopic = withdrawalReader.readUntil(Duration.ofSeconds(30), r -> r.stream().anyMatch(x -> x.key().equals("seed")))
                        .stream().map(ConsumerRecord::key).collect(Collectors.toSet());
                assertTrue(onWithdrawalTopic.containsAll(Set.of("seed", "sample-003-a")), onWithdrawalTopic.toString());
                assertTrue(!onWithdrawalTopic.contains("sample-003-e"), "the tennis final is not military withdrawal news");
            }
        }
    }

    private static Predicate<Alert> fromItem(String id) {
        return a -> a.itemIds().contains(id);
    }

    private static Alert only(Collection<Alert> alerts, Predicate<Alert> which) {
        List<Alert> found = alerts.stream().filter(which).toList();
        assertEquals(1, found.size(), () -> "expected one matching alert among " + alerts);
        return found.get(0);
    }

    private static Map<String, Alert> latest(List<ConsumerRecord<String, Alert>> records) {
        Map<String, Alert> latest = new LinkedHashMap<>();
        records.forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }
}
