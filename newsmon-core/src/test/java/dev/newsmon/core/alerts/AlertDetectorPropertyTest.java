package dev.newsmon.core.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.text.SentenceSplitter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text in: no exception, and every span is an exact slice of its field. */
class AlertDetectorPropertyTest {

    private final AlertDetector detector = DefaultAlertDetector.create();

    @Provide
    Arbitrary<String> newsish() {
        Arbitrary<String> words = Arbitraries.of("withdraw", "withdrew", "will", "not", "troops", "forces", "from",
                "Afghanistan", "the", "deadline", "May", "by", "within", "72", "hours", "U.S.", "Gen.", "pull", "out",
                "leave", "we", "2,500", "9600-strong", "to", "expires", "timetable", "no", "plans", "demand", "if",
                "could", ".", ",", "\"", "\n", "\u201c", "\u2019s", "\uD83D\uDE00", "end", "of", "the", "month",
                "decreased", "number", "unless", "ultimatum", "n't", "won't", "-", "(", ")", "'s", "30", "2021");
        return words.list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void anyStringIsSafe(@ForAll String title, @ForAll String body, @ForAll("published") String published) {
        check(new NewsItem("p", title, body, null, null, published, null));
    }

    @Property(tries = 300)
    void newsLikeStringsAreSafe(@ForAll("newsish") String title, @ForAll("newsish") String body,
                                @ForAll("published") String published) {
        check(new NewsItem("p", title, body, null, null, published, null));
    }

    @Provide
    Arbitrary<String> published() {
        return Arbitraries.oneOf(Arbitraries.of("2021-02-15", "2021-02-15T10:00:00Z", "2021-13-45", "", "x"),
                Arbitraries.strings().ofMaxLength(25), Arbitraries.just(null));
    }

    @Property(tries = 300)
    void splitterSpansAreExact(@ForAll String text) {
        int last = 0;
        for (Span s : SentenceSplitter.split("body", text)) {
            assertTrue(s.start() >= last && s.start() < s.end() && s.end() <= text.length());
            assertEquals(text.substring(s.start(), s.end()), s.text());
            last = s.end();
        }
    }

    private void check(NewsItem item) {
        List<AlertSignal> alerts = detector.detect(item, List.of());
        assertNotNull(alerts);
        for (AlertSignal a : alerts) {
            String field = item.field(a.sentence().field());
            valid(a.sentence(), field);
            valid(a.trigger(), field);
            assertEquals(a.sentence().field(), a.trigger().field());
            assertTrue(a.trigger().start() >= a.sentence().start() && a.trigger().end() <= a.sentence().end());
            assertNotNull(a.kind());
            assertNotNull(a.actors());
            assertNotNull(a.quantities());
        }
    }

    private static void valid(Span s, String field) {
        assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= field.length(), s::toString);
        assertEquals(field.substring(s.start(), s.end()), s.text());
    }
}
