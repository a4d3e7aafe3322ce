package dev.newsmon.core.alerts;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.DeadlineRef;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Party;
import dev.newsmon.core.model.Quantity;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.text.SentenceSplitter;
import dev.newsmon.core.text.Token;
import dev.newsmon.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clause-level withdrawal and deadline detector. Each sentence of the title and body is tokenized;
 * withdrawal triggers (verbs, nouns and phrasal verbs) are kept only where their object or subject is a
 * force, a diplomat, a state or armed group, or a treaty/talks/coalition being left, and not money, sport,
 * candidacies, bills or civilians; the mode comes from negation in the trigger's clause and the nearest
 * request, modal or plan cue. Deadlines are deadline/ultimatum/expiry/timetable phrases and "by DATE" /
 * "within N days" limits; dates are resolved against the item's publication date. At most one signal per
 * kind per sentence. Stateless and thread-safe; never throws on any text.
 */
public final class DefaultAlertDetector implements AlertDetector {

    private static final List<String> FIELDS = List.of("title", "body");

    // Thresholds of the learned judgement; system properties only so that cross-validation runs can compare settings.
    static final double WITHDRAWAL_THRESHOLD = Double.parseDouble(System.getProperty("newsmon.judge.wt", "0.5"));
    static final double DEADLINE_THRESHOLD = Double.parseDouble(System.getProperty("newsmon.judge.dt", "0.5"));
    static final double WITHDRAWAL_ADD_THRESHOLD = Double.parseDouble(System.getProperty("newsmon.judge.wat", "0.7"));
    static final double DEADLINE_ADD_THRESHOLD = Double.parseDouble(System.getProperty("newsmon.judge.dat", "0.7"));
    /** The priority of a deadline found by the learned judgement alone. */
    private static final int LEARNED = 99;

    private final AlertJudge judge;

    DefaultAlertDetector(AlertJudge judge) {
        this.judge = judge;
    }

    /** The rules with the shipped learned judgement (the rules alone where the models are absent). */
    public static DefaultAlertDetector create() {
        return new DefaultAlertDetector(AlertJudge.shipped());
    }

    /** The hand-written rules alone: what the learned judgement is trained on top of. */
    public static DefaultAlertDetector rulesOnly() {
        return new DefaultAlertDetector(null);
    }

    /** A trigger at the first cue word, for a withdrawal the rules missed and the judgement found. */
    private static WithdrawalRules.Trigger cueTrigger(List<Token> toks, List<Integer> cues) {
        int c = cues.get(0);
        for (int k : cues) {
            if (nearMilitary(toks, k)) {
                c = k;
                break;
            }
        }
        String w = toks.get(c).lower();
        boolean noun = w.endsWith("ion") || w.endsWith("al") || w.endsWith("out") || w.endsWith("over") || w.endsWith("ure");
        return new WithdrawalRules.Trigger(c, c + 1, noun ? WithdrawalRules.Kind.NOUN : WithdrawalRules.Kind.WITHDRAW, null);
    }

