package dev.newsmon.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.alert.TestAlerts;
import dev.newsmon.core.model.Alert;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delivery loop's decisions on a MockConsumer and a scripted receiver: no broker, no HTTP, no sleeping. */
class WebhookDeliveryTest {

    private static final String TOPIC = "news.alerts";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);

    private final MockConsumer<String, Alert> consumer = new MockConsumer<>("earliest");
    private final Deque<Object> script = new ArrayDeque<>();
    private final List<Map<String, String>> sent = new ArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private WebhookDelivery delivery;

    @BeforeEach
    void setUp() {
        consumer.assign(List.of(P0));
        consumer.updateBeginningOffsets(Map.of(P0, 0L));
        WebhookSender sender = (url, body, headers) -> {
            sent.add(headers);
            Object next = script.isEmpty() ? 200 : script.poll();
            if (next instanceof IOException e) {
                throw e;
            }
            return new WebhookSender.Response((Integer) next, null);
        };
        delivery = new WebhookDelivery("w1", URI.create("http://127.0.0.1:1/hook/secret-token"), consumer, TOPIC,
                new WebhookPayloads(WebhookPayloads.Format.JSON), new WebhookSigner("k"), sender,
                new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 0.2, () -> 0.5),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), d -> true, registry);
    }

    @Test
    void shouldCommitOnlyAfterA2xxAndBackOffExponentiallyWhileTheReceiverIsDown() throws Exception {
        script.addAll(List.of(503, new ConnectException("refused"), 429, 200));
        ConsumerRecords<String, Alert> batch = batch(record(0, "a"), record(1, "b"));

        assertEquals(Duration.ofMillis(500), delivery.deliver(batch));
        assertEquals(0L, consumer.position(P0), "seeked back to the record not delivered");
        assertNull(committed(), "nothing committed while the receiver is down");
        assertEquals(Duration.ofMillis(1_000), delivery.deliver(batch));
        assertEquals(Duration.ofMillis(2_000), delivery.deliver(batch));
        assertEquals(3, delivery.details().get("consecutiveFailures"));

        assertNull(delivery.deliver(batch));
        assertEquals(2L, committed().offset());
        assertEquals(0, delivery.details().get("consecutiveFailures"));
        assertEquals("2026-01-01T00:00:00Z", delivery.details().get("lastSuccess"));
        assertEquals(2.0, count("delivered"));
        assertEquals(3.0, count("retried"));
        assertEquals(0.0, count("failed"));
        assertEquals(5, sent.size());
        sent.forEach(h -> assertTrue(h.get(WebhookSigner.SIGNATURE_HEADER).startsWith("sha256=")));
        assertEquals(sent.get(0).get(WebhookPayloads.IDEMPOTENCY_HEADER), sent.get(3).get(WebhookPayloads.IDEMPOTENCY_HEADER),
                "a redelivery carries the same idempotency key");
        assertEquals("b", sent.get(4).get(WebhookPayloads.ALERT_ID_HEADER));
        assertTrue(delivery.details().get("target").toString().startsWith("http://127.0.0.1:1/"));
        assertTrue(!delivery.details().get("target").toString().contains("secret-token"), "the URL path is not shown");
    }

    @Test
    void shouldCountAPermanent4xxAsFailedAndGoOn() throws Exception {
        script.addAll(List.of(400, 200));
        assertNull(delivery.deliver(batch(record(0, "bad"), record(1, "good"))));
        assertEquals(2L, committed().offset());
        assertEquals(1.0, count("failed"));
        assertEquals(1.0, count("delivered"));
        assertEquals(List.of("bad", "good"), sent.stream().map(h -> h.get(WebhookPayloads.ALERT_ID_HEADER)).toList());
    }

    @Test
    void shouldClassifyStatuses() {
        assertEquals(WebhookDelivery.Outcome.DELIVERED, WebhookDelivery.classify(204));
        for (int retry : new int[] {408, 429, 500, 502, 503, 504}) {
            assertEquals(WebhookDelivery.Outcome.RETRY, WebhookDelivery.classify(retry), "" + retry);
        }
        for (int permanent : new int[] {301, 400, 401, 403, 404, 410, 413, 422}) {
            assertEquals(WebhookDelivery.Outcome.FAILED, WebhookDelivery.classify(permanent), "" + permanent);
        }
    }

    private OffsetAndMetadata committed() {
        return consumer.committed(java.util.Set.of(P0)).get(P0);
    }

    private double count(String outcome) {
        return registry.get("newsmon.webhook.deliveries").tag("outcome", outcome).counter().count();
    }

    private static ConsumerRecord<String, Alert> record(long offset, String id) {
        return new ConsumerRecord<>(TOPIC, 0, offset, id, TestAlerts.alert(id, 1));
    }

    @SafeVarargs
    @SuppressWarnings("deprecation")
    private static ConsumerRecords<String, Alert> batch(ConsumerRecord<String, Alert>... records) {
        return new ConsumerRecords<>(Map.of(P0, List.of(records)));
    }
}
