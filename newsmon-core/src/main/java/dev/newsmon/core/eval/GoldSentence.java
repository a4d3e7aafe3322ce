package dev.newsmon.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsmon.core.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One gold-annotated sentence of an NER file ({@code {"id","text","entities":[{"start","end","type"}]}}). */
public record GoldSentence(String id, String text, List<GoldSpan> entities) {

    public record GoldSpan(int start, int end, String type) {}

    /** Reads the sentences of a JSON Lines file whose split ("all", "train", "test") matches. */
    public static List<GoldSentence> read(Path file, String split) throws IOException {
        ObjectMapper m = Json.mapper();
        List<GoldSentence> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = m.readTree(line);
                String id = n.path("id").asText();
                if (!Split.matches(id, split)) {
                    continue;
                }
                List<GoldSpan> ents = new ArrayList<>();
                for (JsonNode e : n.path("entities")) {
                    ents.add(new GoldSpan(e.path("start").asInt(), e.path("end").asInt(), e.path("type").asText()));
                }
                out.add(new GoldSentence(id, n.path("text").asText(), ents));
            }
        }
        return out;
    }
}
