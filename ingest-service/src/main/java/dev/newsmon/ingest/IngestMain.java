package dev.newsmon.ingest;

import dev.newsmon.core.topics.DefaultTopicTagger;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.runtime.ServiceLauncher;
import java.nio.file.Path;

/** Runs ingest-service alone, configured by environment variables (see the README). */
public final class IngestMain {

    private IngestMain() {}

    public static void main(String[] args) {
        ServiceLauncher.run("ingest-service", () -> {
            NewsmonConfig config = NewsmonConfig.fromEnvironment();
            var topicIds = DefaultTopicTagger.load(config.list(Setting.NEWSMON_TOPIC_FILES).stream().map(Path::of).toList()).topicIds();
            return IngestService.start(config, topicIds);
        });
    }
}
