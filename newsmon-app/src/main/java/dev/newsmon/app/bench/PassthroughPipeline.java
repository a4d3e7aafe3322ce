package dev.newsmon.app.bench;

import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.runtime.ServiceMetrics;
import dev.newsmon.kafka.runtime.StreamsRunner;
import dev.newsmon.kafka.topics.TopicAdmin;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * newsmon's shape without newsmon's work: front (HTTP, idempotent acks=all producer) → raw' → Streams
 * app copying bytes (exactly_once_v2) → enriched' → Streams app copying bytes through a repartition
 * topic (exactly_once_v2) → alerts'. Same partitions, replication, commit interval and client settings.
 */
public final class PassthroughPipeline implements PipelineUnderTest {

    private final String copyId;
    private final String repartitionId;
    private final String raw;
    private final String enriched;
    private final String alerts;
    private final PassthroughFront front;
    private final StreamsRunner copy;
    private final StreamsRunner repartition;

    private PassthroughPipeline(String copyId, String repartitionId, String raw, String enriched, String alerts,
                                PassthroughFront front, StreamsRunner copy, StreamsRunner repartition) {
        this.copyId = copyId;
        this.repartitionId = repartitionId;
        this.raw = raw;
        this.enriched = enriched;
        this.alerts = alerts;
        this.front = front;
        this.copy = copy;
        this.repartition = repartition;
    }

    /** Topics and application ids are named {@code <prefix>.raw}, {@code <prefix>-copy}, and so on. */
    public static PassthroughPipeline start(NewsmonConfig base, String prefix) {
        String raw = prefix + ".raw";
        String enriched = prefix + ".enriched";
        String alerts = prefix + ".alerts";
        String deadLetter = prefix + ".dead-letter";
        NewsmonConfig config = base.with(Setting.TOPIC_DEAD_LETTER, deadLetter);
        int partitions = config.integer(Setting.NEWSMON_PARTITIONS);
        short replication = (short) config.integer(Setting.NEWSMON_REPLICATION_FACTOR);
        TopicAdmin.ensure(config, List.of(raw, enriched, alerts, deadLetter).stream()
                .map(t -> new NewTopic(t, partitions, replication)).toList());

        String copyId = prefix + "-copy";
        String repartitionId = prefix + "-repartition";
        PassthroughFront front = new PassthroughFront(config, raw);
        StreamsRunner copy = new StreamsRunner("passthrough-copy", PassthroughTopology.build(raw, enriched, false),
                KafkaClientConfigs.streams(config, copyId), ServiceMetrics.registry("passthrough-copy"));
        StreamsRunner repartition = new StreamsRunner("passthrough-repartition", PassthroughTopology.build(enriched, alerts, true),
                KafkaClientConfigs.streams(config, repartitionId), ServiceMetrics.registry("passthrough-repartition"));
        copy.start();
        repartition.start();
        PassthroughPipeline p = new PassthroughPipeline(copyId, repartitionId, raw, enriched, alerts, front, copy, repartition);
        if (!copy.awaitRunning(Duration.ofSeconds(90)) || !repartition.awaitRunning(Duration.ofSeconds(90))) {
            p.close();
            throw new IllegalStateException("The pass-through Streams apps did not reach RUNNING");
        }
        return p;
    }

    @Override
    public String name() {
        return "passthrough";
    }

    @Override
    public URI itemsUrl() {
        return URI.create("http://127.0.0.1:" + front.port() + "/items");
    }

    @Override
    public String outputTopic() {
        return alerts;
    }

    @Override
    public List<ProcessedProbe.Stage> stages() {
        return List.of(
                new ProcessedProbe.Stage(copyId, raw, false),
                new ProcessedProbe.Stage(repartitionId, enriched, true),
                new ProcessedProbe.Stage(repartitionId, PassthroughTopology.repartitionTopic(repartitionId), true));
    }

    @Override
    public void close() {
        NewsmonPipeline.closeQuietly(front);
        NewsmonPipeline.closeQuietly(repartition);
        NewsmonPipeline.closeQuietly(copy);
    }
}
