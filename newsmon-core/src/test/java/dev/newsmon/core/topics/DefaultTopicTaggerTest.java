package dev.newsmon.core.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.alerts.DefaultAlertDetector;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertSignal;
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
        String body = "The army deployed two brigades and is deploying more; the deployment ends in May.";
        TopicTag t = topic(tagger.tag(item(null, body)), "troop-deployment").orElseThrow();
        assertEquals(List.of("deployed", "deploying", "deployment"), t.evidence().stream().map(s -> s.text()).toList());
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
    }

    @Test
    void withdrawal_and_deadline_topics_follow_the_detections_and_nothing_else() {
        NewsItem licence = item(null, "The bank withdrew its licence application; the deadline for bids expired.");
        NewsItem ultimatum = item(null, "The rebels were given an ultimatum to leave the town by Friday.");
        DefaultAlertDetector detector = DefaultAlertDetector.create();

        List<AlertSignal> found = detector.detect(ultimatum, List.of());
        List<TopicTag> tags = tagger.tag(ultimatum, found);
        TopicTag deadline = topic(tags, "deadline").orElseThrow();
        assertEquals(found.stream().filter(d -> d.kind() == AlertKind.DEADLINE).map(AlertSignal::trigger).toList(),
                deadline.evidence(), "the evidence is the detection's trigger");
        assertTrue(topic(tagger.tag(ultimatum), "deadline").isEmpty(), "no detections given: no detection topic");
        List<TopicTag> bank = tagger.tag(licence, detector.detect(licence, List.of()));
        assertTrue(topic(bank, "military-withdrawal").isEmpty(), "a withdrawn licence is no military withdrawal: " + bank);
    }

    @Test
    void a_topic_given_by_detections_is_checked(@TempDir Path dir) throws Exception {
        Path bogus = dir.resolve("bogus.yaml");
        Files.writeString(bogus, "topics:\n  - {id: pullbacks, detections: RETREAT}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DefaultTopicTagger.load(List.of(bogus)));
        assertTrue(e.getMessage().contains("WITHDRAWAL or DEADLINE"), e.getMessage());
        Path both = dir.resolve("both.yaml");
        Files.writeString(both, "topics:\n  - {id: pullbacks, detections: WITHDRAWAL, cues: [pull back]}\n");
        assertThrows(IllegalArgumentException.class, () -> DefaultTopicTagger.load(List.of(both)));
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
