package dev.newsmon.ingest;

import dev.newsmon.core.model.NewsItem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the ids and content fingerprints of the most recent accepted items (bounded, oldest
 * forgotten first) so that a re-sent item or the same article under another id is dropped at the door.
 * It is per instance and in memory; enrich-service's store of seen ids is the shared safety net behind it.
 */
final class DuplicateFilter {

    private final Map<String, Boolean> recent;

    DuplicateFilter(int capacity) {
        this.recent = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > 2 * capacity;
            }
        };
    }

    /** {@code fingerprint}: {@link ItemNormalizer#fingerprint} of the item's title and body. */
    synchronized boolean isDuplicate(NewsItem item, String fingerprint) {
        return recent.containsKey("id:" + item.id()) || recent.containsKey("fp:" + fingerprint);
    }

    /** Called only once the item is safely in Kafka, so a failed send can be retried. */
    synchronized void remember(NewsItem item, String fingerprint) {
        recent.put("id:" + item.id(), Boolean.TRUE);
        recent.put("fp:" + fingerprint, Boolean.TRUE);
    }
}
