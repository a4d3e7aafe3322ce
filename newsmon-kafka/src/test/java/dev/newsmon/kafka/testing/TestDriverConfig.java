package dev.newsmon.kafka.testing;

import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** The production Streams configuration, as TopologyTestDriver needs it. */
public final class TestDriverConfig {

    private TestDriverConfig() {}

    /**
     * {@link KafkaClientConfigs#streams} with one change: at-least-once, because TopologyTestDriver drops
     * dead-letter records under exactly-once (it only captures what its mock producer commits). The
     * exactly-once dead-letter path is checked on a real broker (EnrichServiceIT).
     */
    public static Properties streamsProperties(NewsmonConfig config, String applicationId) {
        Properties props = new Properties();
        props.putAll(KafkaClientConfigs.streams(config, applicationId));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        return props;
    }
}
