package dev.newsmon.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.model.TopicTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final String RULES = """
            rules:
              - id: pullback-near-ukraine
                kind: WITHDRAWAL
                regions: [Ukraine]
                phrases:
                  any: [pull back, redeploy]
                  none: [exercise]
                  within: 6
                negation: any
                severity: high
              - id: nato-withdrawals-matter
                kind: WITHDRAWAL
                actors: [Q7184]
                severity: high
            """;

    @Test
    void shouldRefuseABadFileWithTheLineAndTheReason() {
        assertLine(4, "severity must be low, medium or high", """
                rules:
                  - id: a
                    kind: WITHDRAWAL
                    severity: urgent
                    actors: [NATO]
                """);
        assertLine(3, "'kind' must be one of [withdrawal, deadline]", """
                rules:
                  - id: b
                    kind: RETREAT
                    severity: low
                    actors: [NATO]
                """);
        assertLine(4, "unknown rule key 'phrase'", """
                rules:
                  - id: c
                    kind: DEADLINE
                    phrase: [deadline]
                    severity: low
                """);
        assertLine(2, "has no condition", """
                rules:
                  - id: d
                    kind: DEADLINE
                    severity: low
                """);
        assertLine(3, "not valid YAML", "rules:\n  - id: e\n\tkind: DEADLINE\n");
    }

    @Test
    void shouldRaiseAnAlertOnARulePhraseWhereTheDetectorSawNothing() {
        RuleEngine engine = new RuleEngine(RuleSet.parse(RULES));
        String body = "Units will pull back from the Ukraine border this week. Others will redeploy for an exercise near Ukraine.";
        NewsItem item = new NewsItem("r1", null, body, null, "desk", null, null);

        List<AlertSignal> out = engine.apply(item, List.of(), List.of(), List.of());

        assertEquals(1, out.size(), "the second sentence is an exercise, excluded by 'none'");
        AlertSignal s = out.get(0);
        assertEquals("pull back", s.trigger().text());
        assertEquals(AlertMode.REPORTED, s.mode());
        assertEquals("pullback-near-ukraine", s.rule());
        assertEquals("high", s.severity());
    }

    @Test
    void shouldRaiseTheSeverityOfABuiltInAlertAboutAWatchedActor() {
        String body = "NATO will not withdraw its forces.";
        NewsItem item = new NewsItem("r2", null, body, null, "desk", null, null);
        Span sentence = Span.of("body", body, 0, body.length());
        AlertSignal builtIn = new AlertSignal(AlertKind.WITHDRAWAL, AlertMode.REFUSED, sentence, Span.of("body", body, 5, 22),
                List.of("Q7184"), null, List.of(), null);
        ActorTag nato = new ActorTag("Q7184", "NATO", ActorType.ORGANIZATION, List.of(Span.of("body", body, 0, 4)));

        List<AlertSignal> out = new RuleEngine(RuleSet.parse(RULES)).apply(item, List.of(nato), List.<TopicTag>of(), List.of(builtIn));

        assertEquals(1, out.size());
        assertEquals("nato-withdrawals-matter", out.get(0).rule());
        assertEquals("high", out.get(0).severity());
    }

    @Test
    void shouldHonourNegation() {
        RuleEngine engine = new RuleEngine(RuleSet.parse("""
                rules:
                  - id: only-affirmative
                    kind: WITHDRAWAL
                    phrases: {any: [pull out]}
                    negation: affirmative
                    severity: medium
                """));
        NewsItem refused = new NewsItem("n1", null, "The army will not pull out of the city.", null, null, null, null);
        NewsItem affirmed = new NewsItem("n2", null, "The army will pull out of the city.", null, null, null, null);

        assertTrue(engine.apply(refused, List.of(), List.of(), List.of()).isEmpty());
        assertEquals(1, engine.apply(affirmed, List.of(), List.of(), List.of()).size());
    }

    private static void assertLine(int line, String reason, String yaml) {
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSet.parse(yaml));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
