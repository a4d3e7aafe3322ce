package dev.newsmon.app.bench;

import dev.newsmon.kafka.config.KafkaClientConfigs;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import dev.newsmon.kafka.http.ServiceHttpServer;
import dev.newsmon.kafka.runtime.HealthStatus;
import dev.newsmon.kafka.runtime.ServiceMetrics;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The pass-through pipeline's front: the same HTTP server as ingest-service ({@code POST /items},
 * NDJSON) and the same producer settings (idempotent, acks=all, answering only once every record is
 * acknowledged), but each line goes to Kafka as it came — bytes, no parsing, validation or dedup —
 * keyed by a sequence number so records spread over partitions as item ids do.
 */
final class PassthroughFront implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final Javalin http;

    PassthroughFront(NewsmonConfig config, String topic) {
        this.producer = new KafkaProducer<>(KafkaClientConfigs.producer(config, "bench-passthrough-front"),
                new ByteArraySerializer(), new ByteArraySerializer());
        AtomicLong sequence = new AtomicLong();
        long maxRequest = config.integer(Setting.INGEST_MAX_REQUEST_BYTES);
        this.http = ServiceHttpServer.start("127.0.0.1", 0, ServiceMetrics.registry("bench-passthrough"),
                () -> HealthStatus.up(Map.of("service", "bench-passthrough")), routes -> {
                    routes.http.maxRequestSize = maxRequest + 1L;
                    routes.routes.post("/items", ctx -> handle(ctx, topic, sequence));
                });
    }

    private void handle(Context ctx, String topic, AtomicLong sequence) throws Exception {
        byte[] body = ctx.bodyAsBytes();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                if (i > start) {
                    byte[] line = java.util.Arrays.copyOfRange(body, start, i);
                    byte[] key = ("pt-" + sequence.getAndIncrement()).getBytes(StandardCharsets.UTF_8);
                    sends.add(producer.send(new ProducerRecord<>(topic, key, line)));
                }
                start = i + 1;
            }
        }
        for (Future<RecordMetadata> send : sends) {
            send.get();
        }
        ctx.status(202).json(Map.of("accepted", sends.size()));
    }

    int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.stop();
        producer.close(Duration.ofSeconds(10));
    }
}
