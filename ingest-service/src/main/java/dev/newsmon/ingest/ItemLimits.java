package dev.newsmon.ingest;

import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;

/** How large a request and each field of an item may be. */
public record ItemLimits(int maxRequestBytes, int maxBodyChars, int maxTitleChars, int maxIdChars,
                         int maxUrlChars, int maxSourceChars) {

    public static ItemLimits from(NewsmonConfig config) {
        return new ItemLimits(config.integer(Setting.INGEST_MAX_REQUEST_BYTES),
                config.integer(Setting.INGEST_MAX_BODY_CHARS), 1_000, 200, 2_048, 200);
    }
}
