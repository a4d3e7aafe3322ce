package dev.newsmon.app;

import dev.newsmon.alert.AlertService;
import dev.newsmon.enrich.EnrichService;
import dev.newsmon.ingest.IngestService;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.topics.NewsTopicIds;
import dev.newsmon.localkafka.LocalKafka;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsmon up}: the local broker (unless KAFKA_BOOTSTRAP_SERVERS is set) and the three services
 * in this one process; alerts are printed as they arrive; Ctrl-C stops everything in order.
 */
@Command(name = "up", description = "Start Kafka (local, unless KAFKA_BOOTSTRAP_SERVERS is set) and the three services; print alerts.")
final class UpCommand implements Callable<Integer> {

    private static final String SAMPLES_MARKER = "samples-ingested";

    private final java.util.concurrent.atomic.AtomicLong lastAlertAt = new java.util.concurrent.atomic.AtomicLong();

    @Option(names = "--no-samples", description = "Do not ingest the bundled sample articles on a fresh data directory.")
    boolean noSamples;

    @Option(names = "--samples-dir", description = "Sample articles to ingest on a fresh data directory (default: samples/ of the newsmon checkout).")
    Path samplesDir;

    @Override
    public Integer call() throws Exception {
        NewsmonConfig config = NewsmonConfig.fromEnvironment();
        Path dataDir = config.path(Setting.NEWSMON_DATA_DIR);
        Files.createDirectories(dataDir);
        boolean fresh = !Files.exists(dataDir.resolve(SAMPLES_MARKER));
        List<AutoCloseable> running = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(running), "newsmon-up-shutdown"));

        if (!config.hasExternalKafka()) {
            LocalKafka kafka = LocalKafka.start(dataDir);
            running.add(kafka);
            config = config.with(Setting.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
            System.out.println("Kafka (local KRaft broker): " + kafka.bootstrapServers() + ", data in " + kafka.logDir());
        } else {
            System.out.println("Kafka: " + config.string(Setting.KAFKA_BOOTSTRAP_SERVERS));
        }
        List<String> topicIds = NewsTopicIds.of(config);
        EnrichService enrich = EnrichService.start(config);
        running.add(enrich);
        AlertService alerts = AlertService.start(config, topicIds);
        running.add(alerts);
        alerts.onAlert(new AlertPrinter(System.out, System.console() != null));
        alerts.onAlert(alert -> lastAlertAt.set(System.currentTimeMillis()));
        IngestService ingest = IngestService.start(config, topicIds);
        running.add(ingest);

        boolean ready = enrich.streams().awaitRunning(Duration.ofSeconds(60)) && alerts.streams().awaitRunning(Duration.ofSeconds(60));
        double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        String host = config.string(Setting.NEWSMON_HTTP_HOST);
        System.out.printf("newsmon is %s in %.1f s%n", ready ? "up" : "starting (Streams not yet running)", seconds);
        System.out.println("  post news:   http://" + host + ":" + ingest.httpPort() + "/items   (or ./newsmon ingest FILE|DIR)");
        System.out.println("  alerts page: http://" + host + ":" + alerts.httpPort() + "/");
        System.out.println("  health:      :" + ingest.httpPort() + "/health  :" + enrich.httpPort() + "/health  :" + alerts.httpPort() + "/health  (and /metrics)");
        System.out.println("Alerts appear below. Ctrl-C stops newsmon.");

        if (fresh && !noSamples) {
            ingestSamples(ingest.httpPort(), dataDir);
        }
        new CountDownLatch(1).await();
        return 0;
    }

    private void ingestSamples(int port, Path dataDir) throws Exception {
        Path dir = samplesDir != null ? samplesDir : Path.of(System.getProperty("newsmon.home", ".")).resolve("samples");
        if (!Files.isDirectory(dir)) {
            System.out.println("(no samples directory at " + dir + "; skipping samples)");
            return;
        }
        IngestClient client = new IngestClient("http://127.0.0.1:" + port);
        List<Path> files = ItemFiles.expand(List.of(dir.toString()));
        System.out.println("Fresh data directory: ingesting " + files.size() + " sample file(s) from " + dir);
        boolean ok = true;
        for (Path f : files) {
            // The samples tell a story in order (a report, then a changed figure): let each file's alerts
            // land before the next file goes in.
            awaitQuiet(Duration.ofMillis(1500), Duration.ofSeconds(15));
            ok &= IngestCommand.send(client, f);
        }
        if (ok) {
            Files.writeString(dataDir.resolve(SAMPLES_MARKER), "samples were ingested into this data directory\n");
        }
    }

    private void awaitQuiet(Duration quiet, Duration atMost) throws InterruptedException {
        long deadline = System.currentTimeMillis() + atMost.toMillis();
        long since = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline
                && System.currentTimeMillis() - Math.max(since, lastAlertAt.get()) < quiet.toMillis()) {
            Thread.sleep(100);
        }
    }

    private static void stopAll(List<AutoCloseable> running) {
        List<AutoCloseable> reverse = new ArrayList<>(running);
        Collections.reverse(reverse);
        System.out.println("Stopping newsmon…");
        for (AutoCloseable c : reverse) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }
}
