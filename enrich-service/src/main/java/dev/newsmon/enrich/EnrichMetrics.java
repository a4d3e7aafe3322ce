package dev.newsmon.enrich;

import dev.newsmon.core.model.EnrichedItem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** enrich-service's own meters: items analysed, actors, topics and detections found, analysis time. */
public final class EnrichMetrics {

    private final Counter items;
    private final Counter actors;
    private final Counter topics;
    private final Counter detections;
    private final Timer tagging;

    public EnrichMetrics(MeterRegistry registry) {
        this.items = Counter.builder("newsmon.items.tagged").description("Items tagged by enrich-service").register(registry);
        this.actors = Counter.builder("newsmon.actors.found").description("Actors found in tagged items").register(registry);
        this.topics = Counter.builder("newsmon.topics.found").description("Topics found in tagged items").register(registry);
        this.detections = Counter.builder("newsmon.detections.found").description("Withdrawal and deadline detections in tagged items").register(registry);
        this.tagging = Timer.builder("newsmon.tagging.duration").description("Time to tag one item").register(registry);
    }

    void tagged(EnrichedItem item, long nanos) {
        items.increment();
        actors.increment(item.actors().size());
        topics.increment(item.topics().size());
        detections.increment(item.detections().size());
        tagging.record(nanos, TimeUnit.NANOSECONDS);
    }
}
