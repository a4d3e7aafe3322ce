package dev.newsmon.alert;

import dev.newsmon.core.alerts.AlertDetector;
import dev.newsmon.core.rules.RuleSet;
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
 * alert-service's topology: {@code news.enriched} → detect withdrawal and deadline language → one
 * candidate per article, kind and actor → repartition by kind and actor → group copies of a story
 * into one alert → {@code news.alerts}. The user's alert rules come from the compacted
 * {@code newsmon.rules} topic as a global table, so a published rule file takes effect on every instance
 * without a restart. Two more global tables serve the HTTP API on every instance:
 * the latest version of every alert, and analysts' acknowledgements.
 */
public final class AlertTopology {

    static final String GROUPS_STORE = "story-groups";
    public static final String ALERTS_VIEW = "alerts-view";
    public static final String ACKS_VIEW = "acks-view";
    static final String RULES_VIEW = "rules-view";

    private AlertTopology() {}

    public static Topology build(NewsmonTopics topics, AlertDetector detector, AlertPolicy policy, AlertMetrics metrics) {
        return build(topics, detector, RuleSet.EMPTY, policy, metrics);
    }

    /** {@code fallbackRules} are in force until a rule file is published to {@code newsmon.rules}. */
    public static Topology build(NewsmonTopics topics, AlertDetector detector, RuleSet fallbackRules, AlertPolicy policy, AlertMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(GROUPS_STORE), Serdes.String(), JsonSerde.of(StoryGroups.class)));
        CandidateExtractor extractor = new CandidateExtractor(detector);
        ActiveRules rules = new ActiveRules(fallbackRules);
        builder.globalTable(topics.rules().name(), Consumed.with(Serdes.String(), Serdes.String()), Materialized.as(RULES_VIEW));

        builder.stream(topics.enriched().name(), topics.enriched().consumed())
                .processValues(() -> new CandidateProcessor(extractor, rules, RULES_VIEW))
                .selectKey((itemId, candidate) -> candidate.groupKey())
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(AlertCandidate.class)).withName("alert-candidates"))
                .process(() -> new StoryGrouper(GROUPS_STORE, policy, metrics), GROUPS_STORE)
                .to(topics.alerts().name(), topics.alerts().produced());

        builder.globalTable(topics.alerts().name(), topics.alerts().consumed(), Materialized.as(ALERTS_VIEW));
        builder.globalTable(topics.acks().name(), Consumed.with(Serdes.String(), Serdes.String()), Materialized.as(ACKS_VIEW));
        return builder.build();
    }
}
