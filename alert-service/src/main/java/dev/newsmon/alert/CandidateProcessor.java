package dev.newsmon.alert;

import dev.newsmon.core.model.EnrichedItem;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** One alert candidate per kind and actor of each enriched item's detections. */
final class CandidateProcessor implements FixedKeyProcessor<String, EnrichedItem, AlertCandidate> {

    private final CandidateExtractor extractor = new CandidateExtractor();
    private FixedKeyProcessorContext<String, AlertCandidate> context;

    @Override
    public void init(FixedKeyProcessorContext<String, AlertCandidate> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedItem> record) {
        if (record.value() == null) {
            return;
        }
        for (AlertCandidate candidate : extractor.extract(record.value())) {
            context.forward(record.withValue(candidate));
        }
    }
}
