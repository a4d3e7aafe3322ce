package dev.newsmon.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsmon.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> texts(String s) {
        return SentenceSplitter.split("body", s).stream().map(Span::text).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String s = "Gen. David Petraeus met Mr. Karzai in Kabul. The U.S. Army will stay. Dr. Smith agreed.";
        assertEquals(List.of("Gen. David Petraeus met Mr. Karzai in Kabul.", "The U.S. Army will stay.",
                "Dr. Smith agreed."), texts(s));
    }

    @Test
    void initialsAndMonthAbbreviations() {
        assertEquals(List.of("George W. Bush spoke on Dec. 10 in Washington.", "He left."),
                texts("George W. Bush spoke on Dec. 10 in Washington. He left."));
    }

    @Test
    void usAtTheEndOfASentence() {
        assertEquals(List.of("Troops returned to the U.S.", "The pullout is over."),
                texts("Troops returned to the U.S. The pullout is over."));
    }

    @Test
    void quotesStayWithTheirSentence() {
        String s = "He said: \"We will not leave.\" Officials agreed. \u201cNever again!\u201d she added.";
        assertEquals(List.of("He said: \"We will not leave.\"", "Officials agreed.",
                "\u201cNever again!\u201d she added."), texts(s));
    }

    @Test
    void newlinesAlwaysSplitAndSpansAreExact() {
        String s = "  First line without a stop\nSecond line. Third one?\r\n\nFourth";
        List<Span> spans = SentenceSplitter.split("title", s);
        assertEquals(List.of("First line without a stop", "Second line.", "Third one?", "Fourth"),
                spans.stream().map(Span::text).toList());
        for (Span sp : spans) {
            assertEquals("title", sp.field());
            assertEquals(s.substring(sp.start(), sp.end()), sp.text());
        }
    }

    @Test
    void lowerCaseContinuationIsNotASentenceStart() {
        assertEquals(List.of("The talks ended at 3 p.m. on Monday."), texts("The talks ended at 3 p.m. on Monday."));
        assertEquals(List.of("Prices rose 2.5 percent."), texts("Prices rose 2.5 percent."));
    }

    @Test
    void emptyAndBlank() {
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(), texts(" \n\t "));
        assertEquals(List.of(), SentenceSplitter.split("body", null));
    }
}
