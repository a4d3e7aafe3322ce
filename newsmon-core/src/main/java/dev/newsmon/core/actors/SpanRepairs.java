package dev.newsmon.core.actors;

import dev.newsmon.core.actors.kb.KnowledgeBase;
import dev.newsmon.core.actors.kb.KnowledgeBase.Kind;
import dev.newsmon.core.actors.kb.KnowledgeBase.Match;
import dev.newsmon.core.actors.kb.KnowledgeBase.Ref;
import dev.newsmon.core.actors.ner.NerModel;
import dev.newsmon.core.actors.ner.Tokens;
import dev.newsmon.core.model.ActorType;
import java.util.List;
import java.util.Set;

/**
 * Repairs of the sequence model's tags before they become mentions, where the training corpus taught the
 * model something a reader would call wrong: it splits "Mr. Okonkwo" into a title and a place, "Ursula von der
 * Leyen" into two names, and cuts known names ("Gulf Cooperation Council") that its labels cut. Each rule
 * rewrites the BIO tags in place; all are linear in the text.
 */
final class SpanRepairs {

    private static final int PER = 0, ORG = 1, GEO = 2;

    private SpanRepairs() {}

    static void apply(Tokens tk, int[] tags, List<Match> names) {
        personAfterCourtesyTitle(tk, tags);
        particlesJoinPersonNames(tk, tags);
        noDateStartsAName(tk, tags);
        knownNamesKeepTheirBoundaries(tk, tags, names);
    }

    /**
     * "World Food Programme", "Bank of England": where the model's spans cut an unambiguous known name of two
     * or more words (part of it outside any span, or in two spans), the name's own boundaries win; otherwise
     * the known actor is lost ("Food Programme", unlinked). A span that holds the whole name is left alone
     * ("President George Bush": the corpus puts titles in a person's span). The name keeps the model's
     * reading as an organisation where the name is a country's (its government). A one-word remainder of a
     * cut span is dropped, a longer one stays a span of its own.
     */
    static void knownNamesKeepTheirBoundaries(Tokens tk, int[] tags, List<Match> names) {
        int n = tk.n;
        for (Match m : names) {
            int a = m.from(), b = m.to();
            Ref r = m.refs()[0];
            if (b - a < 2 || m.refs().length > 1 || r.kind() != Kind.NAME || r.actor().ambiguous || !allCapitalised(tk, a, b)) {
                continue; // "U.S. military", "Helmand province": a lower-case word (not "of", "the", "for", "de") describes
            }
            boolean marked = false;
            int orgVotes = 0;
            for (int k = a; k < b; k++) {
                marked |= tags[k] != 0;
                orgVotes += NerModel.classOfTag(tags[k]) == ORG ? 1 : 0;
            }
            boolean oneSpan = tags[a] != 0;
            for (int k = a + 1; oneSpan && k < b; k++) {
                oneSpan = tags[k] != 0 && !NerModel.isBegin(tags[k]);
            }
            if (!marked || oneSpan) {
                continue; // unmarked names are added later; a span holding the whole name is the model's
            }
            int cls = KnowledgeBase.coarse(r.actor().type);
            if (cls == GEO && r.actor().type == ActorType.COUNTRY && 2 * orgVotes >= b - a) {
                cls = ORG;
            }
            if (tags[a] != 0 && !NerModel.isBegin(tags[a])) {
                int s = a - 1;
                while (s > 0 && !NerModel.isBegin(tags[s])) {
                    s--;
                }
                if (a - s == 1) {
                    tags[s] = 0;
                }
            }
            if (b < n && tags[b] != 0 && !NerModel.isBegin(tags[b])) {
                int e = b + 1;
                while (e < n && tags[e] == tags[b]) {
                    e++;
                }
                if (e - b == 1) {
                    tags[b] = 0;
                } else {
                    tags[b] -= 1;
                }
            }
            tags[a] = NerModel.begin(cls);
            for (int k = a + 1; k < b; k++) {
                tags[k] = NerModel.begin(cls) + 1;
            }
        }
    }

    private static final Set<String> DATE_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "September", "October", "November", "December");

    /** "On Monday NATO said": a weekday or month at the start of a longer span is the date, not part of the name. */
    static void noDateStartsAName(Tokens tk, int[] tags) {
        for (int i = 0; i + 1 < tk.n; i++) {
            if (NerModel.isBegin(tags[i]) && tags[i + 1] == tags[i] + 1 && DATE_WORDS.contains(tk.token(i))) {
                tags[i + 1] = tags[i];
                tags[i] = 0;
            }
        }
    }

    private static boolean allCapitalised(Tokens tk, int from, int to) {
        for (int k = from; k < to; k++) {
            if ((tk.flags[k] & Tokens.F_UPPER) == 0 && tk.end[k] - tk.start[k] > 3 && !NerModel.isParticle(tk, k)) {
                return false;
            }
        }
        return true;
    }

    /** Titles that only ever stand before a person's name. */
    private static final Set<String> COURTESY_TITLES = Set.of("Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Mme", "Mme.");

    /**
     * "Mr. Abdel-Al": the capitalised name after a courtesy title is a person's, whatever type the sequence
     * model gave it (an unknown hyphenated name at the end of a sentence can come out as a place). The name's
     * span becomes a person, joined to the title when the model had already put the title in a person span.
     */
    static void personAfterCourtesyTitle(Tokens tk, int[] tags) {
        int bPer = NerModel.begin(PER);
        for (int i = 0; i + 1 < tk.n; i++) {
            int t = tags[i + 1];
            if (t == 0 || !NerModel.isBegin(t) || NerModel.classOfTag(t) == PER || (tk.flags[i + 1] & Tokens.F_CAP) == 0
                    || !COURTESY_TITLES.contains(tk.token(i))) {
                continue;
            }
            boolean titleInPerson = tags[i] != 0 && NerModel.classOfTag(tags[i]) == PER;
            tags[i + 1] = titleInPerson ? bPer + 1 : bPer;
            for (int k = i + 2; k < tk.n && tags[k] == t + 1; k++) {
                tags[k] = bPer + 1;
            }
        }
    }

    /**
     * "Ludwig van der Meulen", "Mrs. Van der Berg": one or two name particles between a person's name and a
     * capitalised name that the model typed otherwise (or left out) make one person's name.
     */
    static void particlesJoinPersonNames(Tokens tk, int[] tags) {
        int iPer = NerModel.begin(PER) + 1;
        for (int i = 1; i < tk.n; i++) {
            if (tags[i] != 0 || NerModel.classOfTag(tags[i - 1]) != PER || !NerModel.isParticle(tk, i)) {
                continue;
            }
            int j = i;
            while (j < tk.n && j - i < 2 && tags[j] == 0 && NerModel.isParticle(tk, j)) {
                j++;
            }
            if (j >= tk.n || (tk.flags[j] & Tokens.F_CAP) == 0 || tags[j] != 0 && !NerModel.isBegin(tags[j])) {
                continue;
            }
            int t = tags[j];
            for (int k = i; k <= j; k++) {
                tags[k] = iPer;
            }
            for (int k = j + 1; t != 0 && k < tk.n && tags[k] == t + 1; k++) {
                tags[k] = iPer;
            }
        }
    }
}
