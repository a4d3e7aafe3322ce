package dev.newsmon.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmon.core.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts behind the project's label files, which keep ids and labels only: a sentence of
 * {@code ner_dev.jsonl} by its id ({@code gmb-ner-01234}), or a piece of an article of
 * {@code articles.jsonl} by {@code <article id>@<field>:<start>-<end>} (Java String offsets).
 * Files are read on first use.
 */
public final class SharedTexts {

    private static final Pattern ARTICLE_PIECE = Pattern.compile("(.+)@(title|body):(\\d+)-(\\d+)");

    private final Path dataDir;
    private Map<String, String> sentences;
    private Map<String, String[]> articles;

    public SharedTexts(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** {@code ../shared/data} beside the project (the {@code newsmon.home} property, else the working directory). */
    public static SharedTexts beside(Path projectHome) {
        return new SharedTexts(projectHome.toAbsolutePath().normalize().resolveSibling("shared").resolve("data"));
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean available() {
        return Files.isRegularFile(dataDir.resolve("ner_dev.jsonl")) && Files.isRegularFile(dataDir.resolve("articles.jsonl"));
    }

    /** The text of a labelled sentence, or null when its id names nothing in the shared data. */
    public synchronized String text(String id) {
        Matcher m = ARTICLE_PIECE.matcher(id);
        if (m.matches()) {
            if (articles == null) {
                articles = new HashMap<>();
                read("articles.jsonl", n -> articles.put(n.path("id").asText(),
                        new String[] {n.path("title").asText(""), n.path("body").asText("")}));
            }
            String[] a = articles.get(m.group(1));
            if (a == null) {
                return null;
            }
            String field = m.group(2).equals("title") ? a[0] : a[1];
            int start = Integer.parseInt(m.group(3));
            int end = Integer.parseInt(m.group(4));
            return start <= end && end <= field.length() ? field.substring(start, end) : null;
        }
        if (sentences == null) {
            sentences = new HashMap<>();
            read("ner_dev.jsonl", n -> sentences.put(n.path("id").asText(), n.path("text").asText()));
        }
        return sentences.get(id);
    }

    private void read(String file, java.util.function.Consumer<JsonNode> each) {
        Path p = dataDir.resolve(file);
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    each.accept(Json.mapper().readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + " (the texts of the label files): " + e.getMessage(), e);
        }
    }
}
