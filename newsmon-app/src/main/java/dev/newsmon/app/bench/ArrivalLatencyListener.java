package dev.newsmon.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a pipeline's output topic as a downstream consumer would (read_committed, so only what the
 * exactly-once pipeline committed) and records, for every record, arrival time minus the record's
 * timestamp. Kafka Streams gives an output record the timestamp of the input record it came from, so
 * for news.alerts that is the CreateTime set when ingest produced the item to news.raw: the moment it
 * was accepted. Starts at the topic's end, and ignores records stamped before {@code sinceMillis}.
 */
public final class ArrivalLatencyListener implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final LatencyRecorder recorder;
    private final long sinceMillis;
    private final Thread thread;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean drain;
    private volatile boolean running = true;
    private volatile Throwable failure;

    public ArrivalLatencyListener(Map<String, Object> consumerConfig, String topic, LatencyRecorder recorder, long sinceMillis) {
        this.consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.recorder = recorder;
        this.sinceMillis = sinceMillis;
        List<TopicPartition> tps = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(tps);
        consumer.seekToEnd(tps);
        tps.forEach(tp -> consumer.position(tp, Duration.ofSeconds(30))); // fix the start now, before feeding
        this.thread = new Thread(this::run, "bench-arrivals-" + topic);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(50));
                long now = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    if (r.timestamp() >= sinceMillis) {
                        recorder.record(now - r.timestamp());
                    }
                }
                if (drain && isCaughtUp()) {
                    caughtUp.countDown();
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException stopping) {
            // closing
        } catch (Throwable t) {
            failure = t;
            caughtUp.countDown();
        }
    }

    private boolean isCaughtUp() {
        var assigned = consumer.assignment();
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, Duration.ofSeconds(10));
        // With read_committed the consumer steps over commit markers, so its position reaches the end.
        return assigned.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp));
    }

    /** Call once the pipeline has processed everything: waits until every committed output record is read. */
    public void awaitCaughtUp(Duration timeout) throws InterruptedException {
        drain = true;
        if (!caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The output consumer did not catch up within " + timeout);
        }
        if (failure != null) {
            throw new IllegalStateException("The output consumer failed: " + failure, failure);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
        consumer.close(Duration.ofSeconds(5));
    }
}
