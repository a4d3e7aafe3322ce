package dev.newsmon.enrich;

import dev.newsmon.core.actors.ActorTagger;
import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.topics.TopicTagger;
import dev.newsmon.kafka.topics.NewsmonTopics;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * enrich-service's topology: {@code news.raw} → drop items already seen → tag actors and topics →
 * {@code news.enriched}, and each item once more to {@code news.topic.<id>} for each of its topics.
 */
public final class EnrichTopology {

    static final String SEEN_STORE = "seen-item-ids";

    private EnrichTopology() {}

    public static Topology build(NewsmonTopics topics, ActorTagger actors, TopicTagger newsTopics,
                                 EnrichMetrics metrics, Duration rememberSeenFor) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SEEN_STORE), Serdes.String(), Serdes.Long()));

        KStream<String, EnrichedItem> enriched = builder.stream(topics.raw().name(), topics.raw().consumed())
                .processValues(() -> new FirstSightingFilter(SEEN_STORE, rememberSeenFor), SEEN_STORE)
                .filter((id, item) -> item != null)
                .mapValues(item -> tag(item, actors, newsTopics, metrics));
        enriched.to(topics.enriched().name(), topics.enriched().produced());

        Serde<EnrichedItem> itemSerde = topics.enriched().valueSerde();
        Serde<RoutedItem> routedSerde = Serdes.serdeFrom(routedSerializer(itemSerde.serializer()), (t, b) -> {
            throw new UnsupportedOperationException("per-topic records are only written");
        });
        enriched.flatMapValues(item -> item.topics().stream().map(t -> new RoutedItem(t.id(), item)).toList())
                .to((id, routed, context) -> topics.forNewsTopic(routed.topicId()).name(),
                        Produced.with(Serdes.String(), routedSerde));
        return builder.build();
    }

    private static EnrichedItem tag(NewsItem item, ActorTagger actors, TopicTagger topics, EnrichMetrics metrics) {
        long began = System.nanoTime();
        EnrichedItem result = new EnrichedItem(item, actors.tag(item), topics.tag(item));
        metrics.tagged(result, System.nanoTime() - began);
        return result;
    }

    private static Serializer<RoutedItem> routedSerializer(Serializer<EnrichedItem> items) {
        return (topic, routed) -> routed == null ? null : items.serialize(topic, routed.item());
    }

    /** An enriched item on its way to the topic of one of its news topics. */
    record RoutedItem(String topicId, EnrichedItem item) {}
}
