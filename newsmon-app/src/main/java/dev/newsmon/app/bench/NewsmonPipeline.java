package dev.newsmon.app.bench;

import dev.newsmon.alert.AlertService;
import dev.newsmon.core.topics.DefaultTopicTagger;
import dev.newsmon.enrich.EnrichService;
import dev.newsmon.ingest.IngestService;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** newsmon's own three services, started in this process as {@code newsmon up} starts them. */
public final class NewsmonPipeline implements PipelineUnderTest {

    /** alert-service's repartition step, {@code Repartitioned.withName("alert-candidates")} in AlertTopology. */
    static final String ALERT_REPARTITION = "alert-candidates";

    private final NewsmonConfig config;
    private final EnrichService enrich;
    private final AlertService alerts;
    private final IngestService ingest;

    private NewsmonPipeline(NewsmonConfig config, EnrichService enrich, AlertService alerts, IngestService ingest) {
        this.config = config;
        this.enrich = enrich;
        this.alerts = alerts;
        this.ingest = ingest;
    }

    public static NewsmonPipeline start(NewsmonConfig config) {
        List<Path> topicFiles = config.list(Setting.NEWSMON_TOPIC_FILES).stream().map(Path::of).toList();
        List<String> topicIds = DefaultTopicTagger.load(topicFiles).topicIds();
        EnrichService enrich = EnrichService.start(config);
        AlertService alerts = null;
        IngestService ingest = null;
        try {
            alerts = AlertService.start(config, topicIds);
            ingest = IngestService.start(config, topicIds);
            if (!enrich.streams().awaitRunning(Duration.ofSeconds(90)) || !alerts.streams().awaitRunning(Duration.ofSeconds(90))) {
                throw new IllegalStateException("newsmon's Streams services did not reach RUNNING");
            }
            return new NewsmonPipeline(config, enrich, alerts, ingest);
        } catch (RuntimeException e) {
            closeQuietly(ingest);
            closeQuietly(alerts);
            closeQuietly(enrich);
            throw e;
        }
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public URI itemsUrl() {
        return URI.create("http://127.0.0.1:" + ingest.httpPort() + "/items");
    }

    @Override
    public String outputTopic() {
        return config.string(Setting.TOPIC_ALERTS);
    }

    @Override
    public List<ProcessedProbe.Stage> stages() {
        String enrichId = config.string(Setting.ENRICH_APPLICATION_ID);
        String alertId = config.string(Setting.ALERT_APPLICATION_ID);
        return List.of(
                new ProcessedProbe.Stage(enrichId, config.string(Setting.TOPIC_RAW), false),
                new ProcessedProbe.Stage(alertId, config.string(Setting.TOPIC_ENRICHED), true),
                new ProcessedProbe.Stage(alertId, alertId + "-" + ALERT_REPARTITION + "-repartition", true));
    }

    @Override
    public void close() {
        closeQuietly(ingest);
        closeQuietly(alerts);
        closeQuietly(enrich);
    }

    static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            System.err.println("bench: while stopping: " + e);
        }
    }
}
