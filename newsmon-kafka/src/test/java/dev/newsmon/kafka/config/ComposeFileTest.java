package dev.newsmon.kafka.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComposeFileTest {

    private static final Set<String> NEWSMON_SERVICES = Set.of("ingest-service", "enrich-service", "alert-service");

    @Test
    void shouldOnlySetEnvironmentVariablesTheServicesRead() throws Exception {
        JsonNode services = compose().get("services");
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (String name : NEWSMON_SERVICES) {
            Iterator<String> keys = services.get(name).get("environment").fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                checked++;
                if (!NewsmonConfig.isKnown(key)) {
                    unknown.add(name + ": " + key);
                }
            }
        }
        assertTrue(checked >= 12, "the compose file configures the services");
        assertEquals(List.of(), unknown, "variables newsmon does not read (a typo or a stale setting)");
    }

    @Test
    void shouldPinTheKafkaImageAndPointEveryServiceAtIt() throws Exception {
        JsonNode services = compose().get("services");
        assertTrue(services.get("kafka").get("image").asText().matches("apache/kafka:\\d+\\.\\d+\\.\\d+"), "a pinned apache/kafka image");
        for (String name : NEWSMON_SERVICES) {
            assertEquals("kafka:9092", services.get(name).get("environment").get("KAFKA_BOOTSTRAP_SERVERS").asText(), name);
        }
    }

    @Test
    void shouldReadOverridesFromTheEnvironmentOverTheDefaults() {
        NewsmonConfig config = NewsmonConfig.load(Map.of("TOPIC_RAW", "custom.raw", "KAFKA_SECURITY_PROTOCOL", "SSL"));
        assertEquals("custom.raw", config.string(Setting.TOPIC_RAW));
        assertEquals("news.enriched", config.string(Setting.TOPIC_ENRICHED));
        assertEquals("SSL", config.kafkaClientOverrides().get("security.protocol"));
    }

    private static JsonNode compose() throws Exception {
        Path file = Path.of("..", "docker-compose.yml");
        assertTrue(Files.exists(file), "docker-compose.yml at the repository root");
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }
}
