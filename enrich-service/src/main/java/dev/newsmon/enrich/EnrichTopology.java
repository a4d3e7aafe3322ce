package dev.newsmon.enrich;

import dev.newsmon.core.Analyzer;
import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.rules.RuleSet;
import dev.newsmon.kafka.topics.NewsmonTopics;
import dev.newsmon.core.model.TopicTag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * enrich-service's topology: {@code news.raw} → drop items already seen → analyse (actors, withdrawal and
 * deadline detections under the alert rules in force, topics) → {@code news.enriched}, and each item once
 * more to {@code news.topic.<id>} for each of its topics. The user's alert rules come from the compacted
 * {@code newsmon.rules} topic as a global table, so a published rule file takes effect on every instance
 * without a restart.
 */
public final class EnrichTopology {

    static final String SEEN_STORE = "seen-item-ids";
    static final String RULES_VIEW = "rules-view";

    private EnrichTopology() {}

    /** {@code fallbackRules} are in force until a rule file is published to {@code newsmon.rules}. */
    public static Topology build(NewsmonTopics topics, Analyzer analyzer, RuleSet fallbackRules,
                                 EnrichMetrics metrics, Duration rememberSeenFor) {
        StreamsBuilder builder = new StreamsBuilder();
        ActiveRules rules = new ActiveRules(fallbackRules);
        builder.globalTable(topics.rules().name(), Consumed.with(Serdes.String(), Serdes.String()), Materialized.as(RULES_VIEW));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SEEN_STORE), Serdes.String(), Serdes.Long()));

        Serializer<EnrichedItem> json = topics.enriched().valueSerde().serializer();
        Serde<RoutedItem> routedSerde = Serdes.serdeFrom((topic, routed) -> routed == null ? null : routed.bytes(json), (t, b) -> {
            throw new UnsupportedOperationException("routed items are only written");
        });
        builder.stream(topics.raw().name(), topics.raw().consumed())
                .processValues(() -> new FirstSightingFilter(SEEN_STORE, rememberSeenFor), SEEN_STORE)
                .filter((id, item) -> item != null)
                .processValues(() -> new ItemAnalysisProcessor(analyzer, rules, RULES_VIEW, metrics))
                .flatMapValues(item -> route(item, topics))
                .to((id, routed, context) -> routed.topic(), Produced.with(Serdes.String(), routedSerde));
        return builder.build();
    }

    /** The item for news.enriched and once more for the topic of each of its news topics, serialised once for all. */
    private static List<RoutedItem> route(EnrichedItem item, NewsmonTopics topics) {
        byte[][] shared = new byte[1][];
        List<RoutedItem> out = new ArrayList<>(1 + item.topics().size());
        out.add(new RoutedItem(topics.enriched().name(), item, shared));
        for (TopicTag t : item.topics()) {
            out.add(new RoutedItem(topics.forNewsTopic(t.id()).name(), item, shared));
        }
        return out;
    }

    /** An enriched item on its way to one topic; copies of one item share their JSON bytes. */
    record RoutedItem(String topic, EnrichedItem item, byte[][] shared) {

        byte[] bytes(Serializer<EnrichedItem> json) {
            if (shared[0] == null) {
                shared[0] = json.serialize(topic, item);
            }
            return shared[0];
        }
    }
}
