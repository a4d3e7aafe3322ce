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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultAlertDetectorTest {

    /** The hand-written rules, on their own: the learned judgement on top of them is tested by AlertJudgeTest. */
    private final AlertDetector detector = DefaultAlertDetector.rulesOnly();

    private List<AlertSignal> detect(String body) {
        return detect(body, null, List.of());
    }

    private List<AlertSignal> detect(String body, String published, List<ActorTag> actors) {
        return detector.detect(new NewsItem("t", null, body, null, null, published, null), actors);
    }

    private static AlertSignal first(List<AlertSignal> alerts, AlertKind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).findFirst().orElse(null);
    }

    private AlertSignal withdrawal(String body) {
        return first(detect(body), AlertKind.WITHDRAWAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "India withdrew 1,000 troops from Kashmir on Wednesday.|REPORTED",
        "Israeli troops pulled out of the town after a three-day raid.|REPORTED",
        "The last peacekeepers have left the country.|REPORTED",
        "Poland will withdraw its soldiers from Iraq by the end of the year.|PLANNED",
        "The government plans to reduce its contingent in Bosnia next year.|PLANNED",
        "The prime minister said the country will not pull its troops out of Afghanistan.|REFUSED",
        "Officials rejected calls to withdraw the force from the border.|REFUSED",
        "There are no plans to bring the troops home, the ministry said.|REFUSED",
        "Protesters demand the withdrawal of American troops from Iraq.|DEMANDED",
        "The resolution calls for all foreign forces to leave the country.|DEMANDED",
        "The kidnappers threatened to kill the hostage unless Italy withdraws its troops.|DEMANDED",
        "Japan could withdraw its engineers if the security situation worsens.|CONDITIONAL",
        "The cabinet is considering a pullout of its troops from the region.|CONDITIONAL",
        "Any withdrawal depends on conditions on the ground.|CONDITIONAL",
    })
    void modes(String sentence, AlertMode expected) {
        AlertSignal a = withdrawal(sentence);
        assertNotNull(a, () -> "no withdrawal alert on: " + sentence);
        assertEquals(expected, a.mode(), () -> sentence + " -> " + a);
    }

    @Test
    void negationScopeIsTheClause() {
        String s = "While no ally wants to stay in Afghanistan longer than necessary, we will not leave before the time"
                + " is right.";
        AlertSignal a = withdrawal(s);
        assertNotNull(a);
        assertEquals(AlertMode.REFUSED, a.mode());
        assertTrue(a.trigger().text().endsWith("leave"), a.trigger().text());
        assertNull(withdrawal("No ally wants to stay in Afghanistan longer than necessary."));
        // negation in another clause does not reach the trigger
        AlertSignal b = withdrawal("The talks did not succeed, and the troops withdrew from the city on Monday.");
        assertNotNull(b);
        assertEquals(AlertMode.REPORTED, b.mode());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sharapova withdrew from the tournament with a shoulder injury.",
        "The senator withdrew his candidacy on Friday.",
        "The bank withdrew its offer for the insurer.",
        "The government withdrew funding for the project.",
        "Three opposition parties pulled out of Sunday's elections.",
        "Britain threatened to withdraw the licences of Japanese banks.",
        "The company is pulling out of the Russian market.",
        "Thousands of refugees left the camp as the fighting spread.",
        "He was barred from leaving the country.",
        "The army sent 3,000 more troops into the province.",
        "The economy pulled out of recession late in the year.",
        "The Taliban must reduce violence and negotiate in good faith.",
        "The minister departed for Paris on Sunday.",
        "Several foreign firms have pulled out of Iraq because of the violence.",
        "Aid agencies have pulled their foreign staff out of the region.",
        "The troops left the base early Monday to begin a search operation.",
        "Customers withdrew record amounts from their savings accounts.",
        "Russia renounced violence as a means of settling the dispute.",
        "The wounded insurgents were evacuated to a coalition medical facility.",
        "The family withdrew from Iraq after the kidnapping.",
        "Foreigners have been pulling out of Lebanon since the fighting began.",
    })
    void nonMilitaryWithdrawalsAreRejected(String sentence) {
        assertNull(withdrawal(sentence), () -> "unexpected alert on: " + sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "North Korea withdrew from the nuclear Non-Proliferation Treaty in 2003.",
        "The rebels walked out of the peace talks on Tuesday.",
        "The Labor party quit the ruling coalition over the budget.",
        "Venezuela recalled its ambassador to Israel.",
        "Britain withdrew four of its six remaining diplomats in Tehran.",
        "The last U.S. troops departed the base on Sunday.",
        "Hundreds of soldiers were sent home after the ceasefire.",
        "Zimbabwe quit the Commonwealth in 2003.",
        "Russia renounced the arms treaty last year.",
        "U.S. troop levels will fall to 50,000 next year.",
        "The downsizing of the U.N. mission began in May.",
        "Prime Minister John Howard says Australia will not cut and run from Iraq.",
        "Israel says it will not withdraw from the Golan Heights.",
        "The Islamist militia retreated from the port after heavy fighting.",
        "Israel completed its disengagement from Gaza on Monday.",
        "NATO will withdraw its forces from Afghanistan before the final phase of the election.",
    })
    void treatiesCoalitionsAndDiplomatsCount(String sentence) {
        assertNotNull(withdrawal(sentence), () -> "no alert on: " + sentence);
    }

    @Test
    void quantities() {
        AlertSignal a = withdrawal("NATO's 9600-strong mission will be withdrawn and 5,000 troops will leave Iraq.");
        assertNotNull(a);
        assertTrue(a.quantities().contains(new Quantity(9600, "troops", "9600")), a.quantities()::toString);
        assertTrue(a.quantities().contains(new Quantity(5000, "troops", "5,000")), a.quantities()::toString);
        AlertSignal b = withdrawal("President Trump decreased the number of US troops to 2,500 in January.");
        assertNotNull(b);
        assertEquals(List.of(new Quantity(2500, "troops", "2,500")), b.quantities());
        AlertSignal c = withdrawal("Russia is cutting its troops in Chechnya by 1,000.");
        assertNotNull(c);
        assertEquals(1000, c.quantities().get(0).value());
        AlertSignal d = withdrawal("Syria withdrew its 14-thousand troops from Lebanon in 2005.");
        assertNotNull(d);
        assertEquals(14000, d.quantities().get(0).value());
    }

    @Test
    void deadlineDateResolvedAgainstPublicationDate() {
        String s = "Biden will either adhere to the May withdrawal deadline or risk a backlash.";
        AlertSignal with = first(detect(s, "2021-02-15", List.of()), AlertKind.DEADLINE);
        assertNotNull(with);
        assertEquals("the May withdrawal deadline", with.trigger().text());
        assertEquals("2021-05", with.deadline().date());
        AlertSignal without = first(detect(s), AlertKind.DEADLINE);
        assertNull(without.deadline().date());
        assertEquals("the May withdrawal deadline", without.deadline().text());
        // date-time publication dates work too
        AlertSignal dt = first(detect(s, "2021-02-15T10:30:00Z", List.of()), AlertKind.DEADLINE);
        assertEquals("2021-05", dt.deadline().date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Syria pledged to remove all its troops from Lebanon by April 30.|2021-02-15|by April 30|2021-04-30",
        "The kidnappers said the hostages must be freed within 72 hours.|2021-02-15|within 72 hours|2021-02-18",
        "Iran must respond within two weeks.|2021-02-15|within two weeks|2021-03-01",
        "The mandate of the force expires at the end of March.|2021-02-15|expires at the end of March|2021-03",
        "The rebels rejected a government deadline of January 13.|2020-12-01|a government deadline of January 13|2021-01-13",
        "The deadline passed on Monday.|2021-02-15|The deadline|",
        "The treaty is set to expire on December 5, 2009.||set to expire on December 5, 2009|2009-12-05",
        "The mission expires in March.||expires in March|",
        "Negotiators have until midnight on Friday to reach a deal.|2021-02-15|until midnight on Friday|2021-02-19",
        "The court gave the ministry 14 days to publish the documents.|2021-02-15|14 days|2021-03-01",
        "Troops must leave by Friday at the latest.|2021-03-01|by Friday at the latest|2021-03-05",
        "The council voted to extend the mandate of the force.|2021-03-01|extend the mandate|",
        "The UN mandate for the mission runs out at the end of the month.||runs out|",
        "Creditors set a Friday deadline for the government.|2021-03-01|a Friday deadline|2021-03-05",
        "The United States will withdraw all its troops by Christmas.|2010-11-02|by Christmas|2010-12-25",
        "France will pull out its forces by the summer.|2021-03-01|by the summer|",
        "The rebels must leave the city by the spring of 2015.||by the spring of 2015|2015",
    })
    void deadlines(String sentence, String published, String text, String date) {
        AlertSignal d = first(detect(sentence, published, List.of()), AlertKind.DEADLINE);
        assertNotNull(d, () -> "no deadline alert on: " + sentence);
        assertEquals(text, d.deadline().text());
        assertEquals(text, d.trigger().text());
        assertEquals(date, d.deadline().date());
        assertNull(d.mode());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The talks will resume next week in Geneva.",
        "Elections are set for May.",
        "The fighting lasted for 30 days.",
        "The merger was completed on Monday.",
        "Within three hours of polls opening, a third of voters had cast ballots.",
        "Officials expect the report within a few weeks.",
        "Protesters said the Arab Spring had failed by any measure.",
        "Markets are usually quiet by Christmas.",
    })
    void noDeadlineOnMereDates(String sentence) {
        assertNull(first(detect(sentence), AlertKind.DEADLINE), () -> "unexpected deadline on: " + sentence);
    }

    @Test
    void titleFieldOffsetsAndActors() {
        String title = "Breaking: NATO will not withdraw its forces from Afghanistan";
        String body = "Officials met on Monday.";
        int nato = title.indexOf("NATO");
        int afg = title.indexOf("Afghanistan");
        List<ActorTag> actors = List.of(
                new ActorTag("Q7184", "NATO", ActorType.ORGANIZATION,
                        List.of(Span.of("title", title, nato, nato + 4))),
                new ActorTag("Q889", "Afghanistan", ActorType.COUNTRY,
                        List.of(Span.of("title", title, afg, afg + "Afghanistan".length()))),
                new ActorTag(null, "Someone", ActorType.PERSON, List.of(Span.of("title", title, 0, 8))));
        List<AlertSignal> alerts = detector.detect(new NewsItem("t", title, body, null, null, null, null), actors);
        assertEquals(1, alerts.size(), alerts::toString);
        AlertSignal a = alerts.get(0);
        assertEquals("title", a.sentence().field());
        assertEquals("title", a.trigger().field());
        assertEquals(title, a.sentence().text());
        assertEquals("will not withdraw", a.trigger().text());
        assertEquals(title.substring(a.trigger().start(), a.trigger().end()), a.trigger().text());
        assertEquals(List.of("Q7184"), a.actors());
        assertEquals("Afghanistan", a.place());
        assertEquals(AlertMode.REFUSED, a.mode());
    }

    @Test
    void attributionIsNotTheActorAndPlacesAreNotActors() {
        String body = "According to Jens Stoltenberg, Secretary General of NATO, the alliance will not withdraw its"
                + " forces from Afghanistan.";
        List<ActorTag> actors = List.of(
                new ActorTag("Q57282", "Jens Stoltenberg", ActorType.PERSON, List.of(at(body, "Jens Stoltenberg"))),
                new ActorTag("Q7184", "NATO", ActorType.ORGANIZATION, List.of(at(body, "NATO"))),
                new ActorTag("Q889", "Afghanistan", ActorType.COUNTRY, List.of(at(body, "Afghanistan"))));
        AlertSignal a = first(detect(body, null, actors), AlertKind.WITHDRAWAL);
        assertNotNull(a);
        assertEquals(List.of("Q7184"), a.actors());
        assertEquals("Afghanistan", a.place());
    }

    private static Span at(String text, String s) {
        int i = text.indexOf(s);
        return Span.of("body", text, i, i + s.length());
    }

    @Test
    void oneSignalPerKindPerSentenceAndBodyOffsets() {
        String body = "Intro sentence here. The U.S. will withdraw its troops and the pullout will end by June 30."
                + " Another line.";
        List<AlertSignal> alerts = detect(body, "2009-01-10", List.of());
        List<String> kinds = new ArrayList<>();
        for (AlertSignal a : alerts) {
            kinds.add(a.kind().name());
            assertEquals(body.substring(a.sentence().start(), a.sentence().end()), a.sentence().text());
            assertTrue(a.sentence().text().startsWith("The U.S. will withdraw"));
        }
        assertEquals(List.of("WITHDRAWAL", "DEADLINE"), kinds);
        assertEquals("2009-06-30", alerts.get(1).deadline().date());
        assertEquals(alerts.get(1).deadline(), alerts.get(0).deadline());
    }

    @Test
    void nullsAndEmptyInput() {
        assertTrue(detector.detect(null, List.of()).isEmpty());
        assertTrue(detector.detect(new NewsItem("x", null, null, null, null, null, null), null).isEmpty());
        assertTrue(detector.detect(new NewsItem("x", "", "", null, null, "not a date", null), List.of()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The general said the rebels must leave the town within 72 hours.|within 72 hours|2024-03-09",
        "The government ordered the foreign troops to leave the country in 30 days.|in 30 days|2024-04-05",
        "The militia has until the end of June to withdraw its fighters from the border zone.|until the end of June|2024-06",
        "The council demanded that the contingent pull out of the province by Friday.|by Friday|2024-03-08"})
    void relativeLimitsResolveAgainstThePublicationDate(String body, String text, String date) {
        AlertSignal d = first(detect(body, "2024-03-06", List.of()), AlertKind.DEADLINE);
        assertEquals(text, d.deadline().text(), body);
        assertEquals(date, d.deadline().date(), body);
        assertNull(first(detect(body, null, List.of()), AlertKind.DEADLINE).deadline().date(), "no publication date, no date");
    }

    @Test
    void aPeriodWithoutAnObligationIsNoLimit() {
        assertNull(first(detect("The troops will return home in 30 days of leave, officials said.", "2024-03-06", List.of()),
                AlertKind.DEADLINE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The rebel delegation threatened to walk out of the peace talks unless the army halted its offensive.|conditional",
        "The coalition partner has threatened to quit the government if the budget is cut again.|conditional",
        "The defence minister denied reports of a planned pullout of troops from the border region.|refused",
        "A spokesman dismissed rumours that the garrison would be withdrawn next month.|refused",
        "Withdrawing the soldiers now would be a grave mistake, the prime minister told parliament.|refused",
        "A pullout of the peacekeepers before the vote is out of the question, the envoy said.|refused",
        "The president vowed to veto any bill that orders a withdrawal of troops from the country.|refused",
        "Senators blocked a resolution calling for the withdrawal of the troops by March.|refused"})
    void constructionsDecideTheModeWhateverCueIsNearest(String body, String mode) {
        AlertSignal w = first(detect(body), AlertKind.WITHDRAWAL);
        assertEquals(mode, w.mode().wireName(), body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The accord gives the militia until March 3 to hand over its weapons.|until March 3|2024-03-03",
        "The court has given the interim government's electoral board 45 days to publish the lists.|45 days|2024-03-17"})
    void timeGivenToSomeoneIsALimit(String body, String text, String date) {
        AlertSignal d = first(detect(body, "2024-02-01", List.of()), AlertKind.DEADLINE);
        assertEquals(text, d.deadline().text(), body);
        assertEquals(date, d.deadline().date(), body);
    }

    /** Actors of a sentence as the tagger would give them: each name's first occurrence, with its id and type. */
    private static List<ActorTag> actorsOf(String body, String... idNameType) {
        List<ActorTag> out = new java.util.ArrayList<>();
        for (int k = 0; k < idNameType.length; k += 3) {
            int at = body.indexOf(idNameType[k + 1]);
            out.add(new ActorTag(idNameType[k], idNameType[k + 1], ActorType.valueOf(idNameType[k + 2]),
                    List.of(Span.of("body", body, at, at + idNameType[k + 1].length()))));
        }
        return out;
    }

    @Test
    void whoLeavesIsTheOfPhraseOfAWithdrawalNounNotWhoCallsForIt() {
        String body = "Canada and Norway have again called for the withdrawal of Eritrean troops from Sudan.";
        List<ActorTag> actors = actorsOf(body, "Q16", "Canada", "COUNTRY", "Q20", "Norway", "COUNTRY",
                "Q986", "Eritrean", "COUNTRY", "Q1049", "Sudan", "COUNTRY");
        AlertSignal w = first(detect(body, null, actors), AlertKind.WITHDRAWAL);
        assertEquals("Q986", w.withdrawer().id(), w.toString());
        assertEquals("Sudan", w.from().name());
        assertEquals("demanded", w.mode().wireName());
    }

    @Test
    void whoDemandsAWithdrawalIsItsSpeaker() {
        String body = "The hijackers demanded that Indonesian forces leave the island.";
        AlertSignal w = first(detect(body, null, actorsOf(body, "Q252", "Indonesian", "COUNTRY")), AlertKind.WITHDRAWAL);
        assertEquals("The hijackers", w.speaker().name(), w.toString());
        assertEquals("Q252", w.withdrawer().id());
    }

    @Test
    void aPronounSubjectLeavesWithThePartyOfTheArticlesPreviousWithdrawal() {
        String body = "The alliance will not withdraw its soldiers from the north, its spokesman said. "
                + "We will not pull our troops out until the roads are safe, he added.";
        List<ActorTag> actors = actorsOf(body, "Q7184", "The alliance", "ORGANIZATION");
        List<AlertSignal> found = detect(body, null, actors).stream().filter(d -> d.kind() == AlertKind.WITHDRAWAL).toList();
        assertEquals(2, found.size(), found.toString());
        assertEquals("Q7184", found.get(1).withdrawer().id());
        assertEquals(List.of("Q7184"), found.get(1).actors(), "so the two sentences make one alert");
        assertNull(found.get(1).withdrawer().mention(), "inferred, not named in the sentence");
    }
}
