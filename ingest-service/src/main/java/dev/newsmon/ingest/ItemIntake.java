package dev.newsmon.ingest;

import dev.newsmon.core.model.NewsItem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What {@code POST /items} does, without HTTP: decode, validate and normalise every item, drop
 * duplicates, publish the rest and say which ids were accepted. A request with any invalid item is
 * refused whole, so a client never has to work out which half of its batch landed.
 */
public final class ItemIntake {

    /** The answer to a successful request. */
    public record Result(List<String> accepted, List<String> duplicates) {}

    private final RequestDecoder decoder = new RequestDecoder();
    private final ItemNormalizer normalizer;
    private final DuplicateFilter duplicates;
    private final ItemPublisher publisher;
    private final LongSupplier clock;
    private final Counter ingested;
    private final Counter duplicated;
    private final MeterRegistry registry;

    public ItemIntake(ItemLimits limits, int dedupCapacity, ItemPublisher publisher, MeterRegistry registry, LongSupplier clock) {
        this.normalizer = new ItemNormalizer(limits);
        this.duplicates = new DuplicateFilter(dedupCapacity);
        this.publisher = publisher;
        this.clock = clock;
        this.registry = registry;
        this.ingested = Counter.builder("newsmon.items.ingested").description("Items accepted and stored in news.raw").register(registry);
        this.duplicated = Counter.builder("newsmon.items.duplicate").description("Items dropped as duplicates at ingest").register(registry);
    }

    public Result accept(String contentType, byte[] body, Map<String, String> query) {
        try {
            return acceptOrThrow(contentType, body, query);
        } catch (BadInputException e) {
            Counter.builder("newsmon.items.rejected").tag("status", String.valueOf(e.status()))
                    .description("Requests refused as bad input").register(registry).increment();
            throw e;
        }
    }

    /** Candidates already decoded (by the feed poller): validated, deduplicated and published like a request. */
    public Result acceptDecoded(List<Map<String, Object>> candidates) {
        return acceptCandidates(candidates);
    }

    private Result acceptOrThrow(String contentType, byte[] body, Map<String, String> query) {
        return acceptCandidates(decoder.decode(contentType, body, query));
    }

    private Result acceptCandidates(List<Map<String, Object>> candidates) {
        List<NewsItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> candidate : candidates) {
            try {
                items.add(normalizer.normalize(candidate));
            } catch (BadInputException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(400, problems.size() == 1 ? problems.get(0)
                    : problems.size() + " of " + candidates.size() + " items are invalid; nothing was accepted", problems);
        }

        long now = clock.getAsLong();
        List<NewsItem> fresh = new ArrayList<>();
        List<String> freshFingerprints = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        Set<String> inThisRequest = new HashSet<>();
        for (NewsItem item : items) {
            String fingerprint = ItemNormalizer.fingerprint(item.title(), item.body());
            if (duplicates.isDuplicate(item, fingerprint) || !inThisRequest.add("id:" + item.id()) || !inThisRequest.add("fp:" + fingerprint)) {
                dropped.add(item.id());
            } else {
                fresh.add(item.withIngestedAt(now));
                freshFingerprints.add(fingerprint);
            }
        }
        try {
            publisher.publishAll(fresh);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing items", e);
        } catch (Exception e) {
            throw new StorageUnavailableException("Kafka did not confirm the items (" + e.getMessage() + "); nothing is lost by retrying the same request", e);
        }
        for (int i = 0; i < fresh.size(); i++) {
            duplicates.remember(fresh.get(i), freshFingerprints.get(i));
        }
        ingested.increment(fresh.size());
        duplicated.increment(dropped.size());
        return new Result(fresh.stream().map(NewsItem::id).toList(), dropped);
    }

    /** Kafka could not confirm a write: the client should retry. */
    public static final class StorageUnavailableException extends RuntimeException {
        StorageUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
