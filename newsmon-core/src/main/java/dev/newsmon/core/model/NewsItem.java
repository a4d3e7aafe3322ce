package dev.newsmon.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A news item as newsmon carries it on {@code news.raw}: validated and normalised by ingest.
 *
 * @param id         stable id (given, or derived from the normalised content)
 * @param published  ISO-8601 date or date-time as the source gave it, or null
 * @param ingestedAt epoch millis when ingest accepted the item (end-to-end latency starts here), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewsItem(
        String id, String title, String body, String url, String source, String published, Long ingestedAt) {

    public NewsItem withId(String newId) {
        return new NewsItem(newId, title, body, url, source, published, ingestedAt);
    }

    public NewsItem withIngestedAt(long millis) {
        return new NewsItem(id, title, body, url, source, published, millis);
    }

    /** The text of a field by name: "title" or "body"; empty for a missing field. */
    public String field(String name) {
        String value = "title".equals(name) ? title : "body".equals(name) ? body : null;
        return value == null ? "" : value;
    }
}
