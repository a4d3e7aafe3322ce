package dev.newsmon.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.newsmon.alert.AlertService;
import dev.newsmon.alert.TestAlerts;
import dev.newsmon.core.Json;
import dev.newsmon.core.model.Alert;
import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.testing.Await;
import dev.newsmon.kafka.testing.TestKafka;
import dev.newsmon.kafka.topics.NewsmonTopics;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook delivery end to end on a real broker: alert-service runs with three webhook URLs, each a
 * local receiver in this test — one healthy, one that goes down on demand, one that refuses some
 * alerts for good — and alerts are produced straight to the alerts topic.
 */
@Timeout(90)
class WebhookDeliveryIT {

    private static final String SECRET = "it-secret";

    @TempDir
    static Path dataDir;

    private static Receiver healthy;
    private static Receiver flaky;
    private static Receiver picky;
    private static AlertService service;
    private static NewsmonTopics topics;
    private static KafkaProducer<String, Alert> producer;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        healthy = new Receiver(r -> 200);
        flaky = new Receiver(r -> flakyAnswer());
        picky = new Receiver(r -> r.alertId.startsWith("reject") ? 400 : 200);
        NewsmonConfig config = TestKafka.isolatedConfig("webhook", dataDir)
                .with(Setting.ALERT_WEBHOOK_URLS, healthy.url() + "," + flaky.url() + "," + picky.url())
                .with(Setting.ALERT_WEBHOOK_SECRET, SECRET);
        topics = NewsmonTopics.from(config);
        service = AlertService.start(config, List.of());
        producer = new KafkaProducer<>(KafkaClientConfigs.producer(config, "webhook-it"),
                topics.alerts().keySerde().serializer(), topics.alerts().valueSerde().serializer());
        Await.until(Duration.ofSeconds(45), "alert-service is RUNNING", () -> service.streams().state() == KafkaStreams.State.RUNNING);
    }

    @AfterAll
    static void stop() {
        if (producer != null) {
            producer.close();
        }
        if (service != null) {
            service.close();
        }
        for (Receiver r : new Receiver[] {healthy, flaky, picky}) {
            if (r != null) {
                r.server.stop(0);
            }
        }
    }

    @Test
    void shouldDeliverSignedAlertsWithOneIdempotencyKeyPerAlertVersion() throws Exception {
        Alert a1v1 = TestAlerts.alert("a1", 1);
        Alert a1v2 = TestAlerts.alert("a1", 2);
        Alert a2v1 = TestAlerts.alert("a2", 1);
        // a1v2 twice: the same version sent again must carry the same key.
        produce(a1v1, a1v2, a2v1, a1v2);

        Await.until(Duration.ofSeconds(30), "the healthy receiver got four deliveries",
                () -> healthy.okFor(Set.of("a1", "a2")).size() >= 4);
        List<Delivery> got = healthy.okFor(Set.of("a1", "a2"));
        for (Delivery d : got) {
            assertEquals(hmac(d.body), d.signature, "signature over the exact body bytes");
            Alert body = Json.mapper().readValue(d.body, Alert.class);
            assertEquals(body.id(), d.alertId);
            assertEquals(WebhookPayloads.idempotencyKey(body), d.key);
        }
        // Order holds per alert (one partition); a2 may be on the other partition and come at any point.
        assertEquals(List.of(WebhookPayloads.idempotencyKey(a1v1), WebhookPayloads.idempotencyKey(a1v2), WebhookPayloads.idempotencyKey(a1v2)),
                got.stream().filter(d -> d.alertId.equals("a1")).map(d -> d.key).toList(),
                "a1's versions in order, the version sent twice with the same key both times");
        assertEquals(keys(a1v1, a1v2, a2v1), got.stream().map(d -> d.key).collect(Collectors.toSet()),
                "one key per alert version, unique across versions");
    }

    @Test
    void shouldDeliverEveryAlertAfterTheReceiverRecoversWithoutHoldingUpTheTopology() throws Exception {
        flakyDownFor.set(3); // the next three attempts get 503
        List<Alert> produced = List.of(TestAlerts.alert("b1", 1), TestAlerts.alert("b1", 2), TestAlerts.alert("b2", 1),
                TestAlerts.alert("b3", 1), TestAlerts.alert("b3", 2));
        produce(produced.toArray(Alert[]::new));
        Set<String> ids = Set.of("b1", "b2", "b3");

        Await.until(Duration.ofSeconds(20), "the flaky receiver answered 503 and its webhook backs off",
                () -> flaky.downAnswers.get() >= 1 && "BACKING_OFF".equals(webhookHealth(flaky).path("state").asText()));
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode(), "a webhook that is down is reported, never a reason to be unready: " + health.body());
        assertTrue(webhookHealth(flaky).path("consecutiveFailures").asInt() >= 1);
        Await.until(Duration.ofSeconds(20), "the healthy receiver got every version meanwhile",
                () -> dedup(healthy.okFor(ids)).equals(keys(produced.toArray(Alert[]::new))));

        Await.until(Duration.ofSeconds(40), "the flaky receiver recovered and got every version",
                () -> dedup(flaky.okFor(ids)).equals(keys(produced.toArray(Alert[]::new))));
        assertEquals(3, flaky.downAnswers.get());
        assertEquals(Set.of(KafkaStreams.State.RUNNING), flaky.streamsStatesWhileDown,
                "the topology kept RUNNING while the receiver was down");
        flaky.okFor(ids).forEach(d -> assertEquals(hmac(d.body), d.signature));
        Await.until(Duration.ofSeconds(10), "the flaky webhook delivers again",
                () -> "DELIVERING".equals(webhookHealth(flaky).path("state").asText())
                        && webhookHealth(flaky).path("consecutiveFailures").asInt() == 0);
        assertTrue(webhookHealth(flaky).hasNonNull("lastSuccess"));
        assertTrue(metric("retried", flaky) >= 3, "retries are counted in /metrics");
    }

    @Test
    void shouldCountAPermanent4xxAsFailedAndKeepDeliveringLaterAlerts() throws Exception {
        produce(TestAlerts.alert("reject-c1", 1), TestAlerts.alert("c2", 1), TestAlerts.alert("c3", 1));

        Await.until(Duration.ofSeconds(30), "the picky receiver got the alerts after the refused one",
                () -> picky.okFor(Set.of("c2", "c3")).size() == 2);
        assertEquals(List.of("reject-c1"), picky.all.stream().filter(d -> d.status == 400).map(d -> d.alertId).toList(),
                "a 400 is not retried");
        Await.until(Duration.ofSeconds(10), "the failure is in /metrics", () -> metric("failed", picky) == 1.0);
        assertTrue(webhookHealth(picky).path("lastError").asText().contains("400"), webhookHealth(picky).toString());
    }

    // --- the flaky receiver's outage, set by a test ---

    private static final AtomicInteger flakyDownFor = new AtomicInteger();

    private static int flakyAnswer() {
        if (flakyDownFor.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            flaky.downAnswers.incrementAndGet();
            flaky.streamsStatesWhileDown.add(service.streams().state());
            return 503;
        }
        return 200;
    }

    // --- helpers ---

    private static void produce(Alert... alerts) throws Exception {
        for (Alert a : alerts) {
            producer.send(new ProducerRecord<>(topics.alerts().name(), a.id(), a)).get();
        }
    }

    private static Set<String> keys(Alert... alerts) {
        return java.util.Arrays.stream(alerts).map(WebhookPayloads::idempotencyKey).collect(Collectors.toSet());
    }

    /** What a receiver keeps after dropping repeats by idempotency key. */
    private static Set<String> dedup(List<Delivery> deliveries) {
        return deliveries.stream().map(d -> d.key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode webhookHealth(Receiver r) {
        try {
            String id = Webhooks.id(topics.alerts().name(), URI.create(r.url()));
            return Json.mapper().readTree(get("/health").body()).path("webhooks").path(id);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double metric(String outcome, Receiver r) {
        String id = Webhooks.id(topics.alerts().name(), URI.create(r.url()));
        return get("/metrics").body().lines()
                .filter(l -> l.startsWith("newsmon_webhook_deliveries_total{") && l.contains("outcome=\"" + outcome + "\"")
                        && l.contains("webhook=\"" + id + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    private record Delivery(String alertId, String key, String signature, byte[] body, int status) {}

    /** A webhook receiver on 127.0.0.1 that records every request and answers what {@code answer} says. */
    private static final class Receiver {
        final HttpServer server;
        final List<Delivery> all = new CopyOnWriteArrayList<>();
        final AtomicInteger downAnswers = new AtomicInteger();
        final Set<KafkaStreams.State> streamsStatesWhileDown = java.util.concurrent.ConcurrentHashMap.newKeySet();

        Receiver(Function<Delivery, Integer> answer) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                var h = exchange.getRequestHeaders();
                Delivery request = new Delivery(h.getFirst("X-Newsmon-Alert-Id"), h.getFirst("X-Newsmon-Idempotency-Key"),
                        h.getFirst("X-Newsmon-Signature"), body, 0);
                int status = answer.apply(request);
                all.add(new Delivery(request.alertId, request.key, request.signature, body, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/token-" + System.identityHashCode(this);
        }

        List<Delivery> okFor(Set<String> ids) {
            return all.stream().filter(d -> d.status >= 200 && d.status < 300 && ids.contains(d.alertId)).toList();
        }
    }
}
