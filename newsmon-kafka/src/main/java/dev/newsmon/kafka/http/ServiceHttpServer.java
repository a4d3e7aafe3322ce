package dev.newsmon.kafka.http;

import dev.newsmon.core.Json;
import dev.newsmon.kafka.runtime.HealthStatus;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side every service shares: {@code GET /health} (200 when ready, 503 when not, with the
 * state), {@code GET /metrics} (Prometheus text), JSON errors; the service adds its own routes.
 */
public final class ServiceHttpServer {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceHttpServer.class);

    private ServiceHttpServer() {}

    public static Javalin start(String host, int port, PrometheusMeterRegistry registry,
                                Supplier<HealthStatus> health, Consumer<JavalinConfig> routes) {
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", ctx -> {
                HealthStatus status = health.get();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", status.ready() ? "UP" : status.live() ? "STARTING" : "DOWN");
                body.putAll(status.details());
                ctx.status(status.ready() ? 200 : 503).json(body);
            });
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    ctx.status(e.getStatus()).json(Map.of("error", e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(Map.of("error", "internal error: " + e.getClass().getSimpleName()));
            });
            routes.accept(config);
        });
        app.start(host, port);
        return app;
    }
}
