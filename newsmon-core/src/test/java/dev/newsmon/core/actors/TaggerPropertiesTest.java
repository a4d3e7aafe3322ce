package dev.newsmon.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.model.TopicTag;
import dev.newsmon.core.topics.DefaultTopicTagger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text in, no exception out; every span lies inside its field and equals its slice. */
class TaggerPropertiesTest {

    private static final DefaultTopicTagger TOPICS = DefaultTopicTagger.load(List.of());

    @Property(tries = 300)
    void anyStringIsSafe(@ForAll String title, @ForAll String body) {
        check(new NewsItem("p", title, body, null, null, null, null));
    }

    @Property(tries = 300)
    void newsLikeTextIsSafe(@ForAll("newsy") String title, @ForAll("newsy") String body) {
        check(new NewsItem("p", title, body, null, null, "2021-02-15", null));
    }

    @Provide
    Arbitrary<String> newsy() {
        Arbitrary<String> words = Arbitraries.of("NATO", "the", "alliance", "Taliban", "U.S", "U.S.", "-", "'s", "’s",
                "President", "Biden", "Stoltenberg", "Kabul", "government", "in", "withdraw", "deadline", ".", ",", "\"",
                "Georgia", "Jordan", "AFGHANISTAN", "militant", "group", "The", "Secretary", "General", "of", "\n",
                "\uD83D\uDE00", "é", "al-Qaida", "2,500", "chief", "US", "troops");
        return words.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    private static void check(NewsItem item) {
        for (ActorTag a : Taggers.actors().tag(item)) {
            assertTrue(!a.mentions().isEmpty());
            a.mentions().forEach(m -> inside(item, m));
        }
        for (TopicTag t : TOPICS.tag(item)) {
            assertTrue(t.score() >= 0 && t.score() <= 1);
            t.evidence().forEach(m -> inside(item, m));
        }
    }

    private static void inside(NewsItem item, Span m) {
        String text = item.field(m.field());
        assertTrue(m.start() >= 0 && m.start() < m.end() && m.end() <= text.length(), m.toString());
        assertEquals(text.substring(m.start(), m.end()), m.text());
    }
}
