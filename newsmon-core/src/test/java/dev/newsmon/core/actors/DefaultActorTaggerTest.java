package dev.newsmon.core.actors;

import static dev.newsmon.core.actors.Taggers.body;
import static dev.newsmon.core.actors.Taggers.byId;
import static dev.newsmon.core.actors.Taggers.mentionTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.NewsItem;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultActorTaggerTest {

    private final DefaultActorTagger tagger = Taggers.actors();

    @Test
    void knowledge_base_links_names_and_types() {
        List<ActorTag> tags = tagger.tag(body("Pakistan and Afghanistan agreed on Monday to reopen the border."));
        assertEquals(ActorType.COUNTRY, byId(tags, "Q843").orElseThrow().type());
        assertEquals(ActorType.COUNTRY, byId(tags, "Q889").orElseThrow().type());
    }

    @Test
    void a_known_organisation_is_never_a_place_and_a_known_country_never_a_person() {
        List<ActorTag> tags = tagger.tag(body("U.N. officials warned of famine, and the U.N. refugee agency opened two camps. "
                + "Norway is a major exporter of oil, and El Salvador adopted the dollar in 2001."));
        ActorTag un = byId(tags, "Q1065").orElseThrow(() -> new AssertionError(tags));
        assertEquals(ActorType.ORGANIZATION, un.type());
        assertEquals(List.of("U.N.", "U.N."), mentionTexts(un).subList(0, 2), un.toString());
        assertEquals(ActorType.COUNTRY, byId(tags, "Q20").orElseThrow(() -> new AssertionError(tags)).type());
        assertEquals(ActorType.COUNTRY, byId(tags, "Q792").orElseThrow(() -> new AssertionError(tags)).type());
        assertTrue(tags.stream().noneMatch(t -> t.id() == null), "every name here is in the knowledge base: " + tags);
    }

    @Test
    void spelling_variants_are_aliases() {
        List<ActorTag> tags = tagger.tag(body("The Taleban and al-Qaida fighters fled, officials said. Hizbollah denied any role."));
        assertEquals(ActorType.ARMED_GROUP, byId(tags, "Q42418").orElseThrow().type());
        assertTrue(byId(tags, "Q34490").isPresent(), tags.toString());
        assertTrue(byId(tags, "Q41053").isPresent(), tags.toString());
    }

    @Test
    void surname_after_full_name_is_the_same_person() {
        List<ActorTag> tags = tagger.tag(body("Ashraf Ghani met the envoy in Kabul. Ghani said the talks were useful."));
        ActorTag ghani = byId(tags, "ashraf-ghani").orElseThrow();
        assertEquals(List.of("Ashraf Ghani", "Ghani"), mentionTexts(ghani));
    }

    @Test
    void a_known_surname_after_another_given_name_is_someone_else() {
        List<ActorTag> tags = tagger.tag(body("Tim Cook, the chief executive, met reporters. President Bush spoke later."));
        ActorTag cook = tags.stream().filter(t -> mentionTexts(t).contains("Tim Cook")).findFirst().orElseThrow(() -> new AssertionError(tags));
        assertNull(cook.id(), "Tim Cook is not Robin Cook: " + cook);
        assertTrue(byId(tags, "Q207").isPresent(), "a title before a known surname still links: " + tags);
    }

    @Test
    void congress_is_the_indian_party_in_indian_news_and_the_us_congress_otherwise() {
        List<ActorTag> india = tagger.tag(body("Congress leaders celebrated in New Delhi after the party of Sonia Gandhi won most seats in India."));
        assertTrue(byId(india, "in-congress").isPresent(), india.toString());
        assertFalse(byId(india, "us-congress").isPresent(), india.toString());
        List<ActorTag> us = tagger.tag(body("Congress voted on Tuesday to fund the troops, and the White House welcomed the vote."));
        assertTrue(byId(us, "us-congress").isPresent(), us.toString());
    }

    @Test
    void a_common_surname_alone_links_only_with_the_full_name_or_the_office() {
        List<ActorTag> bare = tagger.tag(body("Khan told reporters the road was blocked."));
        assertTrue(bare.stream().noneMatch(t -> "imran-khan".equals(t.id())), "a bare Khan is not Imran Khan: " + bare);
        List<ActorTag> named = tagger.tag(body("Imran Khan spoke in Lahore. Khan told reporters the road was blocked."));
        assertEquals(List.of("Imran Khan", "Khan"), mentionTexts(byId(named, "imran-khan").orElseThrow(() -> new AssertionError(named))));
        List<ActorTag> inOffice = tagger.tag(body("Khan told reporters the budget would pass.", "2020-06-01"));
        assertTrue(byId(inOffice, "imran-khan").isPresent(), "prime minister on that date: " + inOffice);
        List<ActorTag> distinctive = tagger.tag(body("Putin told reporters the talks would go on."));
        assertTrue(byId(distinctive, "Q7747").isPresent(), distinctive.toString());
    }

    @Test
    void a_name_after_a_courtesy_title_is_a_person() {
        // The model alone splits this into "Mr." (person) and "Okonkwo" (place): the gold data it learnt
        // from often labels the surname after "Mr." as an organisation or a place.
        String text = "Party officials say the decision was made by Mr. Okonkwo.";
        List<ActorTag> tags = tagger.tag(body(text));
        assertEquals(1, tags.size(), tags.toString());
        assertEquals(ActorType.PERSON, tags.get(0).type());
        assertEquals(List.of("Mr. Okonkwo"), mentionTexts(tags.get(0)));
    }

    @Test
    void name_particles_stay_inside_the_name() {
        List<ActorTag> known = tagger.tag(body("Former minister Ursula von der Leyen spoke in Brussels on Friday."));
        ActorTag leyen = byId(known, "ursula-von-der-leyen").orElseThrow(() -> new AssertionError(known));
        assertEquals(List.of("Ursula von der Leyen"), mentionTexts(leyen));

        List<ActorTag> unknown = tagger.tag(body("Officials met Ludwig van der Meulen in the capital."));
        assertEquals(1, unknown.size(), unknown.toString());
        assertEquals(ActorType.PERSON, unknown.get(0).type());
        assertEquals(List.of("Ludwig van der Meulen"), mentionTexts(unknown.get(0)));
    }

    @Test
    void a_known_name_keeps_its_boundaries_when_the_model_cuts_it() {
        // The corpus the model learnt from labels "Czech" and "Republic" apart, and often only "Committee"
        // of "International Olympic Committee": the knowledge base's names win.
        List<ActorTag> tags = tagger.tag(body("Ministers of the Gulf Cooperation Council met in Riyadh. "
                + "The International Olympic Committee opened an inquiry. "
                + "Talks between the Czech Republic and Poland ended without a deal."));
        assertEquals(List.of("Gulf Cooperation Council"), mentionTexts(byId(tags, "gcc").orElseThrow(() -> new AssertionError(tags))));
        assertEquals(List.of("International Olympic Committee"), mentionTexts(byId(tags, "ioc").orElseThrow(() -> new AssertionError(tags))));
        assertEquals(List.of("Czech Republic"), mentionTexts(byId(tags, "Q213").orElseThrow(() -> new AssertionError(tags))));
        assertTrue(tags.stream().noneMatch(t -> t.id() == null), tags.toString());
    }

    @Test
    void a_weekday_before_a_name_is_not_part_of_it() {
        List<ActorTag> tags = tagger.tag(body("On Monday House of Commons officials said the vote would go ahead."));
        assertEquals(List.of("House of Commons"), mentionTexts(byId(tags, "uk-house-of-commons").orElseThrow(() -> new AssertionError(tags))));
    }

    @Test
    void unknown_person_gets_null_id_and_surname_coreference() {
        List<ActorTag> tags = tagger.tag(body("Local farmer Mohammed Qasimyar told reporters the road was closed. Qasimyar said he lost his crop."));
        ActorTag p = tags.stream().filter(t -> t.type() == ActorType.PERSON).findFirst().orElseThrow(() -> new AssertionError(tags));
        assertNull(p.id());
        assertEquals(2, p.mentions().size(), p.toString());
    }

    @Test
    void title_resolves_by_publication_date() {
        String text = "The NATO Secretary General told reporters the mission would continue.";
        List<ActorTag> dated = tagger.tag(body(text, "2012-03-05"));
        assertTrue(byId(dated, "anders-fogh-rasmussen").isPresent(), dated.toString());
        List<ActorTag> dated2 = tagger.tag(body(text, "2019-03-05T10:00:00Z"));
        assertTrue(byId(dated2, "jens-stoltenberg").isPresent(), dated2.toString());
        List<ActorTag> undated = tagger.tag(body(text));
        assertFalse(undated.stream().anyMatch(t -> t.type() == ActorType.PERSON && t.id() != null), undated.toString());
    }

    @Test
    void title_resolves_to_person_named_in_article_without_date() {
        List<ActorTag> tags = tagger.tag(body("Anders Fogh Rasmussen arrived in Brussels. The NATO chief said allies agreed."));
        assertTrue(mentionTexts(byId(tags, "anders-fogh-rasmussen").orElseThrow()).contains("The NATO chief"), tags.toString());
    }

    @Test
    void alliance_description_needs_the_alliance_in_the_article() {
        List<ActorTag> with = tagger.tag(body("NATO ministers met on Friday. The alliance said it would review its mission."));
        assertTrue(mentionTexts(byId(with, "Q7184").orElseThrow()).contains("The alliance"), with.toString());
        List<ActorTag> without = tagger.tag(body("The alliance said it would review its mission."));
        assertTrue(byId(without, "Q7184").isEmpty(), without.toString());
    }

    @Test
    void militant_group_resolves_to_the_armed_group() {
        List<ActorTag> tags = tagger.tag(body("Officials blamed al-Shabab for the attack. The militant group has not commented."));
        assertTrue(mentionTexts(byId(tags, "al-shabab").orElseThrow()).contains("The militant group"), tags.toString());
    }

    @Test
    void government_by_capital() {
        List<ActorTag> tags = tagger.tag(body("Rebels rejected talks with the government in Baghdad on Sunday."));
        assertTrue(byId(tags, "gov-iraq").isPresent(), tags.toString());
        assertEquals(ActorType.GOVERNMENT, byId(tags, "gov-iraq").get().type());
    }

    @Test
    void georgia_country_or_state_by_context() {
        List<ActorTag> caucasus = tagger.tag(body("Russian troops remain in Georgia, officials in Tbilisi said."));
        assertTrue(byId(caucasus, "Q230").isPresent(), caucasus.toString());
        List<ActorTag> us = tagger.tag(body("The storm hit Atlanta, Georgia, on Tuesday, the governor said."));
        assertTrue(byId(us, "georgia-us-state").isPresent(), us.toString());
        assertTrue(byId(us, "Q230").isEmpty(), us.toString());
    }

    @Test
    void ambiguous_names_need_the_tagger_to_agree() {
        List<ActorTag> person = tagger.tag(body("Michael Jordan scored 40 points as Chicago won the game."));
        assertTrue(byId(person, "Q810").isEmpty(), person.toString());
        List<ActorTag> country = tagger.tag(body("King Abdullah of Jordan met the Iraqi prime minister in Amman."));
        assertTrue(byId(country, "Q810").isPresent(), country.toString());
        List<ActorTag> bird = tagger.tag(body("They ate turkey and cranberry sauce."));
        assertTrue(byId(bird, "Q43").isEmpty(), bird.toString());
    }

    @Test
    void all_caps_headline_uses_the_knowledge_base() {
        NewsItem item = new NewsItem("h", "NATO TO KEEP TROOPS IN AFGHANISTAN", "The alliance met on Monday.", null, null, null, null);
        List<ActorTag> tags = tagger.tag(item);
        ActorTag nato = byId(tags, "Q7184").orElseThrow(() -> new AssertionError(tags));
        assertTrue(nato.mentions().stream().anyMatch(m -> m.field().equals("title")));
        assertTrue(nato.mentions().stream().anyMatch(m -> m.field().equals("body") && m.text().equals("The alliance")));
        assertTrue(byId(tags, "Q889").isPresent(), tags.toString());
    }

    @Test
    void words_in_a_capitals_headline_are_not_read_as_acronyms() {
        List<ActorTag> tags = tagger.tag(new NewsItem("h", "CAR BOMB KILLS 12 IN KABUL; LET US MOURN, SAYS FED CHIEF", null, null, null, null, null));
        assertFalse(byId(tags, "Q929").isPresent(), "CAR is not the Central African Republic here: " + tags);
        assertFalse(byId(tags, "lashkar-e-taiba").isPresent(), "LET is not Lashkar-e-Taiba here: " + tags);
        assertFalse(byId(tags, "us-fed").isPresent(), tags.toString());
        assertTrue(byId(tags, "city-kabul").isPresent(), tags.toString());
        List<ActorTag> mixedCase = tagger.tag(body("The CAR government and LeT militants were named in the report."));
        assertTrue(byId(mixedCase, "lashkar-e-taiba").isPresent(), "in ordinary text the acronym still links: " + mixedCase);
    }

    @Test
    void names_stop_at_line_breaks_and_header_lines_use_the_kb() {
        String body = "ISAF Joint Command - Afghanistan\nFor Immediate Release\n\nKABUL\n"
                + "Afghan and coalition forces detained two suspected insurgents in Khost province.";
        List<ActorTag> tags = tagger.tag(body(body));
        for (ActorTag t : tags) {
            t.mentions().forEach(m -> assertFalse(m.text().contains("\n"), m.toString()));
            assertFalse(t.name().contains("Release"), tags.toString());
        }
        assertTrue(byId(tags, "city-kabul").isPresent(), tags.toString());
        assertTrue(byId(tags, "isaf").isPresent(), tags.toString());
    }

    @Test
    void hyphenated_compound_parts() {
        List<ActorTag> tags = tagger.tag(body("The U.S-Taliban agreement was signed in Doha."));
        assertTrue(byId(tags, "Q30").isPresent(), tags.toString());
        assertTrue(byId(tags, "Q42418").isPresent(), tags.toString());
    }

    @Test
    void user_file_adds_and_overrides_actors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, """
                actors:
                  - {id: zorblax-front, name: Zorblax Liberation Front, type: ARMED_GROUP, aliases: [ZLF]}
                  - {id: Q7184, name: North Atlantic Treaty Organization, type: ORGANIZATION, aliases: [NATO, OTAN]}
                """);
        DefaultActorTagger mine = DefaultActorTagger.load(List.of(f));
        List<ActorTag> tags = mine.tag(body("The ZLF said OTAN aircraft struck its positions."));
        ActorTag z = byId(tags, "zorblax-front").orElseThrow(() -> new AssertionError(tags));
        assertEquals(ActorType.ARMED_GROUP, z.type());
        ActorTag nato = byId(tags, "Q7184").orElseThrow(() -> new AssertionError(tags));
        assertEquals("North Atlantic Treaty Organization", nato.name());
    }

    @Test
    void a_watchlist_larger_than_three_megabytes_loads(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("actors:\n");
        for (int i = 0; yaml.length() < 4_000_000; i++) {
            yaml.append("  - {id: watch-").append(i).append(", name: Watchlist Company Number").append(i)
                    .append(", type: ORGANIZATION, aliases: [WCN").append(i).append(" Holdings]}\n");
        }
        yaml.append("  - {id: watch-last, name: Qarzandi Shipping, type: ORGANIZATION}\n");
        Path file = dir.resolve("watchlist.yaml");
        Files.writeString(file, yaml);
        DefaultActorTagger big = DefaultActorTagger.load(List.of(file));
        List<ActorTag> tags = big.tag(body("Qarzandi Shipping said its tankers had left the port."));
        assertTrue(byId(tags, "watch-last").isPresent(), tags.toString());
    }

    @Test
    void unreadable_user_file_fails_clearly(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> DefaultActorTagger.load(List.of(dir.resolve("missing.yaml"))));
    }

    @Test
    void empty_and_missing_fields() {
        assertTrue(tagger.tag(new NewsItem("e", null, null, null, null, null, null)).isEmpty());
        assertTrue(tagger.tag(body("")).isEmpty());
    }
}
