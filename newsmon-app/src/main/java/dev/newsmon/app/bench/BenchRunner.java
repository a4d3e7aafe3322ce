package dev.newsmon.app.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/** Runs both phases against one pipeline: throughput at full speed, then latency at a fixed rate. */
final class BenchRunner {

    static final int BATCH_SIZE = 500;
    static final int FEEDERS = 2;
    static final long RATE_TICK_MILLIS = 20;
    private static final long POLL_MILLIS = 100;
    private static final long STALL_MILLIS = 180_000;

    /** What one pipeline measured. */
    record Figures(long items, double seconds, double itemsPerSecond, long duplicates, long latencyItems, LatencySummary latency) {}

    private final Admin admin;
    private final Map<String, Object> consumerConfig;
    private final PrintStream log;

    BenchRunner(Admin admin, Map<String, Object> consumerConfig, PrintStream log) {
        this.admin = admin;
        this.consumerConfig = consumerConfig;
        this.log = log;
    }

    Figures run(PipelineUnderTest pipeline, ItemCycler cycler, long items, double rate, double latencySeconds) throws Exception {
        String name = pipeline.name();
        HttpFeeder feeder = new HttpFeeder(pipeline.itemsUrl(), cycler);
        ProcessedProbe probe = new ProcessedProbe(admin, pipeline.stages());

        log.printf("%s: phase 1, %d items at full speed (%d-item NDJSON requests, %d in flight) to %s%n",
                name, items, BATCH_SIZE, FEEDERS, pipeline.itemsUrl());
        Throttle fedLog = new Throttle(5_000);
        HttpFeeder.Fed fed = feeder.feedAll(0, items, BATCH_SIZE, FEEDERS,
                n -> fedLog.maybe(() -> log.printf("%s:   %d items accepted%n", name, n)));
        log.printf("%s:   all %d items accepted after %.1f s; waiting until the last stage has processed them%n",
                name, fed.accepted(), (fed.endMillis() - fed.startMillis()) / 1000.0);
        Throttle lagLog = new Throttle(5_000);
        long doneAt = probe.awaitDone(POLL_MILLIS, STALL_MILLIS,
                r -> lagLog.maybe(() -> log.printf("%s:   %d records still to process at the first unfinished stage%n", name, r)));
        double seconds = Math.max(1, doneAt - fed.startMillis()) / 1000.0;
        double perSecond = fed.accepted() / seconds;
        log.printf("%s:   processed in %.1f s: %.1f items/s%n", name, seconds, perSecond);
        if (fed.duplicates() > 0) {
            log.printf("%s:   warning: %d items were dropped as duplicates%n", name, fed.duplicates());
        }

        log.printf("%s: phase 2, %.0f items/s for %.0f s; latency from acceptance to arrival on %s%n",
                name, rate, latencySeconds, pipeline.outputTopic());
        LatencyRecorder recorder = new LatencyRecorder();
        long since = System.currentTimeMillis();
        HttpFeeder.Fed paced;
        try (ArrivalLatencyListener listener = new ArrivalLatencyListener(consumerConfig, pipeline.outputTopic(), recorder, since)) {
            paced = feeder.feedAtRate(items, rate, latencySeconds, RATE_TICK_MILLIS);
            probe.awaitDone(POLL_MILLIS, STALL_MILLIS, r -> { });
            listener.awaitCaughtUp(Duration.ofSeconds(60));
        }
        LatencySummary latency = recorder.summary();
        log.printf("%s:   %d items sent in %.1f s, %d output records timed%s%n", name, paced.accepted(),
                (paced.endMillis() - paced.startMillis()) / 1000.0, latency.samples(),
                latency.samples() == 0 ? "" : String.format(": p50 %d ms, p95 %d ms, p99 %d ms", latency.p50(), latency.p95(), latency.p99()));
        return new Figures(fed.accepted(), seconds, perSecond, fed.duplicates() + paced.duplicates(), paced.accepted(), latency);
    }

    /** Lets a progress line through at most every so often. */
    private static final class Throttle {
        private final long everyMillis;
        private long last = System.currentTimeMillis();

        Throttle(long everyMillis) {
            this.everyMillis = everyMillis;
        }

        synchronized void maybe(Runnable r) {
            long now = System.currentTimeMillis();
            if (now - last >= everyMillis) {
                last = now;
                r.run();
            }
        }
    }
}
