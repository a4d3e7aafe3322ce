package dev.newsmon.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS/Atom feeds and ingests their entries like any other item: validated, normalised,
 * deduplicated (a feed's entries keep their ids from one poll to the next, so only new entries get
 * through) and acknowledged by Kafka. A feed that cannot be fetched or read is reported in /health and
 * tried again at the next interval; it never stops the others.
 */
final class FeedPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final int MAX_FEED_BYTES = 5 * 1024 * 1024;

    private final List<URI> feeds;
    private final Duration interval;
    private final ItemIntake intake;
    private final FeedDecoder decoder = new FeedDecoder();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "feed-poller");
        t.setDaemon(true);
        return t;
    });
    private final Map<URI, Map<String, Object>> status = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    FeedPoller(List<URI> feeds, Duration interval, ItemIntake intake, MeterRegistry registry) {
        this.feeds = feeds;
        this.interval = interval;
        this.intake = intake;
        this.registry = registry;
    }

    void start() {
        scheduler.scheduleWithFixedDelay(this::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Per feed: last poll time, outcome, items accepted and dropped as duplicates. */
    Map<String, Object> health() {
        Map<String, Object> all = new LinkedHashMap<>();
        status.forEach((uri, s) -> all.put(uri.getScheme() + "://" + uri.getAuthority() + uri.getPath(), s));
        return all;
    }

    void pollAll() {
        for (URI feed : feeds) {
            poll(feed);
        }
    }

    private void poll(URI feed) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("lastPoll", Instant.now().toString());
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(feed).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
                    .header("User-Agent", "newsmon-ingest").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_FEED_BYTES + 1);
            }
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            if (body.length > MAX_FEED_BYTES) {
                throw new IOException("feed larger than " + MAX_FEED_BYTES + " bytes");
            }
            ItemIntake.Result result = intake.acceptDecoded(decoder.decode(body));
            s.put("outcome", "ok");
            s.put("accepted", result.accepted().size());
            s.put("duplicates", result.duplicates().size());
            count("ok");
            if (!result.accepted().isEmpty()) {
                LOG.info("Feed {}: {} new item(s)", feed.getHost(), result.accepted().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (IOException | RuntimeException e) {
            s.put("outcome", "failed");
            s.put("error", e.getMessage());
            count("failed");
            LOG.warn("Feed {} could not be ingested: {}", feed.getHost(), e.getMessage());
        }
        status.put(feed, s);
    }

    private void count(String outcome) {
        Counter.builder("newsmon.feed.polls").tag("outcome", outcome).description("Feed polls by outcome").register(registry).increment();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
