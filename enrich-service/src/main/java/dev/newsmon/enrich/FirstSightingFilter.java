package dev.newsmon.enrich;

import dev.newsmon.core.model.NewsItem;
import java.time.Duration;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Passes an item on the first time its id is seen and drops it after that. Ingest already drops the
 * duplicates it sees, but it remembers only so many and each instance only its own; this store is the
 * one every instance shares through Kafka, partitioned by item id like {@code news.raw}. Ids are
 * forgotten after {@code rememberFor} so the store stays bounded.
 */
final class FirstSightingFilter implements FixedKeyProcessor<String, NewsItem, NewsItem> {

    private final String storeName;
    private final Duration rememberFor;
    private FixedKeyProcessorContext<String, NewsItem> context;
    private KeyValueStore<String, Long> seen;

    FirstSightingFilter(String storeName, Duration rememberFor) {
        this.storeName = storeName;
        this.rememberFor = rememberFor;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, NewsItem> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        context.schedule(Duration.ofMinutes(10), PunctuationType.WALL_CLOCK_TIME, this::forgetOld);
    }

    @Override
    public void process(FixedKeyRecord<String, NewsItem> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        if (seen.get(record.key()) != null) {
            return;
        }
        seen.put(record.key(), record.timestamp());
        context.forward(record);
    }

    private void forgetOld(long now) {
        long cutoff = now - rememberFor.toMillis();
        try (KeyValueIterator<String, Long> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> entry = all.next();
                if (entry.value < cutoff) {
                    seen.delete(entry.key);
                }
            }
        }
    }
}
