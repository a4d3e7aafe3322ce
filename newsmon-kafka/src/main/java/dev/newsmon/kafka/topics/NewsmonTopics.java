package dev.newsmon.kafka.topics;

import dev.newsmon.core.model.Alert;
import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.serde.JsonSerde;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * newsmon's topics and their contracts. All values are UTF-8 JSON.
 *
 * <ul>
 *   <li>{@code news.raw} — key: item id; value: {@link NewsItem}. Produced by ingest-service; consumed by
 *       enrich-service.
 *   <li>{@code news.enriched} — key: item id; value: {@link EnrichedItem}. Produced by enrich-service;
 *       consumed by alert-service and downstream systems.
 *   <li>{@code news.topic.<topic-id>} — key: item id; value: {@link EnrichedItem}, only items tagged with
 *       that topic. Produced by enrich-service; for downstream subscribers.
 *   <li>{@code news.alerts} — key: alert group id; value: {@link Alert}. Produced by alert-service; for
 *       downstream systems and the terminal of {@code newsmon up}. A group id appears again when its alert
 *       grows (new sources) or escalates.
 *   <li>{@code news.dead-letter} — key and value: the original bytes; headers {@code __streams.errors.*}
 *       give the exception, message, source topic, partition and offset. Produced by both Streams services.
 *   <li>{@code newsmon.rules} — compacted; key: rule set name; value: the YAML rule file. Produced by
 *       {@code newsmon rules apply}; read by alert-service as a global table.
 *   <li>{@code newsmon.acks} — compacted; key: alert group id; value: the acknowledgement JSON. Produced and
 *       read by alert-service.
 * </ul>
 */
public record NewsmonTopics(
        Topic<String, NewsItem> raw,
        Topic<String, EnrichedItem> enriched,
        Topic<String, Alert> alerts,
        Topic<byte[], byte[]> deadLetter,
        Topic<String, String> rules,
        Topic<String, String> acks,
        String perTopicPrefix) {

    private static final Pattern TOPIC_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,100}");

    public static NewsmonTopics from(NewsmonConfig config) {
        Serde<String> keys = Serdes.String();
        return new NewsmonTopics(
                new Topic<>(config.string(Setting.TOPIC_RAW), keys, JsonSerde.of(NewsItem.class)),
                new Topic<>(config.string(Setting.TOPIC_ENRICHED), keys, JsonSerde.of(EnrichedItem.class)),
                new Topic<>(config.string(Setting.TOPIC_ALERTS), keys, JsonSerde.of(Alert.class)),
                new Topic<>(config.string(Setting.TOPIC_DEAD_LETTER), Serdes.ByteArray(), Serdes.ByteArray()),
                new Topic<>(config.string(Setting.TOPIC_RULES), keys, Serdes.String()),
                new Topic<>(config.string(Setting.TOPIC_ACKS), keys, Serdes.String()),
                config.string(Setting.TOPIC_PER_TOPIC_PREFIX));
    }

    /** The topic carrying only the items tagged with {@code topicId} ("military-withdrawal" → news.topic.military-withdrawal). */
    public Topic<String, EnrichedItem> forNewsTopic(String topicId) {
        if (!TOPIC_ID.matcher(topicId).matches()) {
            throw new IllegalArgumentException("Topic id must be a lower-case slug: '" + topicId + "'");
        }
        return new Topic<>(perTopicPrefix + topicId, enriched.keySerde(), enriched.valueSerde());
    }
}
