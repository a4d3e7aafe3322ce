package dev.newsmon.core.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Quantity;
import dev.newsmon.core.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first document of the contract, with hand-built actor tags (the real tagger is on another branch). */
class SeedAlertTest {

    private static final String SEED = "seeds/000_74d37a03ee8ff84e.txt";
    private static String body;
    private static List<AlertSignal> alerts;

    static Path sharedDir() {
        String prop = System.getProperty("newsmon.shared.dir");
        List<Path> candidates = new ArrayList<>();
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop));
        }
        candidates.add(Path.of("../shared"));
        candidates.add(Path.of("../../shared"));
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    @BeforeAll
    static void analyse() throws IOException {
        Path shared = sharedDir();
        Assumptions.assumeTrue(shared != null && Files.isRegularFile(shared.resolve(SEED)),
                "shared/" + SEED + " not found (set -Dnewsmon.shared.dir); skipping the seed test");
        body = Files.readString(shared.resolve(SEED), StandardCharsets.UTF_8);
        List<ActorTag> actors = List.of(
                tag("Q7184", "NATO", ActorType.ORGANIZATION, "NATO", "the multilateral military alliance",
                        "the alliance"),
                tag("Q57282", "Jens Stoltenberg", ActorType.PERSON, "Jens Stoltenberg", "Stoltenberg",
                        "The NATO Chief", "The NATO chief"),
                tag("Q889", "Afghanistan", ActorType.COUNTRY, "Afghanistan"),
                tag("Q22686", "Donald Trump", ActorType.PERSON, "President Trump"),
                tag("Q30", "United States", ActorType.COUNTRY, "US", "U.S"),
                tag("Q42418", "Taliban", ActorType.ARMED_GROUP, "Taliban", "the militant group"),
                tag(null, "Unknown", ActorType.PERSON, "Ministers"));
        alerts = DefaultAlertDetector.create().detect(
                new NewsItem("000_74d37a03ee8ff84e", null, body, null, null, null, null), actors);
    }

    /** A tag whose mentions are every occurrence of each string in the body (whole words). */
    private static ActorTag tag(String id, String name, ActorType type, String... surfaces) {
        List<Span> mentions = new ArrayList<>();
        for (String s : surfaces) {
            int from = 0;
            int at;
            while ((at = body.indexOf(s, from)) >= 0) {
                final int st = at;
                final int end = at + s.length();
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1));
                boolean wordEnd = end >= body.length() || !Character.isLetter(body.charAt(end));
                boolean overlaps = mentions.stream().anyMatch(m -> m.start() < end && st < m.end());
                if (wordStart && wordEnd && !overlaps) {
                    mentions.add(Span.of("body", body, at, end));
                }
                from = at + 1;
            }
        }
        return new ActorTag(id, name, type, mentions);
    }

    private static AlertSignal find(AlertKind kind, String inSentence) {
        return alerts.stream()
                .filter(a -> a.kind() == kind && a.sentence().text().contains(inSentence))
                .findFirst().orElse(null);
    }

    @Test
    void spansAreExactSlicesOfTheBody() {
        assertTrue(!alerts.isEmpty());
        for (AlertSignal a : alerts) {
            assertEquals("body", a.sentence().field());
            assertEquals(body.substring(a.sentence().start(), a.sentence().end()), a.sentence().text());
            assertEquals(body.substring(a.trigger().start(), a.trigger().end()), a.trigger().text());
            assertTrue(a.trigger().start() >= a.sentence().start() && a.trigger().end() <= a.sentence().end());
        }
    }

    @Test
    void natoWillNotWithdrawIsRefused() {
        AlertSignal a = find(AlertKind.WITHDRAWAL, "will not withdraw its forces from Afghanistan");
        assertNotNull(a, () -> "no withdrawal alert on the first sentence: " + alerts);
        assertEquals(AlertMode.REFUSED, a.mode());
        assertEquals("will not withdraw", a.trigger().text());
        assertEquals("Q7184", a.actors().get(0), () -> "actors " + a.actors());
        assertEquals("Afghanistan", a.place());
    }

    @Test
    void weWillNotLeaveIsRefused() {
        AlertSignal a = find(AlertKind.WITHDRAWAL, "we will not leave before the time is right");
        assertNotNull(a, () -> "no withdrawal alert on 'we will not leave': " + alerts);
        assertEquals(AlertMode.REFUSED, a.mode());
        assertEquals("will not leave", a.trigger().text());
    }

    @Test
    void mayWithdrawalDeadlineWithoutDate() {
        AlertSignal d = find(AlertKind.DEADLINE, "the May withdrawal deadline");
        assertNotNull(d, () -> "no deadline alert: " + alerts);
        assertEquals("the May withdrawal deadline", d.trigger().text());
        assertNotNull(d.deadline());
        assertEquals("the May withdrawal deadline", d.deadline().text());
        assertNull(d.deadline().date());
        // the same sentence names the 9600-strong mission
        assertTrue(d.quantities().stream().anyMatch(q -> q.value() == 9600), () -> "quantities " + d.quantities());
    }

    @Test
    void trumpDecreasedTroopsIsReportedWith2500() {
        AlertSignal a = find(AlertKind.WITHDRAWAL, "decreased the number of US troops to 2,500");
        assertNotNull(a, () -> "no withdrawal alert on the Trump sentence: " + alerts);
        assertEquals(AlertMode.REPORTED, a.mode());
        assertTrue(a.trigger().text().startsWith("decreased"), a.trigger().text());
        assertTrue(a.actors().contains("Q22686") || a.actors().contains("Q30"), () -> "actors " + a.actors());
        Quantity q = a.quantities().stream().filter(x -> x.value() == 2500).findFirst().orElse(null);
        assertNotNull(q, () -> "quantities " + a.quantities());
        assertEquals("troops", q.unit());
        assertEquals("2,500", q.text());
    }

    @Test
    void noAlertOnSentencesWithoutWithdrawalOrDeadlineLanguage() {
        Set<String> quiet = Set.of("The NATO Chief made these comments", "Stoltenberg stressed that",
                "The White House, under the Biden Administration", "The Taliban have already warned",
                "The NATO chief said the Taliban must do more");
        for (AlertSignal a : alerts) {
            for (String q : quiet) {
                assertTrue(!a.sentence().text().startsWith(q), () -> "unexpected alert " + a);
            }
        }
        // one signal per kind per sentence
        long distinct = alerts.stream().map(a -> a.kind() + "@" + a.sentence().start()).distinct().count();
        assertEquals(alerts.size(), distinct);
    }
}
