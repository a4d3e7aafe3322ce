package dev.newsmon.alert;

import dev.newsmon.kafka.serde.JsonSerde;
import dev.newsmon.kafka.topics.NewsmonTopics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * alert-service's topology: {@code news.enriched} (with the detections enrich-service made) → one
 * candidate per article, kind and actor → repartition by kind and actor → group copies of a story
 * into one alert → {@code news.alerts}. It reads no text. Two global tables serve the HTTP API on every
 * instance: the latest version of every alert, and analysts' acknowledgements.
 */
public final class AlertTopology {

    static final String GROUPS_STORE = "story-groups";
    public static final String ALERTS_VIEW = "alerts-view";
    public static final String ACKS_VIEW = "acks-view";

    private AlertTopology() {}

    public static Topology build(NewsmonTopics topics, AlertPolicy policy, AlertMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(GROUPS_STORE), Serdes.String(), JsonSerde.of(StoryGroups.class)));

        builder.stream(topics.enriched().name(), topics.enriched().consumed())
                .processValues(CandidateProcessor::new)
                .selectKey((itemId, candidate) -> candidate.groupKey())
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(AlertCandidate.class)).withName("alert-candidates"))
                .process(() -> new StoryGrouper(GROUPS_STORE, policy, metrics), GROUPS_STORE)
                .to(topics.alerts().name(), topics.alerts().produced());

        builder.globalTable(topics.alerts().name(), topics.alerts().consumed(), Materialized.as(ALERTS_VIEW));
        builder.globalTable(topics.acks().name(), Consumed.with(Serdes.String(), Serdes.String()), Materialized.as(ACKS_VIEW));
        return builder.build();
    }
}
