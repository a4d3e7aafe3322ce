package dev.newsmon.alert;

import dev.newsmon.alert.webhook.WebhookSender;
import dev.newsmon.alert.webhook.WebhookSettings;
import dev.newsmon.alert.webhook.Webhooks;
import dev.newsmon.core.Json;
import dev.newsmon.core.model.Alert;
import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.http.ServiceHttpServer;
import dev.newsmon.kafka.runtime.HealthStatus;
import dev.newsmon.kafka.runtime.ServiceMetrics;
import dev.newsmon.kafka.runtime.StreamsRunner;
import dev.newsmon.kafka.topics.NewsmonTopics;
import dev.newsmon.kafka.topics.TopicAdmin;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * alert-service running: the alert topology, the feed that pushes new alerts to browsers, and the
 * HTTP API — {@code GET /} (the live page), {@code GET /alerts}, {@code GET /alerts/{id}},
 * {@code POST /alerts/{id}/ack}, {@code GET /alerts/stream} (server-sent events).
 */
public final class AlertService implements AutoCloseable {

    private final StreamsRunner streams;
    private final AlertFeed feed;
    private final KafkaProducer<String, String> ackProducer;
    private final Webhooks webhooks;
    private final Javalin http;

    private AlertService(StreamsRunner streams, AlertFeed feed, KafkaProducer<String, String> ackProducer, Webhooks webhooks, Javalin http) {
        this.streams = streams;
        this.feed = feed;
        this.ackProducer = ackProducer;
        this.webhooks = webhooks;
        this.http = http;
    }

    public static AlertService start(NewsmonConfig config, List<String> newsTopicIds) {
        NewsmonTopics topics = NewsmonTopics.from(config);
        TopicAdmin.ensure(config, TopicAdmin.standardTopics(config, topics, newsTopicIds));
        PrometheusMeterRegistry registry = ServiceMetrics.registry("alert-service");
        WebhookSettings webhookSettings = WebhookSettings.from(config);

        var topology = AlertTopology.build(topics, AlertPolicy.from(config), new AlertMetrics(registry));
        StreamsRunner streams = new StreamsRunner("alert-service", topology,
                KafkaClientConfigs.streams(config, config.string(Setting.ALERT_APPLICATION_ID)), registry);
        AlertFeed feed = new AlertFeed(KafkaClientConfigs.consumer(config, null), topics.alerts());
        SseHub sse = new SseHub();
        feed.addListener(sse);
        KafkaProducer<String, String> ackProducer = new KafkaProducer<>(
                KafkaClientConfigs.producer(config, "newsmon-alert-acks"), new StringSerializer(), new StringSerializer());
        // Each webhook URL is delivered by its own consumer group on its own thread: a receiver that is
        // down never holds up the topology or the SSE feed.
        Webhooks webhooks = Webhooks.create(config, webhookSettings, topics.alerts(),
                WebhookSender.http(webhookSettings.requestTimeout()), registry);
        feed.start();
        streams.start();
        webhooks.start();

        AlertQueries queries = new AlertQueries(streams.streams());
        int recentLimit = config.integer(Setting.ALERT_RECENT_LIMIT);
        Javalin http = ServiceHttpServer.start(config.string(Setting.NEWSMON_HTTP_HOST), config.integer(Setting.ALERT_HTTP_PORT),
                registry, () -> health(streams, feed, sse, webhooks), routes -> {
                    routes.routes.get("/", ctx -> page(ctx));
                    routes.routes.get("/alerts", ctx -> {
                        if (!ready(ctx, streams)) {
                            return;
                        }
                        String raw = ctx.queryParam("limit");
                        int limit;
                        try {
                            limit = raw == null ? recentLimit : Math.max(1, Math.min(recentLimit, Integer.parseInt(raw.trim())));
                        } catch (NumberFormatException e) {
                            ctx.status(400).json(Map.of("error", "'limit' must be a whole number, not '" + raw + "'"));
                            return;
                        }
                        ctx.json(queries.recent(limit));
                    });
                    routes.routes.sse("/alerts/stream", sse::join);
                    routes.routes.get("/alerts/{id}", ctx -> {
                        if (ready(ctx, streams)) {
                            queries.byId(ctx.pathParam("id")).ifPresentOrElse(ctx::json,
                                    () -> ctx.status(404).json(Map.of("error", "no alert with id " + ctx.pathParam("id"))));
                        }
                    });
                    routes.routes.post("/alerts/{id}/ack", ctx -> {
                        if (ready(ctx, streams)) {
                            acknowledge(ctx, queries, ackProducer, topics.acks().name());
                        }
                    });
                });
        return new AlertService(streams, feed, ackProducer, webhooks, http);
    }

    /** Called with every new or updated alert once it is committed to {@code news.alerts}. */
    public void onAlert(Consumer<Alert> listener) {
        feed.addListener(listener);
    }

    public StreamsRunner streams() {
        return streams;
    }

    public int httpPort() {
        return http.port();
    }

    private static HealthStatus health(StreamsRunner streams, AlertFeed feed, SseHub sse, Webhooks webhooks) {
        HealthStatus s = streams.health();
        Map<String, Object> details = new LinkedHashMap<>(s.details());
        details.put("feed", feed.isFollowing() ? "FOLLOWING" : "STOPPED");
        details.put("sseClients", sse.size());
        // Reported only: a webhook that is down is the receiver's problem, not a reason to stop taking traffic.
        details.put("webhooks", webhooks.health());
        return new HealthStatus(s.ready() && feed.isFollowing(), s.live(), details);
    }

    private static boolean ready(Context ctx, StreamsRunner streams) {
        if (streams.health().ready()) {
            return true;
        }
        ctx.status(503).header("Retry-After", "2").json(Map.of("error", "alert-service is starting (" + streams.state() + ")"));
        return false;
    }

    private static void acknowledge(Context ctx, AlertQueries queries, KafkaProducer<String, String> producer, String topic) throws Exception {
        String id = ctx.pathParam("id");
        String body = ctx.body(); // an over-large body is refused here with 413, before anything else
        if (queries.byId(id).isEmpty()) {
            ctx.status(404).json(Map.of("error", "no alert with id " + id));
            return;
        }
        String note = body.length() > 1_000 ? body.substring(0, 1_000) : body;
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("alertId", id);
        ack.put("at", Instant.now().toString());
        String analyst = ctx.header("X-Analyst");
        ack.put("by", analyst == null || analyst.isBlank() ? "analyst" : analyst.length() > 100 ? analyst.substring(0, 100) : analyst);
        ack.put("note", note);
        String json = Json.mapper().writeValueAsString(ack);
        producer.send(new ProducerRecord<>(topic, id, json)).get();
        ctx.status(202).json(ack);
    }

    private static void page(Context ctx) throws IOException {
        try (InputStream in = AlertService.class.getResourceAsStream("/public/index.html")) {
            ctx.contentType("text/html; charset=utf-8").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        http.stop();
        webhooks.close();
        feed.close();
        ackProducer.close();
        streams.close();
    }
}
