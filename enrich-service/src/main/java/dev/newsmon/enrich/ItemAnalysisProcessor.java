package dev.newsmon.enrich;

import dev.newsmon.core.Analyzer;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.Analysis;
import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.text.StoryShingles;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Analyses each item once — actors, detections under the alert rules now in force (read from the
 * global rules table), topics — and gives each detection its story shingles, so that alert-service can
 * group copies of a story without reading text.
 */
final class ItemAnalysisProcessor implements FixedKeyProcessor<String, NewsItem, EnrichedItem> {

    private final Analyzer analyzer;
    private final ActiveRules rules;
    private final String rulesStore;
    private final EnrichMetrics metrics;
    private FixedKeyProcessorContext<String, EnrichedItem> context;
    private ReadOnlyKeyValueStore<String, ValueAndTimestamp<String>> published;

    ItemAnalysisProcessor(Analyzer analyzer, ActiveRules rules, String rulesStore, EnrichMetrics metrics) {
        this.analyzer = analyzer;
        this.rules = rules;
        this.rulesStore = rulesStore;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedItem> context) {
        this.context = context;
        this.published = context.getStateStore(rulesStore);
    }

    @Override
    public void process(FixedKeyRecord<String, NewsItem> record) {
        NewsItem item = record.value();
        if (item == null) {
            return;
        }
        long began = System.nanoTime();
        ValueAndTimestamp<String> text = published.get(ActiveRules.KEY);
        Analysis analysis = analyzer.analyze(item, rules.forPublished(text == null ? null : text.value()));
        List<AlertSignal> detections = new ArrayList<>(analysis.alerts().size());
        for (AlertSignal d : analysis.alerts()) {
            detections.add(d.withShingles(StoryShingles.of(d.sentence().text())));
        }
        EnrichedItem enriched = new EnrichedItem(item, analysis.actors(), analysis.topics(), List.copyOf(detections));
        metrics.tagged(enriched, System.nanoTime() - began);
        context.forward(record.withValue(enriched));
    }
}
