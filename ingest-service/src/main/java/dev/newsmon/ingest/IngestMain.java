package dev.newsmon.ingest;

import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.runtime.ServiceLauncher;
import dev.newsmon.kafka.topics.NewsTopicIds;

/** Runs ingest-service alone, configured by environment variables (see the README). */
public final class IngestMain {

    private IngestMain() {}

    public static void main(String[] args) {
        ServiceLauncher.run("ingest-service", () -> {
            NewsmonConfig config = NewsmonConfig.fromEnvironment();
            return IngestService.start(config, NewsTopicIds.of(config));
        });
    }
}
