package dev.newsmon.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmon.app.ItemFiles;
import dev.newsmon.core.Json;
import dev.newsmon.core.model.NewsItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The real articles the bench feeds: {@code ../shared/data/articles.jsonl} beside the checkout, a file or
 * directory given with {@code --articles}, or else the project's own {@code samples/}. JSON Lines are
 * kept as they are (every field, {@code meta} included); .txt and .json files are read as {@code ingest} reads them.
 */
public final class ArticleSource {

    private static final ObjectMapper MAPPER = Json.mapper();

    private ArticleSource() {}

    /** The default input: the shared article set when it exists, else samples/. */
    public static Path defaultLocation(Path newsmonHome) {
        Path shared = newsmonHome.resolve("../shared/data/articles.jsonl").normalize();
        return Files.isRegularFile(shared) ? shared : newsmonHome.resolve("samples");
    }

    public static List<ObjectNode> load(Path location) throws IOException {
        List<ObjectNode> articles = new ArrayList<>();
        for (Path file : ItemFiles.expand(List.of(location.toString()))) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        JsonNode node = MAPPER.readTree(line);
                        if (node instanceof ObjectNode o && o.hasNonNull("body")) {
                            articles.add(o);
                        }
                    }
                }
            } else {
                ItemFiles.read(file, null, entry -> {
                    if (entry.item() != null) {
                        articles.add(toNode(entry.item()));
                    }
                });
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("No articles found in " + location);
        }
        return articles;
    }

    private static ObjectNode toNode(NewsItem item) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", item.id());
        o.put("title", item.title());
        o.put("body", item.body());
        o.put("source", item.source());
        o.put("published", item.published());
        return o;
    }
}
