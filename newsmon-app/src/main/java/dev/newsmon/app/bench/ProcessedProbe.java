package dev.newsmon.app.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when a chain of Kafka Streams applications has processed everything written to its inputs, from
 * the applications' committed offsets (Admin {@code listConsumerGroupOffsets}) against the topics' end
 * offsets. Stages are checked in order, so each input is final before it is compared: once the first
 * application has committed all of its input, everything it will ever write downstream is committed too.
 *
 * <p>An input written by a transactional (exactly-once) producer ends with a commit marker that takes an
 * offset but is no record, so there a committed offset of {@code end - 1} already means done. Because
 * the marker can become visible a moment after the writer's offsets, "done" is only believed when two
 * checks in a row agree on the same end offsets.
 */
public final class ProcessedProbe {

    /** One consuming application and one of its input topics. */
    public record Stage(String groupId, String topic, boolean transactionalInput) {}

    /** Records still to process (as far as the first unfinished stage shows), and whether all is done. */
    public record Status(boolean done, long remaining, Map<TopicPartition, Long> ends) {}

    private final Admin admin;
    private final List<Stage> stages;
    private final Map<String, List<TopicPartition>> partitions = new HashMap<>();

    public ProcessedProbe(Admin admin, List<Stage> stages) {
        this.admin = admin;
        this.stages = List.copyOf(stages);
    }

    public Status check() throws Exception {
        long remaining = 0;
        Map<TopicPartition, Long> allEnds = new HashMap<>();
        for (Stage stage : stages) {
            List<TopicPartition> tps = partitionsOf(stage.topic());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            tps.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(stage.groupId())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            boolean stageDone = true;
            for (TopicPartition tp : tps) {
                long end = ends.get(tp).offset();
                allEnds.put(tp, end);
                OffsetAndMetadata c = committed.get(tp);
                long position = c == null ? 0 : c.offset();
                long needed = stage.transactionalInput() ? end - 1 : end;
                if (end > 0 && position < needed) {
                    stageDone = false;
                    remaining += end - position;
                }
            }
            if (!stageDone) {
                return new Status(false, remaining, allEnds);
            }
        }
        return new Status(true, 0, allEnds);
    }

    /**
     * Waits until everything is processed and returns the wall-clock millis at which that was first seen
     * (confirmed by the next check). Fails when {@code stallMillis} pass without progress.
     */
    public long awaitDone(long pollMillis, long stallMillis, Progress progress) throws Exception {
        Status previous = null;
        long previousAt = 0;
        long lastRemaining = Long.MAX_VALUE;
        long lastProgressAt = System.currentTimeMillis();
        while (true) {
            long at = System.currentTimeMillis();
            Status s = check();
            if (s.done() && previous != null && previous.done() && previous.ends().equals(s.ends())) {
                return previousAt;
            }
            if (s.remaining() < lastRemaining || s.done()) {
                lastRemaining = s.remaining();
                lastProgressAt = at;
            } else if (at - lastProgressAt > stallMillis) {
                throw new IllegalStateException("No progress for " + stallMillis / 1000 + " s; " + s.remaining() + " records still unprocessed");
            }
            progress.remaining(s.remaining());
            previous = s;
            previousAt = at;
            Thread.sleep(pollMillis);
        }
    }

    private List<TopicPartition> partitionsOf(String topic) throws Exception {
        List<TopicPartition> known = partitions.get(topic);
        if (known == null) {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            known = d.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            partitions.put(topic, known);
        }
        return known;
    }

    /** Told how many records are still to be processed. */
    @FunctionalInterface
    public interface Progress {
        void remaining(long records);
    }
}
