package dev.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsmon.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./newsmon ingest --published DATE}: the date goes to items that have none, and only a real date is taken. */
class IngestPublishedTest {

    @Test
    void shouldDateItemsWithoutAPublicationDateAndKeepTheOthers() throws Exception {
        JsonNode array = Json.mapper().readTree(IngestCommand.withPublished(
                "[{\"body\":\"Troops left.\"},{\"body\":\"Troops stayed.\",\"published\":\"2020-01-01\"},{\"body\":\"x\",\"published\":null}]",
                "2024-03-06"));
        assertEquals("2024-03-06", array.get(0).path("published").asText());
        assertEquals("2020-01-01", array.get(1).path("published").asText(), "an item's own date wins");
        assertEquals("2024-03-06", array.get(2).path("published").asText());
        assertEquals("2024-03-06", Json.mapper().readTree(IngestCommand.withPublished("{\"body\":\"a\"}", "2024-03-06"))
                .path("published").asText());
    }

    @Test
    void shouldRefuseADateThatIsNotIsoBeforeSendingAnything(@TempDir Path dir) throws Exception {
        Path item = dir.resolve("a.jsonl");
        Files.writeString(item, "{\"body\":\"Troops left the town.\"}\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = NewsmonCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        java.io.PrintStream saved = System.err;
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(sysErr, true, java.nio.charset.StandardCharsets.UTF_8));
        int exit;
        try {
            // no ingest-service is listening on this port: the date is refused before any connection
            exit = cli.execute("ingest", "--url", "http://127.0.0.1:9", "--published", "last Tuesday", item.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(2, exit);
        assertTrue(sysErr.toString(java.nio.charset.StandardCharsets.UTF_8).contains("--published must be an ISO-8601 date"),
                sysErr.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
