package dev.newsmon.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.UserFileException;
import dev.newsmon.core.topics.DefaultTopicTagger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A watchlist or topic file with a mistake fails with the file, the place and what is wrong: never silently. */
class UserActorFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt key       | actors:\\n  - {id: w1, name: Qarzandi Shipping, type: ORGANIZATION, alias: [QS]} | line 2: unknown key "alias" (known keys: aliases,
            unknown type       | actors:\\n  - {id: w1, name: Qarzandi Shipping, type: ORGANISATION}               | actor "w1": type must be one of PERSON, ORGANIZATION
            no id              | actors:\\n  - {name: Qarzandi Shipping, type: ORGANIZATION}                        | an actor without an id (name Qarzandi Shipping)
            no name            | actors:\\n  - {id: w1, type: ORGANIZATION}                                         | actor "w1": no name
            unknown title      | actors:\\n  - {id: w1, name: Teodor Vasch, type: PERSON, offices: [{title: presidnet, of: Q30}]} | office title "presidnet" is not in a titles section
            office of nobody   | actors:\\n  - {id: w1, name: Teodor Vasch, type: PERSON, offices: [{title: president, of: Q0}]} | office "president" of "Q0": no actor has that id
            bad date           | actors:\\n  - {id: w1, name: Teodor Vasch, type: PERSON, offices: [{title: president, of: Q30, from: 2020-13-01}]} | "2020-13-01" is not a date
            office backwards   | actors:\\n  - {id: w1, name: Teodor Vasch, type: PERSON, offices: [{title: president, of: Q30, from: 2021-01-01, to: 2020-01-01}]} | ends (2020-01-01) before it starts (2021-01-01)
            not a mapping      | just a sentence                                                                   | line 1: expected a YAML mapping with actors:, titles: or descriptors: at the top
            malformed YAML     | actors:\\n  - {id: w1, name: Qarzandi Shipping                                      | line 
            empty entry        | actors:\\n  -\\n                                                                   | an empty entry in actors[0]
            list for a name    | actors:\\n  - {id: w1, name: [Qarzandi, Shipping], type: ORGANIZATION}            | line 2: wrong kind of value at actors[0].name
            """)
    void a_bad_actor_file_fails_with_the_file_and_the_place(String what, String content, String expected) throws Exception {
        Path file = dir.resolve("watchlist.yaml");
        Files.writeString(file, content.replace("\\n", "\n"));
        UserFileException e = assertThrows(UserFileException.class, () -> DefaultActorTagger.load(List.of(file)), what);
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected.strip()), e.getMessage());
    }

    @Test
    void a_watchlist_that_is_not_utf8_is_refused_and_an_empty_one_adds_nothing() throws Exception {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "actors:\n  - {id: w1, name: Caf\u00e9 Qarzandi, type: ORGANIZATION}\n".getBytes(StandardCharsets.ISO_8859_1));
        UserFileException e = assertThrows(UserFileException.class, () -> DefaultActorTagger.load(List.of(latin1)));
        assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());

        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "\n  \n");
        DefaultActorTagger tagger = DefaultActorTagger.load(List.of(empty));
        assertEquals(Taggers.actors().knowledgeBase().aliasCount(), tagger.knowledgeBase().aliasCount());
    }

    @Test
    void a_topic_file_with_a_misspelt_key_fails_with_its_line() throws Exception {
        Path file = dir.resolve("topics.yaml");
        Files.writeString(file, "topics:\n  - id: port-strike\n    name: Port strike\n    cue: [dock strike]\n");
        UserFileException e = assertThrows(UserFileException.class, () -> DefaultTopicTagger.load(List.of(file)));
        assertTrue(e.getMessage().startsWith(file + ": line 4: unknown key \"cue\""), e.getMessage());
    }
}
