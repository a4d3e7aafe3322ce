package dev.newsmon.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.localkafka.LocalKafka;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsmon bench}: newsmon's whole pipeline on a real broker with real articles, beside a
 * pass-through pipeline of the same shape, so the ratio shows what newsmon's own work costs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Measure throughput and end-to-end latency on a real broker, beside a pass-through baseline.",
        "Phase 1 feeds --items at full speed; phase 2 feeds --rate items/s for --latency-seconds. Both the pipeline",
        "and a pass-through pipeline with the same hops and exactly-once guarantees are measured. Progress goes to stderr."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--items", defaultValue = "50000", description = "Items fed at full speed in the throughput phase (default: ${DEFAULT-VALUE}).")
    long items;

    @Option(names = "--rate", defaultValue = "200", description = "Items per second in the latency phase (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--latency-seconds", defaultValue = "20", description = "How long the latency phase feeds (default: ${DEFAULT-VALUE}).")
    double latencySeconds;

    @Option(names = "--articles", description = "A .jsonl/.json/.txt file or a directory of them (default: ../shared/data/articles.jsonl beside the checkout, else samples/).")
    Path articles;

    @Option(names = "--json", description = "Print exactly one JSON object with the figures instead of the table.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (items < 1 || rate <= 0 || latencySeconds <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--items, --rate and --latency-seconds must be positive");
        }
        PrintStream log = System.err;
        // alert-service's global alerts view warns about every out-of-order update, and a bench makes hundreds;
        // they say nothing about the measurement and would bury the progress lines.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.streams.kstream.internals.KTableSource", "error");
        Path home = Path.of(System.getProperty("newsmon.home", ".")).toAbsolutePath().normalize();
        Path input = articles != null ? articles : ArticleSource.defaultLocation(home);
        List<ObjectNode> base = ArticleSource.load(input);
        log.printf("bench: %d articles from %s, cycled with fresh ids and titles%n", base.size(), input);

        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Path dataDir = Files.createTempDirectory("newsmon-bench-");
        NewsmonConfig config = NewsmonConfig.fromEnvironment();
        LocalKafka kafka = null;
        try {
            if (!config.hasExternalKafka()) {
                kafka = LocalKafka.start(dataDir);
                config = config.with(Setting.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
                log.printf("bench: local KRaft broker at %s, data in %s (deleted afterwards)%n", kafka.bootstrapServers(), dataDir);
            } else {
                log.printf("bench: Kafka at %s (KAFKA_BOOTSTRAP_SERVERS); bench topics are named %s.*%n",
                        config.string(Setting.KAFKA_BOOTSTRAP_SERVERS), run);
            }
            config = isolate(config, run, dataDir);
            BenchRunner.Figures newsmon;
            BenchRunner.Figures passthrough;
            try (Admin admin = Admin.create(KafkaClientConfigs.admin(config))) {
                BenchRunner runner = new BenchRunner(admin, KafkaClientConfigs.consumer(config, null), log);
                // newsmon first: if a warmer JVM and broker favour the second run, they favour the baseline.
                try (NewsmonPipeline pipeline = NewsmonPipeline.start(config)) {
                    newsmon = runner.run(pipeline, new ItemCycler(base, run + "-nm"), items, rate, latencySeconds);
                }
                try (PassthroughPipeline pipeline = PassthroughPipeline.start(config, run + ".pt")) {
                    passthrough = runner.run(pipeline, new ItemCycler(base, run + "-pt"), items, rate, latencySeconds);
                }
                if (config.hasExternalKafka() && kafka == null) {
                    deleteRunTopics(admin, run, log);
                }
            }
            BenchReport report = new BenchReport(newsmon, passthrough, String.format(Locale.ROOT,
                    "newsmon bench: %d items at full speed, then %s items/s for %s s; %d articles from %s.%n"
                            + "Fed over HTTP on localhost (POST /items, NDJSON, %d items per request at full speed, %d in flight):"
                            + " ingest-service for the pipeline, an equivalent byte-forwarding front for the passthrough.",
                    items, trim(rate), trim(latencySeconds), base.size(), input, BenchRunner.BATCH_SIZE, BenchRunner.FEEDERS));
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? report.json() : report.table());
            out.flush();
            return 0;
        } finally {
            if (kafka != null) {
                kafka.close();
            }
            deleteTree(dataDir);
        }
    }

    /** Topic names, application ids and data directory for this run only; HTTP ports picked by the system. */
    static NewsmonConfig isolate(NewsmonConfig config, String run, Path dataDir) {
        return config
                .with(Setting.NEWSMON_DATA_DIR, dataDir.toString())
                .with(Setting.TOPIC_RAW, run + ".news.raw")
                .with(Setting.TOPIC_ENRICHED, run + ".news.enriched")
                .with(Setting.TOPIC_ALERTS, run + ".news.alerts")
                .with(Setting.TOPIC_DEAD_LETTER, run + ".news.dead-letter")
                .with(Setting.TOPIC_PER_TOPIC_PREFIX, run + ".news.topic.")
                .with(Setting.TOPIC_RULES, run + ".newsmon.rules")
                .with(Setting.TOPIC_ACKS, run + ".newsmon.acks")
                .with(Setting.ENRICH_APPLICATION_ID, run + "-enrich")
                .with(Setting.ALERT_APPLICATION_ID, run + "-alert")
                .with(Setting.NEWSMON_CREATE_TOPICS, "true")
                .with(Setting.INGEST_HTTP_PORT, "0")
                .with(Setting.ENRICH_HTTP_PORT, "0")
                .with(Setting.ALERT_HTTP_PORT, "0");
    }

    private static void deleteRunTopics(Admin admin, String run, PrintStream log) {
        try {
            List<String> mine = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().filter(t -> t.startsWith(run)).toList();
            admin.deleteTopics(mine).all().get(60, TimeUnit.SECONDS);
            log.printf("bench: deleted this run's %d topics%n", mine.size());
        } catch (Exception e) {
            log.printf("bench: could not delete this run's topics (%s); they are named %s*%n", e, run);
        }
        List<String> groups = List.of(run + "-enrich", run + "-alert", run + ".pt-copy", run + ".pt-repartition");
        try {
            admin.deleteConsumerGroups(groups).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Streams members do not leave on close; the groups empty after the session timeout and then expire.
            log.printf("bench: this run's consumer groups (%s*) could not be deleted yet; they expire by themselves%n", run);
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
