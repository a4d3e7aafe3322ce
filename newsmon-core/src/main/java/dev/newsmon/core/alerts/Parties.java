package dev.newsmon.core.alerts;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.Party;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Who withdraws, what is left, and who says so, for one trigger in one sentence. Parties are the
 * actors the tagger found where one stands at the right place (with its id); otherwise the words of the
 * sentence ("the rebels", "the talks", "a spokesman"), without an id.
 */
final class Parties {

    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "announced", "announces",
            "stated", "states", "added", "adds", "warned", "warns", "insisted", "insists", "reported", "reports", "claimed",
            "claims", "declared", "declares", "confirmed", "confirms", "quoted", "noted", "notes", "stressed", "stresses");
    /** Verbs of demanding: for a demanded withdrawal, their subject is who says it ("kidnappers demanded Russian forces leave"). */
    private static final Set<String> DEMANDING = Set.of("demanded", "demands", "demand", "urged", "urges", "urge", "appealed",
            "appealing", "appeals", "asked", "asks", "insisted", "insists", "warned", "warns", "called", "calls", "pressed",
            "presses", "threatened", "threatens");
    /** Heads of what a party leaves besides places: treaties, talks, coalitions. */
    private static final Set<String> LEFT_BODIES = Set.of("treaty", "treaties", "agreement", "agreements", "accord", "accords",
            "pact", "talks", "negotiations", "coalition", "alliance", "government", "cabinet", "ceasefire", "cease-fire",
            "truce", "deal", "union", "bloc", "organization", "organisation", "group", "federation", "commission",
            "council", "committee", "process", "conference", "league", "npt", "opec", "nato", "mission", "operation");
    private static final Set<String> NP_STOP = Set.of("and", "but", "or", "to", "by", "after", "before", "in", "on", "at",
            "for", "with", "as", "because", "since", "while", "when", "if", "unless", "until", "that", "which", "who",
            "over", "under", "amid", "following", "within", "into", "from", "this", "next", "last");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "we", "he", "she", "i", "you", "them", "its", "their",
            "this", "that", "these", "those", "which", "who");

    private Parties() {}

    /** The withdrawer: the nearest actor before the trigger in its clause (see the detector's ranking), else the subject's words. */
    static Party withdrawer(String actorId, List<ActorTag> actors, String field, List<Token> toks, int trigger, int sStart,
                            int sEnd, String text) {
        if (actorId != null) {
            ActorTag tag = byId(actors, actorId);
            if (tag != null) {
                return new Party(tag.id(), tag.name(), nearest(tag, field, toks.get(trigger).start(), sStart, sEnd));
            }
        }
        int head = WithdrawalRules.subjectHead(toks, trigger);
        if (head < 0 || !toks.get(head).isWord() || PRONOUNS.contains(toks.get(head).lower())) {
            return null;
        }
        // an unlinked actor at the subject ("the Shan State Army")
        for (ActorTag tag : actors) {
            if (tag.id() == null && tag.type() != ActorType.LOCATION) {
                for (Span m : mentions(tag, field, sStart, sEnd)) {
                    if (m.start() <= toks.get(head).start() && toks.get(head).end() <= m.end()) {
                        return new Party(null, tag.name(), m);
                    }
                }
            }
        }
        int from = head;
        while (from > 0 && from > head - 3 && toks.get(from - 1).isWord() && !NP_STOP.contains(toks.get(from - 1).lower())
                && !REPORTING.contains(toks.get(from - 1).lower()) && !Clauses.isBreak(toks.get(from - 1))) {
            from--;
        }
        if (from == head && !toks.get(head).isCapitalized()) {
            return null; // a bare "troops" names nobody
        }
        Span words = Span.of(field, text, toks.get(from).start(), toks.get(head).end());
        return new Party(null, words.text(), words);
    }

    /** What is left when it is not a place: "from the NPT", "out of the talks", "quit the coalition". */
    static Party leftBody(String field, List<Token> toks, int triggerEnd, String text) {
        int n = toks.size();
        int k = triggerEnd;
        if (k < n && (toks.get(k).is("from") || toks.get(k).is("of"))) {
            k++;
        } else if (k + 1 < n && toks.get(k).is("out") && toks.get(k + 1).is("of")) {
            k += 2;
        }
        int start = k;
        int end = k;
        while (end < n && end < start + 8 && toks.get(end).isWord() && !NP_STOP.contains(toks.get(end).lower())) {
            end++;
        }
        for (int h = end - 1; h >= start; h--) {
            if (LEFT_BODIES.contains(toks.get(h).lower())) {
                Span words = Span.of(field, text, toks.get(start).start(), toks.get(h).end());
                return new Party(null, words.text(), words);
            }
        }
        return null;
    }

    /** The place left as a party (the actor the detector chose by name), with its mention nearest the trigger. */
    static Party place(String placeName, List<ActorTag> actors, String field, int after, int sStart, int sEnd) {
        if (placeName == null) {
            return null;
        }
        for (ActorTag tag : actors) {
            if (placeName.equals(tag.name()) && (tag.type() == ActorType.COUNTRY || tag.type() == ActorType.LOCATION)) {
                Span m = nearest(tag, field, after, sStart, sEnd);
                if (m != null) {
                    return new Party(tag.id(), tag.name(), m);
                }
            }
        }
        return new Party(null, placeName, null);
    }

    /**
     * Who says it: "according to X", "…, X said.", "…, said X.", or "X said (that) …" before the trigger. An actor
     * the tagger found there is the speaker (with its id), else the words.
     */
    static Party speaker(List<ActorTag> actors, String field, List<Token> toks, int trigger, int sStart, int sEnd, String text) {
        int n = toks.size();
        for (int k = 0; k + 1 < n; k++) {
            if (toks.get(k).is("according") && toks.get(k + 1).is("to")) {
                int e = k + 2;
                while (e < n && e < k + 10 && toks.get(e).isWord() && !toks.get(e).is(",")) {
                    e++;
                }
                return words(actors, field, toks, k + 2, e, sStart, sEnd, text);
            }
        }
        for (int k = n - 1; k > 0; k--) {
            Token t = toks.get(k);
            boolean demanding = k < trigger && DEMANDING.contains(t.lower());
            if (!REPORTING.contains(t.lower()) && !demanding || k == trigger) {
                continue;
            }
            if (k > trigger) {
                // "…, the general said." / "…, said the general."
                int comma = k - 1;
                while (comma > trigger && !toks.get(comma).is(",")) {
                    comma--;
                }
                if (comma > trigger && comma < k - 1) {
                    return words(actors, field, toks, comma + 1, k, sStart, sEnd, text);
                }
                if (toks.get(k - 1).is(",")) {
                    int e = k + 1;
                    while (e < n && e < k + 10 && toks.get(e).isWord()) {
                        e++;
                    }
                    if (e > k + 1) {
                        return words(actors, field, toks, k + 1, e, sStart, sEnd, text);
                    }
                }
            } else {
                // "X said (that) … withdraw": the subject of the reporting verb
                int s = k;
                while (s > 0 && s > k - 8 && toks.get(s - 1).isWord() && !Clauses.isBreak(toks.get(s - 1))
                        && !toks.get(s - 1).is("that")) {
                    s--;
                }
                if (s < k && !(s == k - 1 && PRONOUNS.contains(toks.get(s).lower()))) {
                    return words(actors, field, toks, s, k, sStart, sEnd, text);
                }
                return null;
            }
        }
        return null;
    }

    private static Party words(List<ActorTag> actors, String field, List<Token> toks, int from, int to, int sStart, int sEnd,
                               String text) {
        if (from >= to) {
            return null;
        }
        int a = toks.get(from).start();
        int b = toks.get(to - 1).end();
        ActorTag best = null;
        Span bestMention = null;
        for (ActorTag tag : actors) {
            for (Span m : mentions(tag, field, sStart, sEnd)) {
                if (m.start() >= a && m.end() <= b && (bestMention == null || tag.type() == ActorType.PERSON)) {
                    best = tag;
                    bestMention = m;
                }
            }
        }
        if (best != null) {
            return new Party(best.id(), best.name(), bestMention);
        }
        Span w = Span.of(field, text, a, b);
        return new Party(null, w.text(), w);
    }

    private static ActorTag byId(List<ActorTag> actors, String id) {
        for (ActorTag a : actors) {
            if (id.equals(a.id())) {
                return a;
            }
        }
        return null;
    }

    private static List<Span> mentions(ActorTag tag, String field, int sStart, int sEnd) {
        if (tag.mentions() == null) {
            return List.of();
        }
        return tag.mentions().stream()
                .filter(m -> m != null && field.equals(m.field()) && m.start() >= sStart && m.end() <= sEnd).toList();
    }

    private static Span nearest(ActorTag tag, String field, int at, int sStart, int sEnd) {
        Span best = null;
        for (Span m : mentions(tag, field, sStart, sEnd)) {
            if (best == null || Math.abs(m.start() - at) < Math.abs(best.start() - at)) {
                best = m;
            }
        }
        return best;
    }
}
