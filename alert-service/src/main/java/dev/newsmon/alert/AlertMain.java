package dev.newsmon.alert;

import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.runtime.ServiceLauncher;
import dev.newsmon.kafka.topics.NewsTopicIds;

/** Runs alert-service alone, configured by environment variables (see the README). */
public final class AlertMain {

    private AlertMain() {}

    public static void main(String[] args) {
        ServiceLauncher.run("alert-service", () -> {
            NewsmonConfig config = NewsmonConfig.fromEnvironment();
            return AlertService.start(config, NewsTopicIds.of(config));
        });
    }
}
