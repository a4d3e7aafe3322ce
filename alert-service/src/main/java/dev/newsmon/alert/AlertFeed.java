package dev.newsmon.alert;

import dev.newsmon.core.model.Alert;
import dev.newsmon.kafka.topics.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@code news.alerts} from its end (committed alerts only) and hands each new alert to the
 * listeners: the SSE stream, the terminal of {@code newsmon up}. It runs on its own thread beside the
 * Streams topology, so a slow listener never holds up alert processing.
 */
final class AlertFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);

    private final KafkaConsumer<String, Alert> consumer;
    private final Topic<String, Alert> alerts;
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean assigned;

    AlertFeed(Map<String, Object> consumerConfig, Topic<String, Alert> alerts) {
        this.consumer = new KafkaConsumer<>(consumerConfig, alerts.keySerde().deserializer(), alerts.valueSerde().deserializer());
        this.alerts = alerts;
        this.thread = new Thread(this::run, "alert-feed");
        this.thread.setDaemon(true);
    }

    void addListener(Consumer<Alert> listener) {
        listeners.add(listener);
    }

    void start() {
        thread.start();
    }

    boolean isFollowing() {
        return assigned && thread.isAlive();
    }

    private void run() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(alerts.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            assigned = true;
            while (running) {
                for (ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        for (Consumer<Alert> listener : listeners) {
                            try {
                                listener.accept(record.value());
                            } catch (RuntimeException e) {
                                LOG.warn("Alert listener failed on {}: {}", record.key(), e.toString());
                            }
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("Alert feed stopped", e);
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
