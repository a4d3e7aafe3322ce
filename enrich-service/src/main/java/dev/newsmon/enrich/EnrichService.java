package dev.newsmon.enrich;

import dev.newsmon.core.Analyzer;
import dev.newsmon.core.rules.RuleSet;
import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.http.ServiceHttpServer;
import dev.newsmon.kafka.runtime.ServiceMetrics;
import dev.newsmon.kafka.runtime.StreamsRunner;
import dev.newsmon.kafka.topics.NewsmonTopics;
import dev.newsmon.kafka.topics.TopicAdmin;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** enrich-service running: its topology on Kafka Streams, and its HTTP port for health and metrics. */
public final class EnrichService implements AutoCloseable {

    private static final Duration REMEMBER_SEEN_FOR = Duration.ofDays(7);

    private final StreamsRunner streams;
    private final Javalin http;

    private EnrichService(StreamsRunner streams, Javalin http) {
        this.streams = streams;
        this.http = http;
    }

    public static EnrichService start(NewsmonConfig config) {
        List<Path> actorFiles = config.list(Setting.NEWSMON_ACTOR_FILES).stream().map(Path::of).toList();
        List<Path> topicFiles = config.list(Setting.NEWSMON_TOPIC_FILES).stream().map(Path::of).toList();
        Analyzer analyzer = Analyzer.load(actorFiles, topicFiles);
        String rulesFile = config.string(Setting.ALERT_RULES_FILE);
        RuleSet fallbackRules = rulesFile.isEmpty() ? RuleSet.EMPTY : RuleSet.load(Path.of(rulesFile));
        NewsmonTopics topics = NewsmonTopics.from(config);
        TopicAdmin.ensure(config, TopicAdmin.standardTopics(config, topics, analyzer.topicTagger().topicIds()));

        PrometheusMeterRegistry registry = ServiceMetrics.registry("enrich-service");
        var topology = EnrichTopology.build(topics, analyzer, fallbackRules, new EnrichMetrics(registry), REMEMBER_SEEN_FOR);
        StreamsRunner streams = new StreamsRunner("enrich-service", topology,
                KafkaClientConfigs.streams(config, config.string(Setting.ENRICH_APPLICATION_ID)), registry);
        streams.start();
        Javalin http = ServiceHttpServer.start(config.string(Setting.NEWSMON_HTTP_HOST),
                config.integer(Setting.ENRICH_HTTP_PORT), registry, streams::health, routes -> { });
        return new EnrichService(streams, http);
    }

    public StreamsRunner streams() {
        return streams;
    }

    public int httpPort() {
        return http.port();
    }

    @Override
    public void close() {
        http.stop();
        streams.close();
    }
}
