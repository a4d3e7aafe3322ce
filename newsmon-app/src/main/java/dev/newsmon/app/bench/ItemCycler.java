package dev.newsmon.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmon.core.Json;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Item number n of an endless feed made by cycling through the articles: each copy gets a fresh id
 * ({@code <prefix>-<n>}) and a fresh content fingerprint (" #n" appended to the title), so ingest's
 * duplicate filter, which drops repeats by id and by normalised title and body, lets every copy in.
 */
public final class ItemCycler {

    private static final ObjectMapper MAPPER = Json.mapper();

    private final List<ObjectNode> articles;
    private final String idPrefix;

    public ItemCycler(List<ObjectNode> articles, String idPrefix) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to cycle through");
        }
        this.articles = List.copyOf(articles);
        this.idPrefix = idPrefix;
    }

    public ObjectNode item(long n) {
        ObjectNode copy = articles.get((int) (n % articles.size())).deepCopy();
        copy.put("id", idPrefix + "-" + n);
        String title = copy.hasNonNull("title") ? copy.get("title").asText() : "";
        copy.put("title", (title.isBlank() ? "Article" : title) + " #" + n);
        return copy;
    }

    /** Items {@code from} (inclusive) to {@code to} (exclusive) as NDJSON, one item a line. */
    public byte[] ndjson(long from, long to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, to - from) * 2048);
        try {
            for (long n = from; n < to; n++) {
                out.writeBytes(MAPPER.writeValueAsBytes(item(n)));
                out.write('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write item as JSON", e);
        }
        return out.toByteArray();
    }
}
