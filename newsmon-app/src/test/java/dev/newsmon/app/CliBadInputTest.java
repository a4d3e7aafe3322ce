package dev.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliBadInputTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseABadRuleFileWithItsLineAndPublishNothing() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "rules:\n  - id: watch\n    kind: WITHDRAWAL\n    severity: severe\n    actors: [NATO]\n");

        Result check = run("rules", "check", rules.toString());
        Result apply = run("rules", "apply", rules.toString());

        assertEquals(2, check.exit);
        assertTrue(check.err.contains("rules.yaml:4: severity must be low, medium or high"), check.err);
        assertEquals(2, apply.exit);
        assertTrue(apply.err.contains("Not published: the rules in force stay in force."), apply.err);
    }

    @Test
    void shouldSayWhenIngestIsNotRunningAndSkipFilesThatAreNotNews() throws Exception {
        Path item = dir.resolve("a.txt");
        Files.writeString(item, "Troops left the town.");
        Path other = dir.resolve("notes.pdf");
        Files.writeString(other, "%PDF");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }

        Result down = run("ingest", "--url", "http://127.0.0.1:" + closedPort, item.toString());
        Result wrongKind = run("ingest", "--url", "http://127.0.0.1:" + closedPort, other.toString());

        assertEquals(3, down.exit);
        assertTrue(down.err.contains("Cannot reach ingest-service"), down.err);
        assertEquals(2, wrongKind.exit);
        assertTrue(wrongKind.err.contains("not a .txt, .json, .jsonl or .ndjson file"), wrongKind.err);
    }

    @Test
    void shouldScoreAGoldFileTheModelHasPartlySeenWithAWarningAndRefuseUnseenForAlerts() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        // A sentence written here, never in any training data, scored with the shipped model.
        Files.writeString(gold, "{\"id\":\"w1\",\"text\":\"Qarlovian envoy Teodor Vasch met officials in Kabul .\","
                + "\"entities\":[{\"start\":16,\"end\":28,\"type\":\"per\"},{\"start\":45,\"end\":50,\"type\":\"geo\"}]}\n");

        Result actors = run("eval", "actors", gold.toString(), "--split", "unseen");
        Result alerts = run("eval", "alerts", gold.toString(), "--split", "unseen");
        Result badSplit = run("eval", "actors", gold.toString(), "--split", "holdout");

        assertEquals(0, actors.exit, actors.err);
        assertTrue(actors.out.contains("1 sentences (split unseen)"), actors.out);
        assertTrue(actors.out.contains("none of these sentences was used to train the model in use"), actors.out);
        assertEquals(2, alerts.exit);
        assertTrue(alerts.err.contains("--split unseen applies to actors only"), alerts.err);
        assertEquals(2, badSplit.exit);
        assertTrue(badSplit.err.contains("--split must be all, train, test or unseen"), badSplit.err);
    }

    @Test
    void shouldRefuseToScoreAlertsOnAFileWithoutLabelsOrWhoseIdsNameNoSharedSentence() throws Exception {
        Path unlabelled = dir.resolve("items.jsonl");
        Files.writeString(unlabelled, "{\"id\":\"u1\",\"text\":\"The brigade left the valley on Monday.\"}\n");
        Path idsOnly = dir.resolve("ids.jsonl");
        Files.writeString(idsOnly, "{\"id\":\"no-such-sentence\",\"withdrawal\":true,\"withdrawal_mode\":\"reported\",\"deadline\":false}\n");

        Files.writeString(dir.resolve("ner_dev.jsonl"), "{\"id\":\"other\",\"text\":\"A sentence of its own.\"}\n");

        Result noLabels = run("eval", "alerts", unlabelled.toString());
        Result noText = run("eval", "alerts", idsOnly.toString(), "--shared", dir.toString());
        Result noShared = run("eval", "alerts", idsOnly.toString(), "--shared", dir.resolve("absent").toString());

        assertEquals(2, noLabels.exit);
        assertTrue(noLabels.err.contains("no labels"), noLabels.err);
        assertEquals(2, noText.exit);
        assertTrue(noText.err.contains("names no sentence"), noText.err);
        assertEquals(2, noShared.exit);
        assertTrue(noShared.err.contains("the texts of the label files"), noShared.err);
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int exit = NewsmonCommand.commandLine().execute(args);
            return new Result(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private record Result(int exit, String out, String err) {}
}
