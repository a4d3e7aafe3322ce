package dev.newsmon.kafka.runtime;

import java.util.Map;

/**
 * What {@code /health} answers: {@code ready} (take traffic: 200, else 503) and {@code live} (the
 * process is worth keeping; an orchestrator restarts it otherwise), with details for people.
 */
public record HealthStatus(boolean ready, boolean live, Map<String, Object> details) {

    public static HealthStatus up(Map<String, Object> details) {
        return new HealthStatus(true, true, details);
    }
}
