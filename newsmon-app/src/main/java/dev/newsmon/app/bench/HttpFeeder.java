package dev.newsmon.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmon.core.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Feeds a front end over HTTP as a client would: {@code POST /items} with {@code application/x-ndjson}
 * bodies, each request answered only once Kafka acknowledged every item in it. Used identically for
 * newsmon's ingest-service and for the pass-through front.
 */
public final class HttpFeeder {

    /** What a feed did: when the first request went out, when the last was answered, and how many items were accepted or dropped. */
    public record Fed(long startMillis, long endMillis, long accepted, long duplicates) {}

    private static final int MAX_RETRIES = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI items;
    private final ItemCycler cycler;

    public HttpFeeder(URI items, ItemCycler cycler) {
        this.items = items;
        this.cycler = cycler;
    }

    /**
     * Items {@code first} to {@code first + count - 1} as fast as the front takes them: batches of
     * {@code batchSize}, {@code concurrency} requests in flight.
     */
    public Fed feedAll(long first, long count, int batchSize, int concurrency, Progress progress) throws Exception {
        long batches = (count + batchSize - 1) / batchSize;
        AtomicLong nextBatch = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        long start = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "bench-feeder");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(pool.submit(() -> {
                    for (long b; (b = nextBatch.getAndIncrement()) < batches; ) {
                        long from = first + b * batchSize;
                        long to = Math.min(first + count, from + batchSize);
                        Answer a = post(cycler.ndjson(from, to));
                        accepted.addAndGet(a.accepted());
                        duplicates.addAndGet(a.duplicates());
                        progress.fed(accepted.get() + duplicates.get());
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Fed(start, System.currentTimeMillis(), accepted.get(), duplicates.get());
    }

    /**
     * Items from {@code first} on at {@code perSecond} for {@code seconds}, one request at a time: each
     * request carries the items due by the time it is sent (usually one; more after a slow answer, so the
     * average rate holds), and the feeder sleeps until the next item is due (at most {@code tickMillis}).
     */
    public Fed feedAtRate(long first, double perSecond, double seconds, long tickMillis) throws Exception {
        long total = Math.max(1, Math.round(perSecond * seconds));
        long startNanos = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        RateLimiter limiter = new RateLimiter(perSecond, startNanos);
        long sent = 0;
        long accepted = 0;
        long duplicates = 0;
        while (sent < total) {
            long due = limiter.dueBy(System.nanoTime(), total);
            if (due > sent) {
                Answer a = post(cycler.ndjson(first + sent, first + due));
                accepted += a.accepted();
                duplicates += a.duplicates();
                sent = due;
            }
            if (sent < total) {
                long wait = Math.min(tickMillis * 1_000_000L, limiter.dueAt(sent) - System.nanoTime());
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                }
            }
        }
        return new Fed(startMillis, System.currentTimeMillis(), accepted, duplicates);
    }

    private record Answer(long accepted, long duplicates) {}

    private Answer post(byte[] ndjson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(items).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)).build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 202) {
                JsonNode body = Json.mapper().readTree(response.body());
                return new Answer(count(body.get("accepted")), count(body.get("duplicates")));
            }
            if (response.statusCode() != 503 || attempt >= MAX_RETRIES) {
                throw new IllegalStateException("POST " + items + " answered " + response.statusCode() + ": " + response.body());
            }
            Thread.sleep(500);
        }
    }

    private static long count(JsonNode node) {
        if (node == null || node.isNull()) {
            return 0;
        }
        return node.isArray() ? node.size() : node.asLong();
    }

    /** Told how many items have been answered so far. */
    @FunctionalInterface
    public interface Progress {
        void fed(long items);
    }
}
