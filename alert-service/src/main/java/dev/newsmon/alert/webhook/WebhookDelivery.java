package dev.newsmon.alert.webhook;

import dev.newsmon.core.model.Alert;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers every alert version on {@code news.alerts} to one webhook URL, at least once. Its consumer has
 * a group of its own (so each URL keeps its own position), reads committed records only and commits a
 * record's offset only after the receiver answered 2xx, or after a permanent failure was counted.
 *
 * <p>A connection error, a timeout, 408, 429 or 5xx is retried with {@link Backoff}: the consumer seeks
 * back to the record and the thread waits, then polls again (so it stays in its group however long the
 * receiver is down). Any other answer (4xx, 3xx) is a permanent failure: logged, counted, skipped. It
 * runs on its own thread: a receiver that is down holds up nothing but its own deliveries.
 */
public final class WebhookDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

    public enum State { STARTING, DELIVERING, BACKING_OFF, STOPPED }

    public enum Outcome { DELIVERED, RETRY, FAILED }

    /** Waits between attempts; returns early (false) when delivery is closing. Injected so tests do not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        boolean sleep(Duration duration) throws InterruptedException;
    }

    private final String id;
    private final String target;
    private final URI url;
    private final Consumer<String, Alert> consumer;
    private final String topic;
    private final WebhookPayloads payloads;
    private final WebhookSigner signer;
    private final WebhookSender sender;
    private final Backoff backoff;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Counter delivered;
    private final Counter retried;
    private final Counter failed;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicLong pending = new AtomicLong();
    private final Thread thread;

    private volatile State state = State.STARTING;
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastError;
    private volatile int consecutiveFailures;

    /** Retryable failures since the receiver last answered (2xx or a permanent refusal): drives the backoff. */
    private int retryStreak;

    public WebhookDelivery(String id, URI url, Consumer<String, Alert> consumer, String topic, WebhookPayloads payloads,
                           WebhookSigner signer, WebhookSender sender, Backoff backoff, Clock clock, Sleeper sleeper,
                           MeterRegistry registry) {
        this.id = id;
        this.target = WebhookSettings.redact(url.toString());
        this.url = url;
        this.consumer = consumer;
        this.topic = topic;
        this.payloads = payloads;
        this.signer = signer;
        this.sender = sender;
        this.backoff = backoff;
        this.clock = clock;
        this.sleeper = sleeper == null ? this::sleepUnlessClosing : sleeper;
        this.delivered = counter(registry, "delivered");
        this.retried = counter(registry, "retried");
        this.failed = counter(registry, "failed");
        Gauge.builder("newsmon.webhook.pending", pending, AtomicLong::get).tag("webhook", id)
                .description("Alert versions on news.alerts this webhook has not been sent yet (consumer lag)").register(registry);
        Gauge.builder("newsmon.webhook.consecutive.failures", this, d -> d.consecutiveFailures).tag("webhook", id)
                .description("Failed attempts since this webhook's last successful delivery").register(registry);
        this.thread = new Thread(this::run, "newsmon-webhook-" + id);
        this.thread.setDaemon(true);
    }

    private Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("newsmon.webhook.deliveries").tag("outcome", outcome).tag("webhook", id)
                .description("Webhook delivery attempts by outcome: delivered (2xx), retried (down, 5xx, 408, 429), failed (permanent)")
                .register(registry);
    }

    public void start() {
        thread.start();
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    /** For {@code /health}: reported, never a reason to be unready. */
    public Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("target", target);
        d.put("state", thread.isAlive() || state == State.STARTING ? state.name() : State.STOPPED.name());
        d.put("lastSuccess", lastSuccess == null ? null : lastSuccess.toString());
        d.put("lastFailure", lastFailure == null ? null : lastFailure.toString());
        d.put("lastError", lastError);
        d.put("consecutiveFailures", consecutiveFailures);
        d.put("pending", pending.get());
        d.put("delivered", (long) delivered.count());
        d.put("retried", (long) retried.count());
        d.put("failed", (long) failed.count());
        return d;
    }

    void run() {
        try {
            consumer.subscribe(List.of(topic));
            state = State.DELIVERING;
            while (closing.getCount() > 0) {
                ConsumerRecords<String, Alert> records = consumer.poll(Duration.ofMillis(500));
                Duration wait = deliver(records);
                updatePending();
                if (wait != null) {
                    state = State.BACKING_OFF;
                    if (!sleeper.sleep(wait)) {
                        break;
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Webhook {} ({}) delivery stopped", id, target, e);
        } finally {
            state = State.STOPPED;
            try {
                consumer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("Closing webhook consumer {}: {}", id, e.toString());
            }
        }
    }

    /**
     * Sends the polled records in order, committing each one that is done; on a retryable failure seeks
     * every partition back to its first record not done and answers how long to wait, else null.
     */
    Duration deliver(ConsumerRecords<String, Alert> records) throws InterruptedException {
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, Alert>> list = records.records(partition);
            for (ConsumerRecord<String, Alert> record : list) {
                if (closing.getCount() == 0) {
                    rewind(records, partition, record.offset());
                    return null;
                }
                WebhookSender.Response response = null;
                Outcome outcome;
                if (record.value() == null) {
                    outcome = Outcome.DELIVERED; // a tombstone: nothing to send
                } else {
                    Attempt attempt = attempt(record.value());
                    outcome = attempt.outcome;
                    response = attempt.response;
                }
                if (outcome == Outcome.RETRY) {
                    // Counted per webhook, not per record: after a rewind the next poll may start with
                    // another partition's record, and the receiver is just as down for it.
                    retryStreak++;
                    rewind(records, partition, record.offset());
                    return backoff.delay(retryStreak, response == null ? null : response.retryAfter());
                }
                retryStreak = 0;
                commit(partition, record.offset() + 1);
            }
        }
        state = State.DELIVERING;
        return null;
    }

    private record Attempt(Outcome outcome, WebhookSender.Response response) {}

    private Attempt attempt(Alert alert) throws InterruptedException {
        byte[] body;
        Map<String, String> headers = new LinkedHashMap<>();
        try {
            body = payloads.body(alert);
            headers.put("Content-Type", "application/json; charset=utf-8");
            headers.put(WebhookSigner.SIGNATURE_HEADER, signer.sign(body));
            headers.put(WebhookPayloads.IDEMPOTENCY_HEADER, WebhookPayloads.idempotencyKey(alert));
            headers.put(WebhookPayloads.ALERT_ID_HEADER, alert.id());
            headers.put("User-Agent", "newsmon-alert-service");
        } catch (RuntimeException e) {
            failed(alert, "cannot build the payload: " + e);
            return new Attempt(Outcome.FAILED, null);
        }
        WebhookSender.Response response;
        try {
            response = sender.post(url, body, headers);
        } catch (IOException e) {
            retry(alert, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return new Attempt(Outcome.RETRY, null);
        }
        Outcome outcome = classify(response.status());
        switch (outcome) {
            case DELIVERED -> {
                delivered.increment();
                lastSuccess = clock.instant();
                consecutiveFailures = 0;
            }
            case RETRY -> retry(alert, "HTTP " + response.status());
            case FAILED -> failed(alert, "HTTP " + response.status());
        }
        return new Attempt(outcome, response);
    }

    /** 2xx delivered; 408, 429 and 5xx worth retrying; anything else (3xx, other 4xx) will not get better. */
    public static Outcome classify(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.DELIVERED;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return Outcome.RETRY;
        }
        return Outcome.FAILED;
    }

    private void retry(Alert alert, String error) {
        retried.increment();
        consecutiveFailures++;
        lastFailure = clock.instant();
        lastError = error;
        if (consecutiveFailures == 1 || consecutiveFailures % 10 == 0) {
            LOG.warn("Webhook {} ({}): alert {} not delivered ({}), retrying; {} failed attempts in a row",
                    id, target, alert.id(), error, consecutiveFailures);
        }
    }

    private void failed(Alert alert, String error) {
        failed.increment();
        consecutiveFailures++;
        lastFailure = clock.instant();
        lastError = error;
        LOG.error("Webhook {} ({}): alert {} permanently refused ({}); skipped", id, target, alert.id(), error);
    }

    private void rewind(ConsumerRecords<String, Alert> records, TopicPartition failedPartition, long failedOffset) {
        consumer.seek(failedPartition, failedOffset);
        boolean after = false;
        for (TopicPartition p : records.partitions()) {
            if (p.equals(failedPartition)) {
                after = true;
            } else if (after) {
                consumer.seek(p, records.records(p).get(0).offset());
            }
        }
    }

    private void commit(TopicPartition partition, long next) {
        try {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(next)));
        } catch (CommitFailedException e) {
            LOG.info("Webhook {}: commit after a rebalance failed; the new owner of {} redelivers from its last commit", id, partition);
        }
    }

    private void updatePending() {
        long lag = 0;
        try {
            for (TopicPartition p : consumer.assignment()) {
                OptionalLong l = consumer.currentLag(p);
                lag += l.orElse(0);
            }
            pending.set(lag);
        } catch (RuntimeException e) {
            // lag is best effort
        }
    }

    private boolean sleepUnlessClosing(Duration d) throws InterruptedException {
        return !closing.await(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the delivery thread to stop, without waiting: {@link #close} waits. */
    void stop() {
        closing.countDown();
        consumer.wakeup();
    }

    @Override
    public void close() {
        stop();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
