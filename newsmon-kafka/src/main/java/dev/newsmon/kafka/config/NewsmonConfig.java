package dev.newsmon.kafka.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Configuration in three layers: the defaults of {@link Setting}, then the optional file named by
 * {@code NEWSMON_CONFIG_FILE}, then environment variables. Services and tests build it the same way.
 */
public final class NewsmonConfig {

    private static final String KAFKA_PREFIX = "KAFKA_";

    private final Map<String, String> values;

    private NewsmonConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static NewsmonConfig fromEnvironment() {
        return load(System.getenv());
    }

    public static NewsmonConfig load(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        for (Setting s : Setting.values()) {
            merged.put(s.name(), s.defaultValue());
        }
        String file = environment.getOrDefault(Setting.NEWSMON_CONFIG_FILE.name(), "");
        if (!file.isBlank()) {
            merged.putAll(readFile(Path.of(file)));
        }
        environment.forEach((k, v) -> {
            if (isKnown(k)) {
                merged.put(k, v);
            }
        });
        return new NewsmonConfig(merged);
    }

    /** A copy with one value replaced: how tests and `newsmon up` adjust a loaded configuration. */
    public NewsmonConfig with(String key, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, value);
        return new NewsmonConfig(copy);
    }

    public NewsmonConfig with(Setting key, String value) {
        return with(key.name(), value);
    }

    public static boolean isKnown(String key) {
        if (key.startsWith(KAFKA_PREFIX)) {
            return true;
        }
        return Arrays.stream(Setting.values()).anyMatch(s -> s.name().equals(key));
    }

    public String string(Setting key) {
        return values.getOrDefault(key.name(), key.defaultValue()).trim();
    }

    public int integer(Setting key) {
        String raw = string(key);
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + raw + "'", e);
        }
    }

    public boolean bool(Setting key) {
        return Boolean.parseBoolean(string(key));
    }

    public Duration duration(Setting key) {
        String raw = string(key);
        try {
            return Duration.parse(raw);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT24H, got '" + raw + "'", e);
        }
    }

    public Path path(Setting key) {
        return Path.of(string(key));
    }

    public List<String> list(Setting key) {
        return Arrays.stream(string(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean hasExternalKafka() {
        return !string(Setting.KAFKA_BOOTSTRAP_SERVERS).isEmpty();
    }

    /** {@code KAFKA_SECURITY_PROTOCOL=SSL} → {@code security.protocol=SSL}, for every KAFKA_* but the bootstrap. */
    public Map<String, Object> kafkaClientOverrides() {
        Map<String, Object> overrides = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(KAFKA_PREFIX) && !k.equals(Setting.KAFKA_BOOTSTRAP_SERVERS.name())) {
                overrides.put(k.substring(KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        return overrides;
    }

    private static Map<String, String> readFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read NEWSMON_CONFIG_FILE " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> m = new HashMap<>();
        p.forEach((k, v) -> m.put(k.toString(), v.toString()));
        return m;
    }
}
