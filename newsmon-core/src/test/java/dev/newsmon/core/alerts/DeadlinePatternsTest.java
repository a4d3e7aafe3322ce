package dev.newsmon.core.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.NewsItem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every deadline pattern, by the id a detection's {@code patterns} names it with, on a sentence written for it
 * (the rule fires) and on a near miss it leaves alone. Three patterns fire on the word alone ("deadline",
 * "timetable", "set a date": a train timetable, a wedding date) and have no near miss here: that is a known
 * weakness, left to the learned judgement, which does not filter them yet (measured by {@link AlertJudgeTest}).
 */
class DeadlinePatternsTest {

    private final DefaultAlertDetector rules = DefaultAlertDetector.rulesOnly();

    private List<String> deadlinePatterns(String body) {
        return deadlinePatterns(rules, body);
    }

    private static List<String> deadlinePatterns(DefaultAlertDetector detector, String body) {
        return detector.detect(new NewsItem("p", null, body, null, null, "2024-02-01", null), List.of()).stream()
                .filter(d -> d.kind() == AlertKind.DEADLINE).map(AlertSignal::patterns).findFirst().orElse(List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "deadline.ultimatum|The envoy said the rebels had ignored the Sunday ultimatum to disarm.|",
        "deadline.time-limit|Mediators set a time limit for the two sides to sign.|There is no limit to how far the coast road runs.",
        "deadline.extension|The council extended the mandate of the monitoring mission by six months.|The ministry extended its condolences to the families.",
        "deadline.at-the-latest|The militia must hand over the airport by Friday at the latest.|At the latest count, forty people had been hurt.",
        "deadline.expiry|The truce is set to expire on March 1.|Soybean options for May delivery expired on the Chicago exchange on Friday.",
        "deadline.timetable|Both sides agreed on a timetable for the handover of the province.|",
        "deadline.runs-out|Diplomats warned that time is running out for a deal on the border.|The city ran out of bread on Tuesday.",
        "deadline.schedule-pace|The demobilisation of the fighters is ahead of schedule, officials said.|The borrower repaid the last loan installment two weeks ahead of schedule.",
        "deadline.mandate-ends|The mandate ends in March unless the council renews it.|The mandate of heaven is an old idea.",
        "deadline.due|The disarmament report is due on April 2.|The delay was due to bad weather.",
        "deadline.set-a-date|The two governments set a date for the last troops to leave.|",
        "deadline.no-later-than|The parties must sign no later than June 30.|He arrived later than the others.",
        "deadline.have-until|The gunmen have until midnight on Friday to leave the compound.|They stayed until dawn.",
        "deadline.given-time|The court gave the commission 30 days to publish the lists.|The fighting lasted 30 days.",
        "deadline.by-date|The contingent must leave the island by the end of March.|The contingent arrived on the island by sea.",
        "deadline.within|The junta must call elections within six months, the envoy said.|Within two hours of the blast, rescuers arrived."})
    void eachPatternFiresOnItsExampleAndNotOnItsNearMiss(String pattern, String positive, String negative) {
        assertTrue(deadlinePatterns(positive).contains(pattern), pattern + " on: " + positive + " -> " + deadlinePatterns(positive));
        if (negative != null) {
            assertEquals(List.of(), deadlinePatterns(negative), "near miss: " + negative);
        }
    }
}
