package dev.newsmon.alert;

import dev.newsmon.core.topics.DefaultTopicTagger;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.runtime.ServiceLauncher;
import java.nio.file.Path;

/** Runs alert-service alone, configured by environment variables (see the README). */
public final class AlertMain {

    private AlertMain() {}

    public static void main(String[] args) {
        ServiceLauncher.run("alert-service", () -> {
            NewsmonConfig config = NewsmonConfig.fromEnvironment();
            var topicIds = DefaultTopicTagger.load(config.list(Setting.NEWSMON_TOPIC_FILES).stream().map(Path::of).toList()).topicIds();
            return AlertService.start(config, topicIds);
        });
    }
}
