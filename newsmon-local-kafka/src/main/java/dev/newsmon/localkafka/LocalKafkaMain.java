package dev.newsmon.localkafka;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Runs the local broker alone until interrupted: {@code LocalKafkaMain [dataDir]}. */
public final class LocalKafkaMain {

    private LocalKafkaMain() {}

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : System.getenv().getOrDefault("NEWSMON_DATA_DIR", ".newsmon"));
        LocalKafka kafka = LocalKafka.start(dataDir);
        System.out.println("KAFKA_BOOTSTRAP_SERVERS=" + kafka.bootstrapServers());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "local-kafka-shutdown"));
        stopped.await();
    }
}
