package dev.newsmon.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * alert-service groups, escalates and delivers; it reads no text. Its code may use newsmon-core's records
 * ({@code dev.newsmon.core.model}) and JSON, never the taggers, the detector, the rules or the text utilities,
 * so that what an item says is decided once, in enrich-service.
 */
class NoTextAnalysisTest {

    private static final Pattern ANALYSIS = Pattern.compile(
            "dev\\.newsmon\\.core\\.(actors|alerts|topics|text|rules)\\b|dev\\.newsmon\\.core\\.Analyzer\\b");

    @Test
    void alertServiceUsesNoTextAnalysis() throws IOException {
        Path main = Path.of(System.getProperty("newsmon.project.dir", "..")).resolve("alert-service/src/main/java");
        assertTrue(Files.isDirectory(main), main.toString());
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return ANALYSIS.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> main.relativize(p).toString()).toList();
        }
        assertEquals(List.of(), offenders, "alert-service classes that use newsmon-core's text analysis");
    }
}