    private static boolean nearMilitary(List<Token> toks, int k) {
        for (int j = Math.max(0, k - 4); j < Math.min(toks.size(), k + 5); j++) {
            if (AlertLexicon.MILITARY.contains(toks.get(j).lower()) || AlertLexicon.DIPLOMATIC.contains(toks.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A deadline phrase from the cue word to the end of its clause (at most six words), for a limit the rules missed. */
    private static DeadlineRules.Hit cueDeadline(List<Token> toks, List<Integer> cues, LocalDate pub) {
        int c = cues.isEmpty() ? 0 : cues.get(0);
        // a date right after the cue is the limit ("until the end of June", "by Friday"): resolve it
        for (int k = c + 1; k < Math.min(toks.size(), c + 4); k++) {
            DateExpressions.DateExpr d = DateExpressions.parse(toks, k);
            if (d != null) {
                return new DeadlineRules.Hit(c, d.end(), DateExpressions.resolve(d, pub), LEARNED, "deadline.learned");
            }
        }
        int e = c + 1;
        while (e < toks.size() && e < c + 6 && toks.get(e).isWord()) {
            e++;
        }
        return new DeadlineRules.Hit(c, e, null, LEARNED, "deadline.learned");
    }

    @Override
    public List<AlertSignal> detect(NewsItem item, List<ActorTag> actors) {
        List<AlertSignal> out = new ArrayList<>();
        if (item == null) {
            return out;
        }
        List<ActorTag> tags = actors == null ? List.of() : actors;
        LocalDate pub = DateExpressions.published(item.published());
        for (String field : FIELDS) {
            String text = item.field(field);
            if (text.isEmpty()) {
                continue;
            }
            for (int[] b : SentenceSplitter.boundaries(text)) {
                sentence(field, text, b[0], b[1], pub, tags, out);
            }
        }
        return out;
    }

    /** What the rules and the feature extractor see of one sentence (null fields where it is no candidate). */
    record Observation(List<Token> toks, WithdrawalRules.Trigger trigger, AlertMode ruleMode, DeadlineRules.Hit deadline,
                       List<Integer> withdrawalCues, List<Integer> deadlineCues, int[] withdrawalFeatures,
                       int[] deadlineFeatures) {}

    /** {@code withFeatures}: compute the learned judgement's features (only candidates of a kind get them). */
    static Observation observe(String text, int start, int end, LocalDate pub, List<ActorTag> actors, boolean withFeatures) {
        List<Token> toks = Tokenizer.tokenize(text, start, end);
        if (toks.isEmpty()) {
            return null;
        }
        List<WithdrawalRules.Trigger> triggers = WithdrawalRules.find(toks);
        DeadlineRules.Hit deadline = DeadlineRules.find(toks, pub, !triggers.isEmpty());
        WithdrawalRules.Trigger tr = triggers.isEmpty() ? null : pick(triggers);
        AlertMode mode = tr == null ? null : ModeRules.classify(toks, tr);
        List<Integer> wCues = withFeatures ? SentenceFeatures.cues(toks, true) : List.of();
        List<Integer> dCues = withFeatures ? SentenceFeatures.cues(toks, false) : List.of();
        String rm = mode == null ? null : mode.wireName();
        int[] wf = withFeatures && (tr != null || !wCues.isEmpty())
                ? SentenceFeatures.of(toks, actors, start, end, true, tr, rm, deadline) : null;
        int[] df = withFeatures && (deadline != null || !dCues.isEmpty())
                ? SentenceFeatures.of(toks, actors, start, end, false, tr, rm, deadline) : null;
        return new Observation(toks, tr, mode, deadline, wCues, dCues, wf, df);
    }

    private void sentence(String field, String text, int start, int end, LocalDate pub, List<ActorTag> actors,
                          List<AlertSignal> out) {
        Observation o = observe(text, start, end, pub, actors, judge != null);
        if (o == null) {
            return;
        }
        List<Token> toks = o.toks();
        WithdrawalRules.Trigger tr = o.trigger();
        AlertMode mode = o.ruleMode();
        DeadlineRules.Hit deadline = o.deadline();
        boolean judged = false;
        boolean learnedMode = false;
        if (judge != null) {
            // The learned judgement decides on every candidate; the rules' verdict is one of its features.
            // Keeping what the rules found takes less confidence than adding what they did not.
            boolean withdrawal = o.withdrawalFeatures() != null && judge.withdrawal(o.withdrawalFeatures())
                    >= (tr != null ? WITHDRAWAL_THRESHOLD : WITHDRAWAL_ADD_THRESHOLD);
            if (!withdrawal) {
                tr = null;
            } else {
                if (tr == null) {
                    tr = cueTrigger(toks, o.withdrawalCues());
                    judged = true;
                }
                if (mode == null) {
                    // the rules' mode where they found the trigger (cross-validated: better than the model's); for a
                    // withdrawal only the judgement found, the model's mode (257 vs 256 of 314 right, against the mode
                    // rules applied to the cue word)
                    mode = judge.mode(o.withdrawalFeatures());
                    learnedMode = true;
                }
            }
            boolean limit = o.deadlineFeatures() != null && judge.deadline(o.deadlineFeatures())
                    >= (deadline != null ? DEADLINE_THRESHOLD : DEADLINE_ADD_THRESHOLD);
            if (!limit) {
                deadline = null;
            } else if (deadline == null) {
                deadline = cueDeadline(toks, o.deadlineCues(), pub);
            }
        }
        if (tr == null && deadline == null) {
            return;
        }
        Span sentence = Span.of(field, text, start, end);
        DeadlineRef ref = deadline == null ? null
                : new DeadlineRef(text.substring(toks.get(deadline.from()).start(), toks.get(deadline.to() - 1).end()),
                        deadline.date());
        List<Quantity> quantities = Quantities.extract(toks, text);
        AlertSignal withdrawal = null;
        if (tr != null) {
            Span trigger = span(field, text, toks, withAuxiliaries(toks, tr), tr.to());
            List<String> who = participleSubject(actors, field, toks, tr, start, end);
            if (who.isEmpty()) {
                who = ofPhraseSubject(actors, field, toks, tr);
            }
            if (who.isEmpty()) {
                who = actorsFor(actors, field, toks, tr.from(), start, end);
            }
            String place = place(actors, field, toks, tr.from(), tr.to(), start, end, who.isEmpty() ? null : who.get(0));
            Party left = Parties.leftBody(field, toks, tr.to(), text);
            if (left == null || place != null && place.length() > 0 && placeNearer(actors, place, field, toks, tr.to(), left)) {
                left = Parties.place(place, actors, field, toks.get(Math.min(tr.to(), toks.size() - 1)).start(), start, end);
            }
            Party withdrawer = Parties.withdrawer(who.isEmpty() ? null : who.get(0), actors, field, toks, tr.from(), start, end, text);
            Party before = previousWithdrawer(out, field);
            if (withdrawer == null && who.isEmpty() && before != null && pronounSubject(toks, tr.from())) {
                // "we will not leave before the time is right": the party of the article's previous withdrawal
                withdrawer = new Party(before.id(), before.name(), null);
                who = List.of(before.id());
            }
            withdrawal = new AlertSignal(AlertKind.WITHDRAWAL, mode, sentence, trigger, who, place, quantities, ref,
                    withdrawer,
                    left, Parties.speaker(actors, field, toks, tr.from(), start, end, text),
                    List.of(judged ? "withdrawal.learned" : "withdrawal." + tr.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + (tr.forcedMode() != null ? ".construction" : ""), (learnedMode ? "mode.learned." : "mode.") + mode.wireName()),
                    null, null, List.of());
            out.add(withdrawal);
        }
        if (deadline != null) {
            Span trigger = span(field, text, toks, deadline.from(), deadline.to());
            // A deadline for a withdrawal in the same sentence is that withdrawal's: same actors, same place
            // (the words nearest "by the end of June" are usually the place left, not who leaves).
            boolean forWithdrawal = withdrawal != null && !withdrawal.actors().isEmpty();
            out.add(new AlertSignal(AlertKind.DEADLINE, null, sentence, trigger,
                    forWithdrawal ? withdrawal.actors() : actorsFor(actors, field, toks, deadline.from(), start, end),
                    forWithdrawal && withdrawal.place() != null ? withdrawal.place()
                            : place(actors, field, toks, deadline.from(), deadline.to(), start, end, null), quantities, ref,
                    withdrawal == null ? null : withdrawal.withdrawer(), withdrawal == null ? null : withdrawal.from(),
                    Parties.speaker(actors, field, toks, deadline.from(), start, end, text),
                    List.of(deadline.pattern()), null, null,
                    List.of()));
        }
    }

    /** The linked withdrawer of the latest withdrawal detected earlier in the same field, or null. */
    private static Party previousWithdrawer(List<AlertSignal> out, String field) {
        for (int k = out.size() - 1; k >= 0; k--) {
            AlertSignal d = out.get(k);
            if (d.kind() == AlertKind.WITHDRAWAL && field.equals(d.sentence().field())) {
                return d.withdrawer() != null && d.withdrawer().id() != null ? d.withdrawer() : null;
            }
        }
        return null;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("we", "it", "they");

    /** Whether the trigger's subject is "we", "it" or "they". */
    private static boolean pronounSubject(List<Token> toks, int trigger) {
        int head = WithdrawalRules.subjectHead(toks, trigger);
        return head >= 0 && SUBJECT_PRONOUNS.contains(toks.get(head).lower());
    }

    /** Whether the place's mention after the trigger comes before the treaty/talks words ("from Iraq and the coalition"). */
    private static boolean placeNearer(List<ActorTag> actors, String place, String field, List<Token> toks, int after, Party left) {
        Party p = Parties.place(place, actors, field, toks.get(Math.min(after, toks.size() - 1)).start(), 0, Integer.MAX_VALUE);
        return p.mention() != null && left.mention() != null && p.mention().start() >= toks.get(Math.min(after, toks.size() - 1)).start()
                && p.mention().start() < left.mention().start();
    }

    /** The first verbal trigger if any (it carries the clause's mode), else the first trigger. */
    private static WithdrawalRules.Trigger pick(List<WithdrawalRules.Trigger> triggers) {
        for (WithdrawalRules.Trigger t : triggers) {
            if (t.kind() != WithdrawalRules.Kind.NOUN) {
                return t;
            }
        }
        return triggers.get(0);
    }

    private static final Set<String> AUXILIARIES = Set.of("will", "would", "can", "could", "may", "might", "must",
            "shall", "should", "not", "n't", "never", "do", "does", "did", "'ll", "wo", "ca", "cannot");

    /** Start of a verbal trigger with its modal and negation ("will not withdraw"). */
    private static int withAuxiliaries(List<Token> toks, WithdrawalRules.Trigger tr) {
        if (tr.kind() == WithdrawalRules.Kind.NOUN || tr.kind() == WithdrawalRules.Kind.REDUCTION) {
            return tr.from();
        }
        int k = tr.from();
        while (k > 0 && k > tr.from() - 4 && AUXILIARIES.contains(toks.get(k - 1).lower())) {
            k--;
        }
        return k;
    }

    private static Span span(String field, String text, List<Token> toks, int from, int to) {
        return Span.of(field, text, toks.get(from).start(), toks.get(Math.max(from, to - 1)).end());
    }

    /**
     * Ids of the actors who withdraw: those mentioned in the trigger's clause before it (nearest first: the
     * clause subject); else the nearest mentions before the trigger in the sentence, then those after it.
     * Places after "from"/"in"/"of" and attributions ("According to X,") are not actors of the move; null
     * ids are skipped.
     */
    private static List<String> actorsFor(List<ActorTag> actors, String field, List<Token> toks, int trigger,
                                          int sStart, int sEnd) {
        if (actors.isEmpty()) {
            return List.of();
        }
        int trigStart = toks.get(trigger).start();
        int clauseFrom = toks.get(Clauses.clauseStart(toks, trigger, 40)).start();
        int[] attribution = attribution(toks);
        List<long[]> inClause = new ArrayList<>();
        List<long[]> before = new ArrayList<>();
        List<long[]> after = new ArrayList<>();
        for (int a = 0; a < actors.size(); a++) {
            ActorTag tag = actors.get(a);
            if (tag.id() == null || tag.mentions() == null) {
                continue;
            }
            boolean placeType = tag.type() == ActorType.COUNTRY || tag.type() == ActorType.LOCATION;
            for (Span m : tag.mentions()) {
                if (m == null || !field.equals(m.field()) || m.start() < sStart || m.end() > sEnd) {
                    continue;
                }
                if (placeType && isPlaceAfterPreposition(toks, m) || tag.type() == ActorType.LOCATION) {
                    continue;
                }
                if (m.start() >= attribution[0] && m.end() <= attribution[1]) {
                    continue;
                }
                if (passiveAgent(toks, m, trigger)) {
                    continue; // "chased away by Iran": the agent of another verb, not who withdraws
                }
                // ties (a person's title containing an organisation) go to the non-person
                long rank = 2L * Math.abs((long) trigStart - m.end()) + (tag.type() == ActorType.PERSON ? 1 : 0);
                if (m.end() <= trigStart && m.start() >= clauseFrom) {
                    inClause.add(new long[] {rank, a});
                } else if (m.end() <= trigStart) {
                    before.add(new long[] {rank, a});
                } else {
                    after.add(new long[] {rank, a});
                }
            }
        }
        if (!inClause.isEmpty()) {
            return ids(actors, inClause);
        }
        List<String> out = new ArrayList<>(ids(actors, before));
        for (String id : ids(actors, after)) {
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> ids(List<ActorTag> actors, List<long[]> ranked) {
        ranked.sort((x, y) -> Long.compare(x[0], y[0]));
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (long[] r : ranked) {
            ids.add(actors.get((int) r[1]).id());
        }
        return List.copyOf(ids);
    }

    /** String offsets of an "According to X," segment of the sentence, or an empty range. */
    private static int[] attribution(List<Token> toks) {
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (toks.get(k).is("according") && toks.get(k + 1).is("to")) {
                int e = k + 2;
                while (e < toks.size() && !toks.get(e).is(",")) {
                    e++;
                }
                return new int[] {toks.get(k).start(), e < toks.size() ? toks.get(e).start() : toks.get(toks.size() - 1).end()};
            }
        }
        return new int[] {-1, -1};
    }

    /** A mention after "by" that does not follow the trigger itself ("the withdrawal by Israel" keeps Israel). */
    private static boolean passiveAgent(List<Token> toks, Span m, int trigger) {
        for (int k = 1; k < toks.size(); k++) {
            if (toks.get(k).start() >= m.start()) {
                int by = toks.get(k - 1).is("the") && k > 1 ? k - 2 : k - 1;
                return toks.get(by).is("by") && by - 1 != trigger;
            }
        }
        return false;
    }

    private static boolean isPlaceAfterPreposition(List<Token> toks, Span m) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() >= m.start()) {
                if (k == 0) {
                    return false;
                }
                String p = toks.get(k - 1).lower();
                if (p.equals("the") && k > 1) {
                    p = toks.get(k - 2).lower();
                }
                return Set.of("from", "in", "of", "to", "into", "out").contains(p);
            }
        }
        return false;
    }

    /** Whether a place actor is the withdrawer itself, or the country whose government withdraws. */
    private static boolean sameParty(ActorTag place, String withdrawerId, List<ActorTag> actors) {
        if (withdrawerId == null) {
            return false;
        }
        if (withdrawerId.equals(place.id())) {
            return true;
        }
        for (ActorTag a : actors) {
            if (withdrawerId.equals(a.id()) && a.name() != null && place.name() != null
                    && (a.name().equals(place.name()) || a.name().contains(place.name()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "pursuing retreating Iranian troops", "the departing U.S. forces": a trigger in -ing (or -ed) form before a
     * force noun says who leaves — the actors named between them.
     */
    private static List<String> participleSubject(List<ActorTag> actors, String field, List<Token> toks,
                                                  WithdrawalRules.Trigger tr, int sStart, int sEnd) {
        String w = toks.get(tr.from()).lower();
        if (!(w.endsWith("ing") || w.endsWith("ed")) || tr.kind() == WithdrawalRules.Kind.NOUN) {
            return List.of();
        }
        int force = -1;
        for (int k = tr.to(); k < Math.min(toks.size(), tr.to() + 4); k++) {
            if (AlertLexicon.MILITARY.contains(toks.get(k).lower()) || AlertLexicon.DIPLOMATIC.contains(toks.get(k).lower())) {
                force = k;
                break;
            }
            if (!toks.get(k).isWord()) {
                break;
            }
        }
        if (force < 0 || force == tr.to()) {
            return List.of();
        }
        int a = toks.get(tr.to()).start();
        int b = toks.get(force).start();
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (ActorTag tag : actors) {
            if (tag.id() != null && tag.mentions() != null && tag.mentions().stream()
                    .anyMatch(m -> m != null && field.equals(m.field()) && m.start() >= a && m.end() <= b)) {
                ids.add(tag.id());
            }
        }
        return List.copyOf(ids);
    }

    /**
     * "the withdrawal of Syrian troops from Lebanon", "a pullout by Israel": after a withdrawal noun, the actors
     * of its "of …" / "by …" phrase are who leaves (not the subject of the sentence, who may only call for it).
     */
    private static List<String> ofPhraseSubject(List<ActorTag> actors, String field, List<Token> toks,
                                                WithdrawalRules.Trigger tr) {
        if (tr.kind() != WithdrawalRules.Kind.NOUN || tr.to() >= toks.size()
                || !(toks.get(tr.to()).is("of") || toks.get(tr.to()).is("by"))) {
            return List.of();
        }
        int end = tr.to() + 1;
        while (end < toks.size() && end < tr.to() + 7 && toks.get(end).isWord() && !toks.get(end).is("from")
                && !toks.get(end).is("to") && !toks.get(end).is("and")) {
            end++;
        }
        int a = toks.get(tr.to()).end();
        int b = toks.get(end - 1).end();
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (ActorTag tag : actors) {
            if (tag.id() != null && tag.type() != ActorType.LOCATION && tag.mentions() != null && tag.mentions().stream()
                    .anyMatch(m -> m != null && field.equals(m.field()) && m.start() >= a && m.end() <= b)) {
                ids.add(tag.id());
            }
        }
        return List.copyOf(ids);
    }

    /** The place withdrawn from: a COUNTRY/LOCATION actor after from/in/of/leave, else another place. */
    private static String place(List<ActorTag> actors, String field, List<Token> toks, int from, int after,
                                int sStart, int sEnd, String withdrawerId) {
        int subject = WithdrawalRules.subjectHead(toks, from);
        int subjectStart = subject >= 0 ? toks.get(subject).start() : -1;
        int clauseFrom = toks.get(Clauses.clauseStart(toks, from, 40)).start();
        String fallback = null;
        for (ActorTag tag : actors) {
            if (tag.mentions() == null || tag.name() == null
                    || tag.type() != ActorType.COUNTRY && tag.type() != ActorType.LOCATION
                    || sameParty(tag, withdrawerId, actors)) {
                continue; // the place left is never the one who leaves ("Libyan troops … in northern Chad")
            }
            for (Span m : tag.mentions()) {
                if (m == null || !field.equals(m.field()) || m.start() < sStart || m.end() > sEnd) {
                    continue;
                }
                if (isPlaceAfterPreposition(toks, m) && !passiveAgent(toks, m, from)
                        && m.start() >= toks.get(Math.min(after, toks.size() - 1)).start() - 1) {
                    return tag.name();
                }
                // another place of the trigger's own clause, not of an attribution before it ("A Baghdad
                // communique said …") nor the agent of another verb ("chased away by Iran")
                if (fallback == null && m.end() != (subject >= 0 ? toks.get(subject).end() : -1)
                        && m.start() >= clauseFrom && !passiveAgent(toks, m, from)) {
                    fallback = tag.name();
                }
            }
        }
        if (fallback != null) {
            return fallback;
        }
        // no tagger: a known country or region after a preposition, else anywhere in the sentence
        String any = null;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (!WithdrawalRules.isPlace(t)) {
                continue;
            }
            String name = t.text();
            if (k + 1 < toks.size() && toks.get(k + 1).isCapitalized()
                    && Set.of("strip", "bank").contains(toks.get(k + 1).lower())) {
                name = name + " " + toks.get(k + 1).text();
            }
            String prev = k > 0 ? toks.get(k - 1).lower() : "";
            if (prev.equals("the") && k > 1) {
                prev = toks.get(k - 2).lower();
            }
            if (prev.equals("by")) {
                continue; // the agent of another verb ("chased away by Iran")
            }
            boolean afterPrep = Set.of("from", "in", "of", "out", "leave", "leaving", "left").contains(prev);
            if (afterPrep && k >= after) {
                return name;
            }
            if (any == null && k != subject && t.start() != subjectStart && t.start() >= clauseFrom
                    && !(k + 1 < toks.size() && toks.get(k + 1).lower().equals("'s"))) {
                any = name;
            }
        }
        return any;
    }
}
