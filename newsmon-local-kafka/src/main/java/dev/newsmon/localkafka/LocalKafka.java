package dev.newsmon.localkafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker and controller), run inside this
 * JVM from Kafka's own server classes, listening on 127.0.0.1 only.
 *
 * <p>Its log directory lives under {@code dataDir/kafka}, so stopping and starting again on the same
 * directory keeps every topic and offset. The ports chosen on first start are remembered there and
 * reused while they are free, so clients configured with the old address keep working.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafka.class);
    private static final String PORTS_FILE = "newsmon-ports.properties";
    private static final int START_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path logDir;

    private LocalKafka(KafkaRaftServer server, String bootstrapServers, Path logDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
    }

    /** Starts a broker whose state lives under {@code dataDir}, and returns once it answers clients. */
    public static LocalKafka start(Path dataDir) {
        Path logDir = dataDir.toAbsolutePath().resolve("kafka");
        RuntimeException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            // Another process can take a port between our probe and the bind; then pick new ones.
            Ports ports = Ports.forDirectory(logDir, attempt > 1);
            try {
                return startOn(logDir, ports);
            } catch (RuntimeException e) {
                last = e;
                LOG.warn("Local Kafka failed to start on ports {} (attempt {}): {}", ports, attempt, e.toString());
            }
        }
        throw new IllegalStateException("Could not start the local Kafka broker in " + logDir, last);
    }

    private static LocalKafka startOn(Path logDir, Ports ports) {
        long began = System.nanoTime();
        Map<String, String> props = brokerProperties(logDir, ports);
        format(logDir, props);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        String bootstrap = "127.0.0.1:" + ports.broker();
        try {
            server.startup();
            awaitReady(bootstrap, Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            shutdownQuietly(server);
            throw e;
        }
        ports.save(logDir);
        LOG.info("Local Kafka ready at {} in {} ms (data in {})", bootstrap,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began), logDir);
        return new LocalKafka(server, bootstrap, logDir);
    }

    static Map<String, String> brokerProperties(Path logDir, Ports ports) {
        Map<String, String> p = new HashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + ports.controller());
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + ports.broker() + ",CONTROLLER://127.0.0.1:" + ports.controller());
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + ports.broker());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        // A laptop-sized broker: small segments and few threads keep memory and start-up low.
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        return p;
    }

    private static void format(Path logDir, Map<String, String> props) {
        try {
            Files.createDirectories(logDir);
            if (Files.exists(logDir.resolve("meta.properties"))) {
                return;
            }
            Path config = logDir.resolveSibling("kafka-format.properties");
            Properties file = new Properties();
            file.putAll(props);
            try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                file.store(w, "written by newsmon to format the local broker's storage");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int code = StorageTool.execute(new String[] {
                    "format", "--config", config.toString(),
                    "--cluster-id", Uuid.randomUuid().toString(), "--ignore-formatted"
            }, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (code != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed (exit " + code + "): "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the Kafka log directory " + logDir, e);
        }
    }

    private static void awaitReady(String bootstrap, Duration timeout) {
        Map<String, Object> conf = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(conf)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Local Kafka did not answer within " + timeout, notYet);
                    }
                }
                sleep(100);
            }
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * The address of the broker that {@code newsmon up} last ran on {@code dataDir}, so that commands in
     * another terminal find it without configuration; empty when none ever started there.
     */
    public static java.util.Optional<String> lastAddress(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(PORTS_FILE);
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            return java.util.Optional.of("127.0.0.1:" + Integer.parseInt(p.getProperty("broker")));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        shutdownQuietly(server);
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Local Kafka did not shut down cleanly: {}", e.toString());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    /** The broker and controller ports of one data directory. */
    record Ports(int broker, int controller) {

        static Ports forDirectory(Path logDir, boolean fresh) {
            Path file = logDir.resolveSibling(PORTS_FILE);
            if (!fresh && Files.exists(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Properties p = new Properties();
                    p.load(r);
                    Ports saved = new Ports(Integer.parseInt(p.getProperty("broker")),
                            Integer.parseInt(p.getProperty("controller")));
                    if (isFree(saved.broker()) && isFree(saved.controller())) {
                        return saved;
                    }
                } catch (IOException | RuntimeException unreadable) {
                    LOG.debug("Ignoring unreadable {}: {}", file, unreadable.toString());
                }
            }
            // The controller port cannot be 0 in a static quorum, so both are picked up front.
            return new Ports(freePort(), freePort());
        }

        void save(Path logDir) {
            Properties p = new Properties();
            p.setProperty("broker", String.valueOf(broker));
            p.setProperty("controller", String.valueOf(controller));
            try (Writer w = Files.newBufferedWriter(logDir.resolveSibling(PORTS_FILE), StandardCharsets.UTF_8)) {
                p.store(w, "ports of newsmon's local Kafka broker");
            } catch (IOException e) {
                LOG.warn("Could not remember the local broker's ports: {}", e.toString());
            }
        }

        private static int freePort() {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(true);
                return s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("No free port on 127.0.0.1", e);
            }
        }

        private static boolean isFree(int port) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(true);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
