package dev.newsmon.kafka.testing;

import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.localkafka.LocalKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real broker integration tests talk to: Testcontainers' Apache Kafka container where a Docker
 * engine answers, else newsmon's own in-process KRaft broker. One broker per test JVM; each test gets
 * its own topic names and application ids through {@link #isolatedConfig}.
 */
public final class TestKafka {

    private static final Logger LOG = LoggerFactory.getLogger(TestKafka.class);
    private static final String KAFKA_IMAGE = "apache/kafka:4.4.0";
    private static String bootstrap;

    private TestKafka() {}

    public static synchronized String bootstrapServers() {
        if (bootstrap == null) {
            bootstrap = dockerAvailable() ? startContainer() : startLocal();
        }
        return bootstrap;
    }

    /** Configuration pointing at the test broker with topic names and application ids unique to {@code testName}. */
    public static NewsmonConfig isolatedConfig(String testName, Path dataDir) {
        String suffix = testName + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        env.put("NEWSMON_DATA_DIR", dataDir.toString());
        env.put("NEWSMON_PARTITIONS", "2");
        env.put("TOPIC_RAW", "news.raw." + suffix);
        env.put("TOPIC_ENRICHED", "news.enriched." + suffix);
        env.put("TOPIC_ALERTS", "news.alerts." + suffix);
        env.put("TOPIC_DEAD_LETTER", "news.dead-letter." + suffix);
        env.put("TOPIC_PER_TOPIC_PREFIX", "news.topic." + suffix + ".");
        env.put("TOPIC_RULES", "newsmon.rules." + suffix);
        env.put("TOPIC_ACKS", "newsmon.acks." + suffix);
        env.put("ENRICH_APPLICATION_ID", "enrich-" + suffix);
        env.put("ALERT_APPLICATION_ID", "alert-" + suffix);
        env.put("INGEST_HTTP_PORT", "0");
        env.put("ENRICH_HTTP_PORT", "0");
        env.put("ALERT_HTTP_PORT", "0");
        return NewsmonConfig.load(env);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String startContainer() {
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "test-kafka-container-stop"));
        LOG.info("Integration tests use a Kafka container at {}", kafka.getBootstrapServers());
        return kafka.getBootstrapServers();
    }

    private static String startLocal() {
        try {
            Path dir = Files.createTempDirectory("newsmon-test-kafka");
            LocalKafka kafka = LocalKafka.start(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "test-local-kafka-stop"));
            LOG.info("No Docker engine: integration tests use the in-process KRaft broker at {}", kafka.bootstrapServers());
            return kafka.bootstrapServers();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
