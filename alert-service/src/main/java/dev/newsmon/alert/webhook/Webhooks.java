package dev.newsmon.alert.webhook;

import dev.newsmon.core.model.Alert;
import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.topics.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Every configured webhook's delivery, started and closed together, with their state for {@code /health}. */
public final class Webhooks implements AutoCloseable {

    private final List<WebhookDelivery> deliveries;

    private Webhooks(List<WebhookDelivery> deliveries) {
        this.deliveries = List.copyOf(deliveries);
    }

    /** One delivery per URL, each with consumer group {@code newsmon-webhook-<id>}; nothing runs until {@link #start}. */
    public static Webhooks create(NewsmonConfig config, WebhookSettings settings, Topic<String, Alert> alerts,
                                  WebhookSender sender, MeterRegistry registry) {
        List<WebhookDelivery> deliveries = new ArrayList<>();
        if (!settings.enabled()) {
            return new Webhooks(deliveries);
        }
        WebhookSigner signer = new WebhookSigner(settings.secret());
        WebhookPayloads payloads = new WebhookPayloads(settings.format());
        for (URI url : settings.urls()) {
            String id = id(alerts.name(), url);
            Map<String, Object> props = KafkaClientConfigs.consumer(config, "newsmon-webhook-" + id);
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsmon-webhook-" + id);
            props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
            KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(props, alerts.keySerde().deserializer(), alerts.valueSerde().deserializer());
            deliveries.add(new WebhookDelivery(id, url, consumer, alerts.name(), payloads, signer, sender, settings.backoff(),
                    Clock.systemUTC(), null, registry));
        }
        return new Webhooks(deliveries);
    }

    /**
     * A webhook's id in metrics, {@code /health} and its consumer group: 12 hex digits of the SHA-256 of the
     * alerts topic and the URL — stable across restarts, and without the URL's path, which may be a secret.
     */
    public static String id(String topic, URI url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((topic + "\n" + url).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void start() {
        deliveries.forEach(WebhookDelivery::start);
    }

    public List<WebhookDelivery> deliveries() {
        return deliveries;
    }

    /** Per webhook id: target, state, last success, consecutive failures, pending. */
    public Map<String, Object> health() {
        Map<String, Object> out = new LinkedHashMap<>();
        deliveries.forEach(d -> out.put(d.id(), d.details()));
        return out;
    }

    @Override
    public void close() {
        deliveries.forEach(WebhookDelivery::stop);
        deliveries.forEach(WebhookDelivery::close);
    }
}
