package dev.newsmon.ingest;

import dev.newsmon.core.model.NewsItem;
import dev.newsmon.kafka.topics.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Produces items to {@code news.raw}, keyed by id, and waits for every acknowledgement (acks=all). */
final class KafkaItemPublisher implements ItemPublisher {

    private final KafkaProducer<String, NewsItem> producer;
    private final Topic<String, NewsItem> raw;

    private final KafkaClientMetrics metrics;

    KafkaItemPublisher(Map<String, Object> producerConfig, Topic<String, NewsItem> raw, MeterRegistry registry) {
        this.producer = new KafkaProducer<>(producerConfig, raw.keySerde().serializer(), raw.valueSerde().serializer());
        this.raw = raw;
        this.metrics = new KafkaClientMetrics(producer);
        metrics.bindTo(registry);
    }

    @Override
    public void publishAll(List<NewsItem> items) throws Exception {
        List<Future<RecordMetadata>> sends = new ArrayList<>(items.size());
        for (NewsItem item : items) {
            sends.add(producer.send(new ProducerRecord<>(raw.name(), item.id(), item)));
        }
        for (Future<RecordMetadata> send : sends) {
            send.get();
        }
    }

    @Override
    public void close() {
        metrics.close();
        producer.close(Duration.ofSeconds(10));
    }
}
