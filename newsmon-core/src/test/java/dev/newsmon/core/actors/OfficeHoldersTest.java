package dev.newsmon.core.actors;

import static dev.newsmon.core.actors.Taggers.body;
import static dev.newsmon.core.actors.Taggers.byId;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.ActorTag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles resolved through the office holders of kb/office-holders.yaml, by publication date. */
class OfficeHoldersTest {

    private final DefaultActorTagger tagger = Taggers.actors();

    @Test
    void british_foreign_secretary_by_date() {
        String text = "The British Foreign Secretary said the talks in Geneva would resume next week.";
        List<ActorTag> in2011 = tagger.tag(body(text, "2011-06-01"));
        assertTrue(byId(in2011, "william-hague").isPresent(), in2011.toString());
        List<ActorTag> in2015 = tagger.tag(body(text, "2015-06-01"));
        assertTrue(byId(in2015, "philip-hammond").isPresent(), in2015.toString());
        assertFalse(byId(in2015, "william-hague").isPresent(), in2015.toString());
    }

    @Test
    void iranian_foreign_minister_by_date() {
        String text = "The Iranian Foreign Minister met European envoys in Vienna on Tuesday.";
        List<ActorTag> in2008 = tagger.tag(body(text, "2008-03-01"));
        assertTrue(byId(in2008, "manouchehr-mottaki").isPresent(), in2008.toString());
        List<ActorTag> in2016 = tagger.tag(body(text, "2016-03-01"));
        assertTrue(byId(in2016, "mohammad-javad-zarif").isPresent(), in2016.toString());
    }

    @Test
    void ceremonial_president_leaves_the_leader_to_the_head_of_government() {
        // Germany has a president in the knowledge base now; "the German leader" must stay the chancellor.
        List<ActorTag> leader = tagger.tag(body("The German leader said Europe must stand together.", "2013-06-01"));
        assertTrue(byId(leader, "Q567").isPresent(), leader.toString());
        List<ActorTag> president = tagger.tag(body("The German President said Europe must stand together.", "2013-06-01"));
        assertTrue(byId(president, "joachim-gauck").isPresent(), president.toString());
    }

    @Test
    void russian_leader_is_the_president_while_medvedev_is_prime_minister() {
        List<ActorTag> leader = tagger.tag(body("The Russian leader said the sanctions would fail.", "2015-06-01"));
        assertTrue(byId(leader, "Q7747").isPresent(), leader.toString());
        List<ActorTag> premier = tagger.tag(body("The Russian Prime Minister said the budget would balance.", "2015-06-01"));
        assertTrue(byId(premier, "dmitry-medvedev").isPresent(), premier.toString());
    }
}
