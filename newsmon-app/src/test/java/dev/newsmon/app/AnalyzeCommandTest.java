package dev.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmon.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldAnswerEveryItemInOrderAndReportUnreadableOnesInPlace() throws Exception {
        Path jsonl = dir.resolve("mixed.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"ok-1\", \"body\": \"NATO will not withdraw its forces from Afghanistan.\", \"published\": \"2021-02-15\"}",
                "{\"id\": \"broken\", \"body\": ",
                "{\"id\": \"no-body\", \"title\": \"headline only\"}",
                "[1, 2, 3]",
                "",
                "{\"id\": \"ok-2\", \"body\": \"" + "Quiet markets. ".repeat(20_000) + "\"}"), StandardCharsets.UTF_8);
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Troupes retir\u00e9es".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");

        Run run = run(jsonl.toString(), latin1.toString(), empty.toString());

        assertEquals(2, run.exit, "unreadable items make the exit status 2");
        List<JsonNode> lines = run.lines();
        assertEquals(7, lines.size(), "one line per item, in input order: " + run.out);
        assertEquals("ok-1", lines.get(0).get("id").asText());
        assertEquals("refused", lines.get(0).get("alerts").get(0).get("mode").asText());
        assertEquals(2, lines.get(1).get("line").asInt());
        assertTrue(lines.get(1).get("error").asText().contains("not valid JSON"));
        assertEquals("no-body", lines.get(2).get("id").asText());
        assertTrue(lines.get(2).get("error").asText().contains("'body' is required"));
        assertTrue(lines.get(3).get("error").asText().contains("JSON object"));
        assertEquals("ok-2", lines.get(4).get("id").asText(), "a blank line is skipped, a 300 kB line is analysed");
        assertTrue(lines.get(5).get("error").asText().endsWith("latin1.txt: not valid UTF-8"), lines.get(5).toString());
        assertTrue(lines.get(6).get("error").asText().endsWith("empty.json: the file is empty"), lines.get(6).toString());
    }

    private Run run(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = new CommandLine(new AnalyzeCommand()).execute(args);
        } finally {
            System.setOut(before);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(Json.mapper().readTree(line));
                }
            }
            return nodes;
        }
    }
}
