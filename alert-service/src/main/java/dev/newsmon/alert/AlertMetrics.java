package dev.newsmon.alert;

import dev.newsmon.core.model.Alert;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** alert-service's own meters: alerts raised by kind, copies grouped, end-to-end latency. */
public final class AlertMetrics {

    private final MeterRegistry registry;
    private final Counter grouped;
    private final Timer latency;

    public AlertMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.grouped = Counter.builder("newsmon.alerts.grouped").description("Copies of a story added to an existing alert").register(registry);
        this.latency = Timer.builder("newsmon.e2e.latency").description("From acceptance at ingest to the alert")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    void raised(Alert alert) {
        Counter.builder("newsmon.alerts.raised").tag("kind", alert.kind().name()).description("Alerts raised")
                .register(registry).increment();
    }

    void grouped(Alert alert) {
        grouped.increment();
    }

    void latency(long millis) {
        latency.record(Duration.ofMillis(Math.max(0, millis)));
    }
}
