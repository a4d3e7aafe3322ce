package dev.newsmon.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.actors.ActorTagger;
import dev.newsmon.core.actors.TrainingSet;
import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorEvaluationTest {

    @Test
    void strict_lenient_and_neutral_spans(@TempDir Path dir) throws Exception {
        // "Jens Stoltenberg visited Kabul on Monday ." gold: per 0-16, geo 25-30, tim 34-40
        String text = "Jens Stoltenberg visited Kabul on Monday .";
        Path gold = dir.resolve("g.jsonl");
        Files.writeString(gold, "{\"id\":\"s1\",\"text\":\"" + text + "\",\"entities\":["
                + "{\"start\":0,\"end\":16,\"type\":\"per\"},{\"start\":25,\"end\":30,\"type\":\"geo\"},"
                + "{\"start\":34,\"end\":40,\"type\":\"tim\"}]}\n");
        ActorTagger fake = item -> List.of(
                new ActorTag(null, "Stoltenberg", ActorType.PERSON, List.of(Span.of("body", text, 5, 16))), // lenient only
                new ActorTag(null, "Kabul", ActorType.LOCATION, List.of(Span.of("body", text, 25, 30))), // strict
                new ActorTag(null, "Monday", ActorType.ORGANIZATION, List.of(Span.of("body", text, 34, 40))), // neutral
                new ActorTag(null, "visited", ActorType.ORGANIZATION, List.of(Span.of("body", text, 17, 24)))); // FP
        ActorEvaluation ev = ActorEvaluation.evaluate(gold, fake, "all");
        double[] strict = ev.prf(0, -1);
        assertEquals(1, (int) strict[3]); // TP
        assertEquals(2, (int) strict[4]); // FP: partial person, "visited"; Monday is neutral
        assertEquals(1, (int) strict[6]); // FN: the person
        double[] lenient = ev.prf(1, -1);
        assertEquals(2, (int) lenient[3]);
        assertEquals(1, (int) lenient[4]);
        assertEquals(0, (int) lenient[6]);
        assertTrue(ev.render().contains("lenient"));
        Map<String, Object> m = ev.toMap();
        assertTrue(m.containsKey("strict") && m.containsKey("lenient"));
    }

    @Test
    void sentences_the_model_was_trained_on_are_counted_and_can_be_left_out(@TempDir Path dir) throws Exception {
        String seenText = "Kabul was quiet .";
        String newText = "Herat was quiet .";
        Path gold = dir.resolve("g.jsonl");
        Files.writeString(gold, "{\"id\":\"a\",\"text\":\"" + seenText + "\",\"entities\":[{\"start\":0,\"end\":5,\"type\":\"geo\"}]}\n"
                + "{\"id\":\"b\",\"text\":\"" + newText + "\",\"entities\":[{\"start\":0,\"end\":5,\"type\":\"geo\"}]}\n");
        TrainingSet trained = TrainingSet.of(List.of(seenText, "Some other sentence ."));
        ActorTagger tagger = new ActorTagger() {
            @Override
            public List<ActorTag> tag(dev.newsmon.core.model.NewsItem item) {
                return List.of(new ActorTag(null, "x", ActorType.LOCATION, List.of(Span.of("body", item.body(), 0, 5))));
            }

            @Override
            public TrainingSet trainingSet() {
                return trained;
            }
        };

        ActorEvaluation all = ActorEvaluation.evaluate(gold, tagger, "all");
        ActorEvaluation unseen = ActorEvaluation.evaluate(gold, tagger, ActorEvaluation.UNSEEN);

        assertEquals(1, all.seenInTraining());
        assertTrue(all.render().contains("WARNING: the model in use was trained on 1 of these 2 sentences"), all.render());
        assertEquals(0, unseen.seenInTraining());
        assertEquals(1, (int) unseen.prf(1, -1)[5], "only the unseen sentence is scored");
        assertTrue(unseen.render().contains("none of these sentences was used to train the model in use"), unseen.render());
    }

    @Test
    void training_set_round_trips_beside_its_model(@TempDir Path dir) throws Exception {
        TrainingSet set = TrainingSet.of(List.of("One sentence .", "Another sentence .", "One sentence ."));
        Path model = dir.resolve("actors-ner.bin.gz");
        Path file = TrainingSet.besideModel(model);
        try (var out = Files.newOutputStream(file)) {
            set.write(out);
        }
        TrainingSet back;
        try (var in = Files.newInputStream(file)) {
            back = TrainingSet.read(in);
        }
        assertEquals("actors-ner.trained.gz", file.getFileName().toString());
        assertEquals(2, back.size());
        assertTrue(back.contains("Another sentence ."));
        assertTrue(!back.contains("A third sentence ."));
    }

    @Test
    void split_is_deterministic_and_about_a_fifth() {
        int test = 0;
        for (int i = 0; i < 10_000; i++) {
            if (Split.isTest("gmb-ner-" + i)) {
                test++;
            }
        }
        assertTrue(test > 1700 && test < 2300, "test share " + test);
        assertEquals(Split.isTest("x-1"), Split.isTest("x-1"));
    }
}
