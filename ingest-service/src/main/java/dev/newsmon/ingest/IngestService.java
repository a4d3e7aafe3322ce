package dev.newsmon.ingest;

import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.http.ServiceHttpServer;
import dev.newsmon.kafka.runtime.HealthStatus;
import dev.newsmon.kafka.runtime.ServiceMetrics;
import dev.newsmon.kafka.topics.NewsmonTopics;
import dev.newsmon.kafka.topics.TopicAdmin;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ingest-service running: {@code POST /items} in front of a producer to {@code news.raw}. */
public final class IngestService implements AutoCloseable {

    private static final long DRAIN_CAP = 64L * 1024 * 1024;

    private final Javalin http;
    private final ItemPublisher publisher;
    private final FeedPoller feeds;

    private IngestService(Javalin http, ItemPublisher publisher, FeedPoller feeds) {
        this.http = http;
        this.publisher = publisher;
        this.feeds = feeds;
    }

    public static IngestService start(NewsmonConfig config, List<String> newsTopicIds) {
        NewsmonTopics topics = NewsmonTopics.from(config);
        TopicAdmin.ensure(config, TopicAdmin.standardTopics(config, topics, newsTopicIds));
        PrometheusMeterRegistry registry = ServiceMetrics.registry("ingest-service");
        KafkaItemPublisher publisher = new KafkaItemPublisher(KafkaClientConfigs.producer(config, "newsmon-ingest"), topics.raw(), registry);
        ItemLimits limits = ItemLimits.from(config);
        ItemIntake intake = new ItemIntake(limits, config.integer(Setting.INGEST_DEDUP_CAPACITY), publisher, registry, System::currentTimeMillis);
        FeedPoller feeds = new FeedPoller(config.list(Setting.INGEST_FEED_URLS).stream().map(URI::create).toList(),
                config.duration(Setting.INGEST_FEED_INTERVAL), intake, registry);
        Javalin http = ServiceHttpServer.start(config.string(Setting.NEWSMON_HTTP_HOST), config.integer(Setting.INGEST_HTTP_PORT),
                registry, () -> HealthStatus.up(Map.of("service", "ingest-service", "feeds", feeds.health())), routes -> {
                    routes.http.maxRequestSize = limits.maxRequestBytes() + 1L;
                    routes.routes.post("/items", ctx -> handle(ctx, intake, limits));
                    routes.routes.get("/", ctx -> ctx.json(Map.of("service", "ingest-service",
                            "post", "/items (application/json item or array, application/x-ndjson, text/plain article, RSS or Atom)")));
                });
        feeds.start();
        return new IngestService(http, publisher, feeds);
    }

    private static void handle(Context ctx, ItemIntake intake, ItemLimits limits) {
        try {
            byte[] body = readLimited(ctx, limits.maxRequestBytes());
            Map<String, String> query = new HashMap<>();
            ctx.queryParamMap().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
            ItemIntake.Result result = intake.accept(ctx.contentType(), body, query);
            ctx.status(202).json(Map.of("accepted", result.accepted(), "duplicates", result.duplicates()));
        } catch (BadInputException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", e.getMessage());
            if (e.problems().size() > 1) {
                error.put("problems", e.problems());
            }
            ctx.status(e.status()).json(error);
        } catch (ItemIntake.StorageUnavailableException e) {
            ctx.status(503).header("Retry-After", "5").json(Map.of("error", e.getMessage()));
        }
    }

    /** Reads at most {@code max} bytes; a larger body is drained (up to a cap) so the client reads the 413 instead of a reset. */
    private static byte[] readLimited(Context ctx, int max) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                long declared = ctx.contentLength();
                long drained = in.skip(DRAIN_CAP);
                throw new BadInputException(413, "The request body is " + (declared > 0 ? declared : "over " + (max + drained))
                        + " bytes; at most " + max + " bytes are accepted");
            }
            return body;
        } catch (IOException e) {
            throw new BadInputException(400, "The request body could not be read: " + e.getMessage());
        }
    }

    public int httpPort() {
        return http.port();
    }

    @Override
    public void close() {
        feeds.close();
        http.stop();
        publisher.close();
    }
}
