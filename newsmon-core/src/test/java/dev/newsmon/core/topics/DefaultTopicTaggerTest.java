package dev.newsmon.core.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.TopicTag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultTopicTaggerTest {

    private final DefaultTopicTagger tagger = DefaultTopicTagger.load(List.of());

    private static NewsItem item(String title, String body) {
        return new NewsItem("t", title, body, null, null, null, null);
    }

    private static Optional<TopicTag> topic(List<TopicTag> tags, String id) {
        return tags.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Test
    void taxonomy_has_the_required_topics_as_slugs() {
        for (String id : List.of("military-withdrawal", "troop-deployment", "deadline", "ceasefire", "peace-process",
                "sanctions", "elections", "violence", "terrorism", "humanitarian-crisis", "alliance-diplomacy",
                "nuclear-arms-control")) {
            assertTrue(tagger.topicIds().contains(id), id);
        }
        tagger.topicIds().forEach(id -> assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id));
    }

    @Test
    void inflections_match_and_evidence_is_the_slice() {
        String body = "The army withdrew two brigades and is withdrawing more; the withdrawal ends in May.";
        TopicTag t = topic(tagger.tag(item(null, body)), "military-withdrawal").orElseThrow();
        assertEquals(List.of("withdrew", "withdrawing", "withdrawal"), t.evidence().stream().map(s -> s.text()).toList());
        t.evidence().forEach(s -> assertEquals(body.substring(s.start(), s.end()), s.text()));
        assertTrue(t.score() > 0.5 && t.score() <= 1.0);
    }

    @Test
    void topics_of_typical_sentences() {
        assertTrue(topic(tagger.tag(item("Truce holds", "A ceasefire took effect at midnight.")), "ceasefire").isPresent());
        assertTrue(topic(tagger.tag(item(null, "The EU imposed new sanctions and an arms embargo.")), "sanctions").isPresent());
        assertTrue(topic(tagger.tag(item(null, "Iran resumed uranium enrichment, the IAEA said.")), "nuclear-arms-control").isPresent());
        assertTrue(topic(tagger.tag(item(null, "Voters went to the polls in the presidential election.")), "elections").isPresent());
        assertTrue(topic(tagger.tag(item(null, "Refugees fled the famine; aid agencies warned of a humanitarian disaster.")), "humanitarian-crisis").isPresent());
        assertTrue(topic(tagger.tag(item(null, "The rebels were given an ultimatum to leave by Friday.")), "deadline").isPresent());
    }

    @Test
    void unrelated_text_has_no_topics() {
        assertTrue(tagger.tag(item("Recipe", "Mix the flour and sugar, then bake for twenty minutes.")).isEmpty());
    }

    @Test
    void user_topics_are_added_and_ids_checked(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("topics.yaml");
        Files.writeString(f, """
                topics:
                  - id: cyber-attack
                    name: Cyber attacks
                    cues: [hack, ransomware, {phrase: cyber attack, weight: 1.5}]
                """);
        DefaultTopicTagger mine = DefaultTopicTagger.load(List.of(f));
        assertTrue(topic(mine.tag(item(null, "Hackers hacked the ministry in a ransomware campaign.")), "cyber-attack").isPresent());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "topics:\n  - {id: Bad Topic, cues: [x]}\n");
        assertThrows(IllegalArgumentException.class, () -> DefaultTopicTagger.load(List.of(bad)));
        assertFalse(mine.topicIds().isEmpty());
    }
}
