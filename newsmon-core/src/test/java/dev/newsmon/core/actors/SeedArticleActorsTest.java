package dev.newsmon.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.model.TopicTag;
import dev.newsmon.core.Analyzer;
import dev.newsmon.core.alerts.DefaultAlertDetector;
import dev.newsmon.core.topics.DefaultTopicTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first document (CONTRACT.md, "The first document"), analysed with no publication date. */
class SeedArticleActorsTest {

    private static String body;
    private static List<ActorTag> actors;

    @BeforeAll
    static void tagSeed() throws Exception {
        Optional<Path> shared = Taggers.sharedDir();
        Path seed = shared.map(d -> d.resolve("seeds/000_74d37a03ee8ff84e.txt")).orElse(null);
        Assumptions.assumeTrue(seed != null && Files.isRegularFile(seed), "shared seed article absent, skipping");
        body = Files.readString(seed);
        actors = Taggers.actors().tag(new NewsItem("000_74d37a03ee8ff84e", null, body, null, null, null, null));
    }

    private static ActorTag actor(String id) {
        return Taggers.byId(actors, id).orElseThrow(() -> new AssertionError("no actor " + id + " in " + actors));
    }

    private static void hasMentions(ActorTag a, String... texts) {
        List<String> got = Taggers.mentionTexts(a);
        for (String t : texts) {
            assertTrue(got.contains(t), a.name() + " lacks mention '" + t + "': " + got);
        }
    }

    @Test
    void nato_with_descriptions_and_possessive() {
        ActorTag nato = actor("Q7184");
        assertEquals(ActorType.ORGANIZATION, nato.type());
        hasMentions(nato, "NATO", "the multilateral military alliance", "the alliance");
        int possessive = body.indexOf("NATO's");
        assertTrue(nato.mentions().stream().anyMatch(m -> m.start() == possessive), "mention at NATO's");
    }

    @Test
    void stoltenberg_by_name_titles_and_surname() {
        ActorTag js = actor("jens-stoltenberg");
        assertEquals(ActorType.PERSON, js.type());
        hasMentions(js, "Jens Stoltenberg", "Secretary General of NATO", "The NATO Chief", "The NATO chief", "Stoltenberg");
    }

    @Test
    void countries_groups_and_governments() {
        assertEquals(ActorType.COUNTRY, actor("Q889").type());
        ActorTag taliban = actor("Q42418");
        assertEquals(ActorType.ARMED_GROUP, taliban.type());
        hasMentions(taliban, "Taliban", "the militant group");
        hasMentions(actor("Q6279"), "President Biden");
        hasMentions(actor("Q22686"), "President Trump");
        assertEquals(ActorType.GOVERNMENT, actor("biden-administration").type());
        hasMentions(actor("us-white-house"), "White House");
        hasMentions(actor("us-pentagon"), "Pentagon");
        hasMentions(actor("Q30"), "US", "U.S");
        ActorTag kabul = actor("gov-afghanistan");
        assertTrue(kabul.mentions().stream().anyMatch(m -> m.text().contains("government in Kabul")), "government in Kabul");
    }

    @Test
    void every_mention_is_its_slice() {
        for (ActorTag a : actors) {
            for (Span m : a.mentions()) {
                assertEquals("body", m.field());
                assertEquals(body.substring(m.start(), m.end()), m.text());
            }
        }
    }

    @Test
    void topics_of_the_seed() {
        // the whole analysis: military-withdrawal and deadline follow from the detections
        List<TopicTag> topics = new Analyzer(DefaultActorTagger.load(List.of()), DefaultTopicTagger.load(List.of()),
                DefaultAlertDetector.create()).analyze(new NewsItem("s", null, body, null, null, null, null)).topics();
        Set<String> ids = topics.stream().map(TopicTag::id).collect(Collectors.toSet());
        for (String want : List.of("military-withdrawal", "deadline", "peace-process", "violence", "terrorism", "alliance-diplomacy")) {
            assertTrue(ids.contains(want), "topic " + want + " missing: " + ids);
        }
    }
}
