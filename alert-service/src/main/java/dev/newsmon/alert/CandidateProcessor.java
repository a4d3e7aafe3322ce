package dev.newsmon.alert;

import dev.newsmon.core.model.EnrichedItem;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** Detects alert candidates in each enriched item under the rules in force (read from the global rules table). */
final class CandidateProcessor implements FixedKeyProcessor<String, EnrichedItem, AlertCandidate> {

    private final CandidateExtractor extractor;
    private final ActiveRules rules;
    private final String rulesStore;
    private FixedKeyProcessorContext<String, AlertCandidate> context;
    private ReadOnlyKeyValueStore<String, ValueAndTimestamp<String>> published;

    CandidateProcessor(CandidateExtractor extractor, ActiveRules rules, String rulesStore) {
        this.extractor = extractor;
        this.rules = rules;
        this.rulesStore = rulesStore;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, AlertCandidate> context) {
        this.context = context;
        this.published = context.getStateStore(rulesStore);
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedItem> record) {
        if (record.value() == null) {
            return;
        }
        ValueAndTimestamp<String> text = published.get(ActiveRules.KEY);
        for (AlertCandidate candidate : extractor.extract(record.value(), rules.forPublished(text == null ? null : text.value()))) {
            context.forward(record.withValue(candidate));
        }
    }
}
