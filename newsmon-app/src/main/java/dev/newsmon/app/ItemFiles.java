package dev.newsmon.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmon.core.Json;
import dev.newsmon.core.model.NewsItem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads news items from files as {@code analyze} and {@code ingest} accept them: {@code .txt} is one
 * article (id = file name without extension), {@code .json} one item or an array, {@code .jsonl} /
 * {@code .ndjson} one item per line, {@code -} JSON Lines on standard input. An unreadable item is
 * reported in its place and the rest is still read.
 */
public final class ItemFiles {

    /** One item read, or why it could not be. */
    public record Entry(NewsItem item, String id, int line, String error) {

        static Entry ok(NewsItem item) {
            return new Entry(item, item.id(), 0, null);
        }

        static Entry failed(String id, int line, String error) {
            return new Entry(null, id, line, error);
        }
    }

    private static final ObjectMapper MAPPER = Json.mapper();

    private ItemFiles() {}

    public static boolean isItemFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** Files and directories (searched recursively, in name order) expanded into item files. */
    public static List<Path> expand(List<String> arguments) {
        List<Path> files = new ArrayList<>();
        for (String arg : arguments) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ItemFiles::isItemFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    public static void read(Path file, String defaultPublished, Consumer<Entry> sink) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            String body = Files.readString(file, StandardCharsets.UTF_8);
            String id = name.substring(0, name.length() - 4);
            sink.accept(Entry.ok(new NewsItem(id, null, body, null, null, defaultPublished, null)));
        } else if (lower.endsWith(".json")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                sink.accept(Entry.failed(null, 1, file + ": not valid JSON: " + e.getMessage().split("\n")[0]));
                return;
            }
            if (root == null || root.isMissingNode()) {
                sink.accept(Entry.failed(null, 1, file + ": the file is empty"));
            } else if (root.isArray()) {
                for (int i = 0; i < root.size(); i++) {
                    sink.accept(toItem(root.get(i), i + 1, defaultPublished));
                }
            } else {
                sink.accept(toItem(root, 1, defaultPublished));
            }
        } else {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readLines(reader, defaultPublished, sink);
            }
        }
    }

    static void readLines(BufferedReader reader, String defaultPublished, Consumer<Entry> sink) throws IOException {
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (IOException e) {
                sink.accept(Entry.failed(null, n, "not valid JSON: " + e.getMessage().split("\n")[0]));
                continue;
            }
            sink.accept(toItem(node, n, defaultPublished));
        }
    }

    static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    private static Entry toItem(JsonNode node, int line, String defaultPublished) {
        if (node == null || !node.isObject()) {
            return Entry.failed(null, line, "an item must be a JSON object");
        }
        String id = text(node, "id");
        JsonNode body = node.get("body");
        if (body == null || !body.isTextual()) {
            return Entry.failed(id, line, "'body' is required and must be a string");
        }
        String published = text(node, "published");
        return Entry.ok(new NewsItem(id, text(node, "title"), body.asText(), text(node, "url"), text(node, "source"),
                published == null ? defaultPublished : published, null));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
