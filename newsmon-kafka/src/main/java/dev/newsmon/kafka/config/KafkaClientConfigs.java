package dev.newsmon.kafka.config;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/** The Kafka client settings every newsmon process uses, built from its configuration. */
public final class KafkaClientConfigs {

    private KafkaClientConfigs() {}

    public static Map<String, Object> admin(NewsmonConfig config) {
        Map<String, Object> p = base(config);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsmon-admin");
        return p;
    }

    /** Idempotent, acks=all: a send that completes is on every in-sync replica, once. */
    public static Map<String, Object> producer(NewsmonConfig config, String clientId) {
        Map<String, Object> p = base(config);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        p.putAll(config.kafkaClientOverrides());
        return p;
    }

    /** A consumer in group {@code groupId}, or, with null, one that assigns partitions itself and commits nothing. */
    public static Map<String, Object> consumer(NewsmonConfig config, String groupId) {
        Map<String, Object> p = base(config);
        if (groupId != null) {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        } else {
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        }
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.putAll(config.kafkaClientOverrides());
        return p;
    }

    /**
     * Exactly-once v2; records that cannot be read or processed go, with the reason in headers, to the
     * dead-letter topic and the stream carries on (Kafka Streams' own dead-letter support, KIP-1034).
     */
    public static Map<String, Object> streams(NewsmonConfig config, String applicationId) {
        Map<String, Object> p = base(config);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.path(Setting.NEWSMON_DATA_DIR).resolve("streams").toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.integer(Setting.STREAMS_NUM_THREADS));
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.integer(Setting.STREAMS_COMMIT_INTERVAL_MS));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.integer(Setting.NEWSMON_REPLICATION_FACTOR));
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.string(Setting.TOPIC_DEAD_LETTER));
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.putAll(config.kafkaClientOverrides());
        return p;
    }

    private static Map<String, Object> base(NewsmonConfig config) {
        String bootstrap = config.string(Setting.KAFKA_BOOTSTRAP_SERVERS);
        if (bootstrap.isEmpty()) {
            throw new IllegalStateException("KAFKA_BOOTSTRAP_SERVERS is not set (run `./newsmon up` to start a local broker)");
        }
        Map<String, Object> p = new HashMap<>();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.putAll(config.kafkaClientOverrides());
        return p;
    }
}
