package dev.newsmon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsmon.core.Json;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemCyclerTest {

    private static ObjectNode article(String title, String body) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", "orig");
        if (title != null) {
            o.put("title", title);
        }
        o.put("body", body);
        o.putObject("meta").put("lang", "en");
        return o;
    }

    @Test
    void shouldGiveEveryCopyAFreshIdAndTitleAndKeepTheRest() throws Exception {
        ItemCycler cycler = new ItemCycler(List.of(article("Troops leave", "Body one."), article(null, "Body two.")), "run1");
        String[] lines = new String(cycler.ndjson(0, 5), StandardCharsets.UTF_8).split("\n");
        assertEquals(5, lines.length);
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (String line : lines) {
            JsonNode n = Json.mapper().readTree(line);
            ids.add(n.get("id").asText());
            titles.add(n.get("title").asText());
            assertEquals("en", n.get("meta").get("lang").asText());
        }
        assertEquals(5, ids.size());
        assertEquals(5, titles.size());
        assertEquals("Troops leave #2", cycler.item(2).get("title").asText());
        assertEquals("Article #3", cycler.item(3).get("title").asText());
        assertEquals("run1-4", cycler.item(4).get("id").asText());
        assertEquals(cycler.item(0).get("body"), cycler.item(2).get("body"));
        assertNotEquals(cycler.item(0).get("body"), cycler.item(1).get("body"));
    }
}
