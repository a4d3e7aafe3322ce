package dev.newsmon.ingest;

import dev.newsmon.core.model.NewsItem;
import java.util.List;

/** Where accepted items go; returns only once every item is durably stored, else throws. */
public interface ItemPublisher extends AutoCloseable {

    void publishAll(List<NewsItem> items) throws Exception;

    @Override
    default void close() {}
}
