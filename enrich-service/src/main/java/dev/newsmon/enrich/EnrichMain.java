package dev.newsmon.enrich;

import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.runtime.ServiceLauncher;

/** Runs enrich-service alone, configured by environment variables (see the README). */
public final class EnrichMain {

    private EnrichMain() {}

    public static void main(String[] args) {
        ServiceLauncher.run("enrich-service", () -> EnrichService.start(NewsmonConfig.fromEnvironment()));
    }
}
