package dev.newsmon.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.alerts.DefaultAlertDetector;
import dev.newsmon.core.model.AlertKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertEvaluationTest {

    @TempDir
    Path tmp;

    @Test
    void countsAndRendering() throws IOException {
        Path f = tmp.resolve("labels.jsonl");
        Files.write(f, List.of(
                "{\"id\":\"a\",\"text\":\"India withdrew 1,000 troops from Kashmir.\",\"withdrawal\":true,"
                        + "\"withdrawal_mode\":\"reported\",\"deadline\":false,\"unsure\":false}",
                "{\"id\":\"b\",\"text\":\"Sharapova withdrew from the tournament.\",\"withdrawal\":false,"
                        + "\"withdrawal_mode\":null,\"deadline\":false,\"unsure\":false}",
                "{\"id\":\"c\",\"text\":\"The deadline expired on Sunday.\",\"withdrawal\":false,"
                        + "\"withdrawal_mode\":null,\"deadline\":true,\"unsure\":true}",
                "{\"id\":\"d\",\"text\":\"Poland will withdraw its soldiers.\",\"withdrawal\":true,"
                        + "\"withdrawal_mode\":\"reported\",\"deadline\":false,\"unsure\":false}",
                ""));
        AlertEvaluation ev = AlertEvaluation.evaluate(f, DefaultAlertDetector.create(), "all");
        assertEquals(4, ev.rows().size());
        AlertEvaluation.KindScore w = ev.score(AlertKind.WITHDRAWAL, false);
        assertEquals(2, w.tp());
        assertEquals(0, w.fp());
        assertEquals(1.0, w.f1(), 1e-9);
        assertEquals(1, ev.score(AlertKind.DEADLINE, false).tp());
        assertEquals(0, ev.score(AlertKind.DEADLINE, true).tp());
        assertEquals(0.5, ev.modeAccuracy(false), 1e-9); // "will withdraw" is planned, gold says reported
        String text = ev.render();
        assertTrue(text.contains("WITHDRAWAL") && text.contains("DEADLINE") && text.contains("mode accuracy")
                && text.contains("Excluding unsure"), text);
        Map<String, Object> m = ev.toMap();
        assertEquals(4, m.get("sentences"));
        assertTrue(m.containsKey("all") && m.containsKey("excluding_unsure"));
    }

    @Test
    void splitsAreDeterministicAndDisjoint() {
        int train = 0, test = 0;
        for (int i = 0; i < 1000; i++) {
            String id = "alertcand-" + i;
            boolean a = AlertEvaluation.inSplit(id, "train");
            boolean b = AlertEvaluation.inSplit(id, "test");
            assertTrue(a != b);
            assertEquals(a, AlertEvaluation.inSplit(id, "train"));
            train += a ? 1 : 0;
            test += b ? 1 : 0;
        }
        assertTrue(train > 600 && test > 200, train + "/" + test);
        assertThrows(IllegalArgumentException.class, () -> AlertEvaluation.inSplit("x", "dev"));
    }

    /**
     * Regression guard of the hand-written rules on the shared dev set they were written on (skipped when
     * shared/ is absent). The shipped detector's figures on sentences it was not trained on are AlertJudgeTest's.
     */
    @Test
    void devSetTargets() {
        Path shared = sharedDir();
        Assumptions.assumeTrue(shared != null && Files.isRegularFile(shared.resolve("data/alerts_dev.jsonl")),
                "shared/data/alerts_dev.jsonl not found; skipping the dev-set check");
        AlertEvaluation ev = AlertEvaluation.evaluate(shared.resolve("data/alerts_dev.jsonl"),
                DefaultAlertDetector.rulesOnly(), "all");
        System.out.print(ev.render());
        AlertEvaluation.KindScore w = ev.score(AlertKind.WITHDRAWAL, false);
        AlertEvaluation.KindScore d = ev.score(AlertKind.DEADLINE, false);
        assertTrue(w.f1() >= 0.92 && w.precision() >= 0.92, ev.render());
        assertTrue(d.f1() >= 0.92, ev.render());
        assertTrue(ev.modeAccuracy(false) >= 0.80, ev.render());
    }

    static Path sharedDir() {
        String prop = System.getProperty("newsmon.shared.dir");
        for (String p : new String[] {prop, "../shared", "../../shared"}) {
            if (p != null && !p.isBlank() && Files.isDirectory(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }
}
