package dev.newsmon.core.alerts;

import static dev.newsmon.core.alerts.AlertLexicon.DEMONYMS;
import static dev.newsmon.core.alerts.AlertLexicon.DIPLOMATIC;
import static dev.newsmon.core.alerts.AlertLexicon.MILITARY;
import static dev.newsmon.core.alerts.AlertLexicon.NON_MILITARY;
import static dev.newsmon.core.alerts.AlertLexicon.NON_MILITARY_CONTEXT;
import static dev.newsmon.core.alerts.AlertLexicon.PLACES;
import static dev.newsmon.core.alerts.AlertLexicon.PLACE_NOUNS;
import static dev.newsmon.core.alerts.AlertLexicon.POLITICAL;
import static dev.newsmon.core.alerts.AlertLexicon.STATE_SUBJECTS;
import static dev.newsmon.core.alerts.AlertLexicon.set;

import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds withdrawal triggers in the tokens of one sentence and decides whether each is about forces,
 * diplomats or a state leaving a treaty, talks or a coalition (and not about money, sport or candidacies).
 */
final class WithdrawalRules {

    private WithdrawalRules() {}

    enum Kind { NOUN, WITHDRAW, PULL, LEAVE, QUIT, WALKOUT, REDUCE, REDUCTION, BRING_HOME, RETURN_HOME, RECALL,
        REMOVE, NO_LONGER_BOUND, ABANDON, DEPARTURE, EXIT }

    /** A trigger over tokens [from, to) with a mode forced by the construction itself, or null. */
    record Trigger(int from, int to, Kind kind, AlertMode forcedMode) {}

    private static final Set<String> NOUNS = set("withdrawal withdrawals pullout pullouts pull-out pull-outs pullback"
            + " pullbacks pull-back drawdown drawdowns draw-down disengagement");
    private static final Set<String> WITHDRAW = set("withdraw withdraws withdrew withdrawn withdrawing retreat"
            + " retreats retreated retreating disengage disengaged disengages disengaging repatriate repatriated"
            + " repatriates repatriating");
    private static final Set<String> FALL = set("fall falls fell fallen falling");
    private static final Set<String> MOVE_OUT = set("redeploy redeploys redeployed redeploying move moves moved"
            + " moving relocate relocated relocating ship shipped fly flew flown flying airlift airlifted"
            + " evacuated ferried rotate rotated rotating rotates");
    private static final Set<String> PULL = set("pull pulls pulled pulling");
    private static final Set<String> LEAVE = set("leave leaves leaving left depart departs departed departing");
    private static final Set<String> SEND = set("send sends sent sending go goes went going");
    private static final Set<String> RENOUNCE = set("renounce renounces renounced renouncing abrogate abrogates"
            + " abrogated abrogating scrap scraps scrapped scrapping repudiate repudiated denounce denounced");
    private static final Set<String> TREATIES = set("treaty treaties pact pacts accord accords agreement agreements"
            + " protocol convention ceasefire cease-fire truce armistice");
    private static final Set<String> LEVEL_FALL = set("fall falls fell fallen falling drop drops dropped dropping"
            + " decline declines declined declining shrink shrinks shrank shrinking decrease decreases decreased");
    private static final Set<String> QUIT = set("quit quits quitting");
    private static final Set<String> WALK = set("walk walks walked walking");
    private static final Set<String> REDUCE = set("reduce reduces reduced reducing cut cuts cutting decrease"
            + " decreases decreased decreasing trim trims trimmed trimming slash slashed slashing halve halved"
            + " halving lower lowered lowering shrink shrank downsize downsized");
    private static final Set<String> DRAW = set("draw draws drew drawn drawing scale scales scaled scaling wind"
            + " winds wound winding");
    private static final Set<String> REDUCTION = set("reduction reductions cutback cutbacks cuts downsizing");
    private static final Set<String> BRING = set("bring brings bringing brought");
    private static final Set<String> RETURN = set("return returns returned returning");
    private static final Set<String> RECALL = set("recall recalls recalled recalling");
    private static final Set<String> REMOVE = set("remove removes removed removing removal");
    private static final Set<String> ABANDON = set("abandon abandons abandoned abandoning evacuate evacuated"
            + " evacuates evacuating vacate vacated vacates vacating");
    private static final Set<String> DEPARTURE = set("departure departures exit");

    private static final Set<String> DETERMINER_LIKE = set("the an its their his her our a early quick swift"
            + " complete full eventual");
    private static final Set<String> SORTIE_VERBS = set("begin start conduct launch attack search patrol raid hunt"
            + " pursue carry join reinforce help support secure escort");
    private static final Set<String> PHRASE_BREAKS = set("and or before after as when while during because amid"
            + " despite following until since ahead within by");
    /** People whose leaving is not a withdrawal (only as subjects; these words are common in war reports). */
    private static final Set<String> CIVILIANS = set("family families people tourists students volunteers children"
            + " fans spectators passengers pilgrims expatriates foreigners villagers migrants locals hostages"
            + " prisoners detainees patients doctors nurses teachers monks priests athletes player players"
            + " actor actress singer star team");
    private static final Set<String> CLOSE = set("close closes closed closing closure");
    private static final Set<String> BE = set("be been being were was are is");
    private static final Set<String> PREPOSITIONS = set("to in at into for with by on from of");
    private static final Set<String> EXIT_VERB = set("exit exits exited exiting");
    private static final Set<String> END = set("end ends ended ending");
    private static final Set<String> PRESENCE = set("presence occupation deployment participation involvement"
            + " mission");
    private static final Set<String> OPPONENTS = set("insurgents insurgent militants militant gunmen fighters"
            + " rebels rebel terrorists terrorist");
    private static final Set<String> PRONOUNS = set("we they it he she");
    private static final Set<String> SUBJECT_SKIP = set("""
            will would can could may might must shall should not n't never also to begin begins began begun
            start starts started are is were was been be being have has had who which that possibly soon
            eventually all completely finally fully already now then gradually quickly immediately partially
            partly officially formally reportedly agreed agree agrees decided decide plans plan planned
            planning intends intend intended expected want wants wanted ready willing refuse refused refuses
            do does did 'll going hope hopes hoped continue continued continues finished completed completing
            ordered asked told urged allowed about largely mostly still just even only also actually
            scheduled set due supposed slated likely able unable prepared poised expected
            """);
    private static final Set<String> EMPTY_OBJECT_NEXT = set("""
            by before after on in at within until sometime this next last earlier later immediately soon when
            as if unless and or . , ; : ) early late completely entirely altogether quickly gradually
            today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday
            """);
    private static final Set<String> CONTEXT_FOR_PRONOUN = set("""
            troops forces soldiers military mission ally allies alliance stay presence army peacekeepers
            deployment occupation
            """);

    static List<Trigger> find(List<Token> toks) {
        List<Trigger> out = new java.util.ArrayList<>();
        boolean nonMilContext = Clauses.any(toks, 0, toks.size(), NON_MILITARY_CONTEXT)
                && !Clauses.any(toks, 0, toks.size(), MILITARY);
        for (int i = 0; i < toks.size(); i++) {
            Trigger t = match(toks, i, nonMilContext);
            if (t != null) {
                out.add(t);
                i = t.to() - 1;
            }
        }
        return out;
    }

    private static Trigger match(List<Token> toks, int i, boolean nonMilContext) {
        Token t = toks.get(i);
        String w = t.lower();
        int n = toks.size();
        if (NOUNS.contains(w)) {
            if (nonMilContext) {
                return null;
            }
            Obj o = object(toks, i + 1, 8, true);
            if (o == Obj.NEG || prevIsNeg(toks, i, 1)) {
                return null;
            }
            return new Trigger(i, i + 1, Kind.NOUN, null);
        }
        if (WITHDRAW.contains(w)) {
            return transitive(toks, i, i + 1, i + 1, Kind.WITHDRAW, nonMilContext);
        }
        if (PULL.contains(w)) {
            for (int k = i + 1; k < Math.min(n, i + 7); k++) {
                Token p = toks.get(k);
                if (Clauses.isBreak(p) || p.is(".")) {
                    break;
                }
                if (p.is("out") || p.is("back")) {
                    // "pull troops out": the words between are the object
                    Obj between = object(toks, i + 1, k - i - 1, false);
                    if (between == Obj.NEG) {
                        return null;
                    }
                    Trigger tr = transitive(toks, i, k + 1, k + 1, Kind.PULL, nonMilContext);
                    int head = subjectHead(toks, i);
                    boolean civilianSubject = head >= 0 && NON_MILITARY.contains(toks.get(head).lower());
                    if (tr == null && between == Obj.POS && !nonMilContext && !civilianSubject) {
                        tr = new Trigger(i, k + 1, Kind.PULL, null);
                    }
                    if (tr != null && i > 0 && (toks.get(i - 1).is("the") || toks.get(i - 1).is("a"))) {
                        return new Trigger(i, k + 1, Kind.NOUN, null); // "the pull out"
                    }
                    return tr;
                }
            }
            // "pulling its troops from Lebanon"
            for (int k = i + 1; k < Math.min(n - 1, i + 4); k++) {
                if (isMilitaryNoun(toks, k) && (toks.get(k + 1).is("from") || toks.get(k + 1).is("out"))) {
                    return new Trigger(i, i + 1, Kind.PULL, null);
                }
            }
            // passive "troops were being pulled from the front line"
            if (i + 1 < n && toks.get(i + 1).is("from") && w.equals("pulled") && i > 0
                    && Set.of("be", "been", "being", "were", "was", "are", "is").contains(toks.get(i - 1).lower())
                    && milBefore(toks, i, 8)) {
                return new Trigger(i, i + 1, Kind.PULL, null);
            }
            return null;
        }
        if ((w.equals("end") || w.equals("ends") || w.equals("ended")) && i >= 2 && toks.get(i - 1).is("to")
                && Set.of("scheduled", "set", "due", "expected").contains(toks.get(i - 2).lower())
                && Clauses.any(toks, Math.max(0, i - 18), i - 2, set("deployment mission presence occupation"))) {
            return new Trigger(i - 2, i + 1, Kind.WITHDRAW, AlertMode.PLANNED);
        }
        if ((w.equals("cut") || w.equals("cutting")) && i + 2 < n && toks.get(i + 1).is("and")
                && toks.get(i + 2).lower().startsWith("run")) {
            return new Trigger(i, i + 3, Kind.LEAVE, null); // "will not cut and run from Iraq"
        }
        if (LEAVE.contains(w)) {
            return leave(toks, i, nonMilContext);
        }
        if (QUIT.contains(w)) {
            Obj o = object(toks, i + 1, 5, false);
            if (o != Obj.NEG && Clauses.any(toks, i + 1, Math.min(n, i + 5), POLITICAL)) {
                return new Trigger(i, i + 1, Kind.QUIT, null);
            }
            // "Spanish troops quit Iraq"
            int h = subjectHead(toks, i);
            if (o == Obj.PLACE && h >= 0 && MILITARY.contains(toks.get(h).lower())) {
                return new Trigger(i, i + 1, Kind.QUIT, null);
            }
            return null;
        }
        if (FALL.contains(w) && i + 1 < n && toks.get(i + 1).is("back")) {
            int h = subjectHead(toks, i);
            if (h >= 0 && MILITARY.contains(toks.get(h).lower()) && object(toks, i + 2, 6, false) != Obj.NEG) {
                return new Trigger(i, i + 2, Kind.PULL, null);
            }
            return null;
        }
        // "an exit from Iraq", "its exit from the coalition"
        if (w.equals("exit") && i > 0 && i + 2 < n && toks.get(i + 1).is("from")
                && (DETERMINER_LIKE.contains(toks.get(i - 1).lower()) || toks.get(i - 1).lower().equals("'s")
                || DEMONYMS.contains(toks.get(i - 1).lower()))) {
            Obj o = object(toks, i + 1, 6, false);
            if (o == Obj.POS || o == Obj.PLACE) {
                return new Trigger(i, i + 1, Kind.NOUN, null);
            }
            return null;
        }
        if (WALK.contains(w) && i + 1 < n && toks.get(i + 1).is("out")) {
            if (Clauses.any(toks, i + 2, Math.min(n, i + 8), POLITICAL)
                    || Clauses.any(toks, 0, n, set("talks negotiations"))) {
                return new Trigger(i, i + 2, Kind.WALKOUT, null);
            }
            return null;
        }
        if (REDUCE.contains(w) || DRAW.contains(w) && i + 1 < n
                && (toks.get(i + 1).is("down") || toks.get(i + 1).is("back"))) {
            int start = DRAW.contains(w) ? i + 2 : i + 1;
            if (w.equals("lower") && i > 0 && (toks.get(i - 1).is("the") || toks.get(i - 1).is("a"))) {
                return null;
            }
            int end = Clauses.clauseEnd(toks, start, 7);
            for (int k = start; k < end; k++) {
                String x = toks.get(k).lower();
                if (NON_MILITARY.contains(x) || x.equals("spending") || x.equals("budget") || x.equals("costs")
                        || x.equals("violence") || x.equals("emissions") || x.equals("tensions")) {
                    return null;
                }
                if (isMilitaryNoun(toks, k)) {
                    return new Trigger(i, start, Kind.REDUCE, null);
                }
            }
            return null;
        }
        if (REDUCTION.contains(w)) {
            if (i > 0 && (toks.get(i - 1).is("troop") || toks.get(i - 1).is("force") || toks.get(i - 1).is("forces"))) {
                return new Trigger(i - 1, i + 1, Kind.REDUCTION, null);
            }
            if (i + 1 < n && (toks.get(i + 1).is("of") || toks.get(i + 1).is("in"))) {
                int end = Clauses.clauseEnd(toks, i + 2, 5);
                for (int k = i + 2; k < end; k++) {
                    if (NON_MILITARY.contains(toks.get(k).lower())) {
                        return null;
                    }
                    if (isMilitaryNoun(toks, k)) {
                        return new Trigger(i, i + 1, Kind.REDUCTION, null);
                    }
                }
            }
            return null;
        }
        if (BRING.contains(w) && i + 1 < n && toks.get(i + 1).is("home")) {
            int end = Clauses.clauseEnd(toks, i + 2, 6);
            for (int k = i + 2; k < end; k++) {
                if (NON_MILITARY.contains(toks.get(k).lower())) {
                    return null;
                }
                if (isMilitaryNoun(toks, k) || DIPLOMATIC.contains(toks.get(k).lower())) {
                    return new Trigger(i, i + 2, Kind.BRING_HOME, null);
                }
            }
            return null;
        }
        if (BRING.contains(w)) {
            for (int k = i + 1; k < Math.min(n, i + 7); k++) {
                if (toks.get(k).is("home") || toks.get(k).is("back") && k + 1 < n && toks.get(k + 1).is("home")) {
                    if (Clauses.any(toks, i + 1, k, MILITARY) || Clauses.any(toks, i + 1, k, DIPLOMATIC)) {
                        return new Trigger(i, k + 1, Kind.BRING_HOME, null);
                    }
                    return null;
                }
            }
            return null;
        }
        if (MOVE_OUT.contains(w) && i + 2 < n && toks.get(i + 1).is("out") && toks.get(i + 2).is("of")
                && (milBefore(toks, i, 8) || Clauses.any(toks, i + 3, Math.min(n, i + 8), MILITARY))) {
            return new Trigger(i, i + 2, Kind.WITHDRAW, null);
        }
        // "relocating its peacekeepers out of Eritrea"
        if (MOVE_OUT.contains(w)) {
            for (int k = i + 2; k + 1 < Math.min(n, i + 6); k++) {
                if (toks.get(k).is("out") && toks.get(k + 1).is("of")) {
                    boolean mil = false;
                    for (int j = i + 1; j < k; j++) {
                        mil |= isMilitaryNoun(toks, j);
                        if (NON_MILITARY.contains(toks.get(j).lower()) || CIVILIANS.contains(toks.get(j).lower())) {
                            return null;
                        }
                    }
                    return mil ? new Trigger(i, k + 1, Kind.WITHDRAW, null) : null;
                }
            }
        }
        // "close its air base in Kyrgyzstan"
        if (CLOSE.contains(w)) {
            int end = Clauses.clauseEnd(toks, i + 1, 5);
            for (int k = i + 1; k < end; k++) {
                String x = toks.get(k).lower();
                if (x.equals("base") || x.equals("bases") || x.equals("garrison") || x.equals("outpost")
                        || x.equals("outposts") || x.equals("embassy")) {
                    return new Trigger(i, i + 1, Kind.WITHDRAW, null);
                }
            }
        }
        // "soldiers were sent home", "our troops will go home", "send the troops home"
        if (SEND.contains(w)) {
            int home = -1;
            for (int k = i + 1; k < Math.min(n, i + (w.startsWith("se") ? 6 : 2)); k++) {
                if (toks.get(k).is("home")) {
                    home = k;
                    break;
                }
            }
            if (home > 0 && (milBefore(toks, i, 8) || Clauses.any(toks, i + 1, home, MILITARY))) {
                return new Trigger(i, home + 1, Kind.BRING_HOME, null);
            }
            return null;
        }
        // "Russia renounced the arms treaty"
        if (RENOUNCE.contains(w)) {
            int end = Clauses.clauseEnd(toks, i + 1, 6);
            if (Clauses.any(toks, i + 1, end, TREATIES) && object(toks, i + 1, 6, false) != Obj.NEG) {
                return new Trigger(i, i + 1, Kind.QUIT, null);
            }
            return null;
        }
        // "U.S. troop levels will fall to 50,000"
        if ((w.equals("levels") || w.equals("numbers") || w.equals("strength") || w.equals("level")) && i > 0
                && (toks.get(i - 1).is("troop") || toks.get(i - 1).is("force") || toks.get(i - 1).is("troops"))) {
            for (int k = i + 1; k < Math.min(n, i + 4); k++) {
                if (LEVEL_FALL.contains(toks.get(k).lower())) {
                    return new Trigger(i - 1, k + 1, Kind.REDUCTION, null);
                }
            }
            return null;
        }
        if (RETURN.contains(w) && i + 1 < n && toks.get(i + 1).is("home")) {
            int h = subjectHead(toks, i);
            if (h >= 0 && DIPLOMATIC.contains(toks.get(h).lower()) || milBefore(toks, i, 8)) {
                return new Trigger(i, i + 2, Kind.RETURN_HOME, null);
            }
            return null;
        }
        if (RECALL.contains(w)) {
            int end = Clauses.clauseEnd(toks, i + 1, 6);
            if (Clauses.any(toks, i + 1, end, DIPLOMATIC)) {
                return new Trigger(i, i + 1, Kind.RECALL, null);
            }
            return null;
        }
        if (REMOVE.contains(w)) {
            int end = Clauses.clauseEnd(toks, i + 1, 8);
            for (int k = i + 1; k < end; k++) {
                if (NON_MILITARY.contains(toks.get(k).lower())) {
                    return null;
                }
                if (OPPONENTS.contains(toks.get(k).lower())) {
                    return null; // "the removal of five insurgents" is a capture, not a withdrawal
                }
                if (isMilitaryNoun(toks, k) && !toks.get(k).is("intelligence")) {
                    return new Trigger(i, i + 1, Kind.REMOVE, null);
                }
            }
            return null;
        }
        if (w.equals("no") && i + 3 < n && toks.get(i + 1).is("longer") && toks.get(i + 2).is("bound")) {
            if (Clauses.any(toks, i + 3, Math.min(n, i + 9), POLITICAL)) {
                return new Trigger(i, i + 3, Kind.NO_LONGER_BOUND, AlertMode.REPORTED);
            }
            return null;
        }
        if (ABANDON.contains(w)) {
            int h = subjectHead(toks, i);
            Obj o = object(toks, i + 1, 6, false);
            if (o == Obj.NEG) {
                return null;
            }
            if (i > 0 && BE.contains(toks.get(i - 1).lower()) && w.endsWith("ed")
                    && !(i + 1 < n && toks.get(i + 1).is("by") && Clauses.any(toks, i + 2, Math.min(n, i + 6), MILITARY))) {
                return null; // "the wounded were evacuated": people moved, not a force withdrawing
            }
            boolean politicalObject = i + 1 < n && !PREPOSITIONS.contains(toks.get(i + 1).lower())
                    && Clauses.any(toks, i + 1, Clauses.clauseEnd(toks, i + 1, 5),
                    set("talks negotiations agreement accord treaty ceasefire truce coalition alliance"));
            if (h >= 0 && MILITARY.contains(toks.get(h).lower())
                    || (o == Obj.POS || politicalObject) && subjectOk(toks, i, true)) {
                return new Trigger(i, i + 1, Kind.ABANDON, null);
            }
            return null;
        }
        if (EXIT_VERB.contains(w) && !(i + 1 < n && toks.get(i + 1).is("strategy"))) {
            int end = Clauses.clauseEnd(toks, i + 1, 6);
            boolean political = i + 1 < n && !toks.get(i + 1).is(",") && Clauses.any(toks, i + 1, end, POLITICAL);
            Obj o = object(toks, i + 1, 6, false);
            if (o != Obj.NEG && (political || o == Obj.PLACE && subjectOk(toks, i, false))) {
                return new Trigger(i, i + 1, Kind.WITHDRAW, null);
            }
            return null;
        }
        if (END.contains(w) && !(i > 0 && (toks.get(i - 1).is("the") || toks.get(i - 1).is("an")
                || toks.get(i - 1).is("this")) && !(i + 1 < n && toks.get(i + 1).is("to")))) {
            int k = i + 1;
            if (k < n && toks.get(k).is("to")) {
                k++;
            }
            int end = Clauses.clauseEnd(toks, k, 6);
            for (int j = k; j < end; j++) {
                String x = toks.get(j).lower();
                if (NON_MILITARY.contains(x) || x.equals("war") || x.equals("fighting") || x.equals("violence")) {
                    return null;
                }
                if (PRESENCE.contains(x)) {
                    boolean military = x.equals("occupation") || x.equals("deployment")
                            || Clauses.any(toks, k, end, MILITARY) && !x.equals("presence")
                            || x.equals("presence") && Clauses.any(toks, k, j, set("military troop troops"));
                    if (x.equals("participation") || x.equals("involvement")) {
                        military = Clauses.any(toks, j, end, MILITARY) || Clauses.any(toks, j, end, POLITICAL);
                    }
                    return military ? new Trigger(i, i + 1, Kind.WITHDRAW, null) : null;
                }
            }
            return null;
        }
        if (DEPARTURE.contains(w)) {
            if (w.equals("exit") && i + 1 < n && toks.get(i + 1).is("strategy")) {
                return new Trigger(i, i + 2, Kind.EXIT, AlertMode.CONDITIONAL);
            }
            if (w.startsWith("departure")) {
                if (i + 1 < n && (toks.get(i + 1).is("timeline") || toks.get(i + 1).is("timetable")
                        || toks.get(i + 1).is("date"))) {
                    return new Trigger(i, i + 1, Kind.DEPARTURE, null);
                }
                Obj o = object(toks, i + 1, 6, true);
                if (o == Obj.POS) {
                    return new Trigger(i, i + 1, Kind.DEPARTURE, null);
                }
            }
            return null;
        }
        return null;
    }

    /** A force named in the {@code back} tokens before {@code i}, with no money/sport word among them. */
    static boolean milBefore(List<Token> toks, int i, int back) {
        boolean mil = false;
        for (int k = Math.max(0, i - back); k < i; k++) {
            if (NON_MILITARY.contains(toks.get(k).lower())) {
                return false;
            }
            mil |= isMilitaryNoun(toks, k) && !toks.get(k).is("mission");
        }
        return mil;
    }

    private static boolean prevIsNeg(List<Token> toks, int i, int back) {
        for (int k = i - 1; k >= Math.max(0, i - back); k--) {
            String x = toks.get(k).lower();
            if (NON_MILITARY.contains(x) && !x.equals("aid")) {
                return true;
            }
        }
        return false;
    }

    static boolean isMilitaryNoun(List<Token> toks, int k) {
        String x = toks.get(k).lower();
        if (!MILITARY.contains(x)) {
            return false;
        }
        // "military" and "intelligence" as adjectives count only before a noun of their own kind or alone
        if ((x.equals("military") || x.equals("naval") || x.equals("combat")) && k + 1 < toks.size()) {
            String nx = toks.get(k + 1).lower();
            return MILITARY.contains(nx) || !Character.isLetter(nx.charAt(0)) || nx.equals("and")
                    || nx.equals("from") || nx.equals("in") || nx.equals("out");
        }
        return true;
    }

    enum Obj { POS, PLACE, NEG, NONE }

    /**
     * Classifies the object region of a trigger: NEG if any money/sport/candidacy word is there, POS for
     * forces, diplomats or (after from/of/out) a treaty, talks or a coalition, PLACE for a country or
     * region, else NONE.
     */
    static Obj object(List<Token> toks, int from, int max, boolean nounTrigger) {
        int end = Math.min(toks.size(), from + max);
        Obj found = Obj.NONE;
        for (int k = from; k < end; k++) {
            Token t = toks.get(k);
            String x = t.lower();
            if (Clauses.isBreak(t) && !(t.is(",") && k == from) || t.is(".")) {
                break;
            }
            if (found != Obj.NONE && PHRASE_BREAKS.contains(x)) {
                break; // "withdraw its forces from Afghanistan before the final phase": the object has ended
            }
            if (NON_MILITARY.contains(x)) {
                return Obj.NEG;
            }
            if (found == Obj.POS) {
                continue;
            }
            if (isMilitaryNoun(toks, k) || DIPLOMATIC.contains(x)) {
                found = Obj.POS;
            } else if (POLITICAL.contains(x) && precededBy(toks, k, from, Set.of("from", "of", "out"))) {
                found = Obj.POS;
            } else if (isPlace(t) || PLACE_NOUNS.contains(x) && (precededBy(toks, k, from, Set.of("the", "from", "of", "their", "its"))
                    || k > 0 && (DEMONYMS.contains(toks.get(k - 1).lower()) || toks.get(k - 1).isCapitalized()))) {
                if (found == Obj.NONE) {
                    found = Obj.PLACE;
                }
            }
        }
        return found;
    }

    static boolean isPlace(Token t) {
        return t.isCapitalized() && PLACES.contains(t.lower());
    }

    private static boolean precededBy(List<Token> toks, int k, int floor, Set<String> words) {
        for (int j = k - 1; j >= Math.max(floor - 1, k - 4) && j >= 0; j--) {
            if (words.contains(toks.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs like "withdraw" and "pull out": by object, else by subject. */
    private static Trigger transitive(List<Token> toks, int i, int end, int objFrom, Kind kind, boolean nonMil) {
        Obj o = object(toks, objFrom, 8, false);
        if (o == Obj.NEG) {
            return null;
        }
        int head = subjectHead(toks, i);
        if (head >= 0 && NON_MILITARY.contains(toks.get(head).lower())) {
            return null; // "aid agencies pulled their staff out"
        }
        if (o == Obj.POS || o == Obj.PLACE && !nonMil) {
            if (o == Obj.PLACE && !subjectOk(toks, i, true)) {
                return null;
            }
            return new Trigger(i, end, kind, null);
        }
        if (nonMil) {
            return null;
        }
        if (subjectOk(toks, i, false)) {
            return new Trigger(i, end, kind, null);
        }
        // passive ("troops ... will be withdrawn") or relative ("forces, which Addis Ababa plans to withdraw"):
        // the force is named before the verb
        boolean passive = i > 0 && Set.of("be", "been", "being", "were", "was", "are", "is")
                .contains(toks.get(i - 1).lower());
        int back = passive ? 30 : 8;
        boolean milBefore = false;
        for (int k = Math.max(0, i - back); k < i; k++) {
            if (NON_MILITARY.contains(toks.get(k).lower()) && k >= i - 6) {
                return null;
            }
            if (isMilitaryNoun(toks, k) && !toks.get(k).is("mission")) {
                milBefore = true;
            }
        }
        return milBefore ? new Trigger(i, end, kind, null) : null;
    }

    /**
     * Whether the subject of the verb at {@code i} is a state, government, force or armed group. With
     * {@code lenient}, an unknown subject is accepted unless it is a clear non-military one.
     */
    static boolean subjectOk(List<Token> toks, int i, boolean lenient) {
        int h = subjectHead(toks, i);
        if (h < 0) {
            return lenient;
        }
        Token head = toks.get(h);
        String x = head.lower();
        if (x.equals("and") || x.equals("but")) {
            // "insurgents have captured towns but have withdrawn": the subject opens the sentence
            for (int k = 0; k < Math.min(h, 6); k++) {
                String y = toks.get(k).lower();
                if (MILITARY.contains(y) || STATE_SUBJECTS.contains(y) || isPlace(toks.get(k))) {
                    return true;
                }
            }
            return false;
        }
        if (NON_MILITARY.contains(x) || CIVILIANS.contains(x)) {
            return false;
        }
        if (MILITARY.contains(x) || STATE_SUBJECTS.contains(x) || isPlace(head) || DIPLOMATIC.contains(x)) {
            return true;
        }
        if (PRONOUNS.contains(x)) {
            if (Clauses.any(toks, 0, toks.size(), NON_MILITARY)) {
                return false;
            }
            if (Clauses.any(toks, 0, toks.size(), CONTEXT_FOR_PRONOUN)) {
                return true;
            }
            // "Israel says it will not withdraw": the pronoun refers to the state opening the sentence
            for (int k = 0; k < Math.min(h, 4); k++) {
                Token s0 = toks.get(k);
                if (isPlace(s0) || STATE_SUBJECTS.contains(s0.lower()) && s0.isCapitalized()) {
                    return !x.equals("he") && !x.equals("she");
                }
            }
            return false;
        }
        if (DEMONYMS.contains(x)) {
            return true;
        }
        return lenient && !head.isCapitalized() && !x.equals("she") && !x.equals("he");
    }

    /** The head of the subject of the verb at {@code i}: the nearest noun-like token before it. */
    static int subjectHead(List<Token> toks, int i) {
        int k = i - 1;
        int floor = Math.max(0, i - 40); // bounded: a subject is near its verb
        while (k >= floor) {
            Token t = toks.get(k);
            String x = t.lower();
            if (SUBJECT_SKIP.contains(x) || x.endsWith("ly") && x.length() > 4 && !t.isCapitalized()) {
                k--;
                continue;
            }
            // "troops in Afghanistan leave": skip a place phrase
            if ((isPlace(t) || PLACE_NOUNS.contains(x) || t.isCapitalized()) && k >= 1) {
                int j = k - 1;
                while (j >= floor && (toks.get(j).is("the") || toks.get(j).isCapitalized() && j > 0
                        && !toks.get(j - 1).is("."))) {
                    if (toks.get(j).is("the")) {
                        j--;
                        break;
                    }
                    j--;
                }
                if (j >= 0 && (toks.get(j).is("in") || toks.get(j).is("of") || toks.get(j).is("from")
                        || toks.get(j).is("on"))) {
                    k = j - 1;
                    continue;
                }
            }
            if (t.is("but")) {
                return k; // coordination: the caller looks at the sentence's subject
            }
            if (Clauses.isBreak(t) || t.is(".")) {
                return -1;
            }
            return k;
        }
        return -1;
    }

    private static Trigger leave(List<Token> toks, int i, boolean nonMil) {
        int n = toks.size();
        if (nonMil) {
            return null;
        }
        Token next = i + 1 < n ? toks.get(i + 1) : null;
        if (next != null && (next.is("for") || next.is("behind") || next.is("out") || next.is("open")
                || next.is("room") || next.is("office") || next.is("it") || next.is("them") || next.is("him")
                || next.is("her") || next.is("no") || next.is("wing") || next.is("hand") || next.is("side"))) {
            return null;
        }
        Obj o = object(toks, i + 1, 3, false);
        if (o == Obj.NEG) {
            return null;
        }
        int objEnd = Clauses.clauseEnd(toks, i + 1, 5);
        boolean politicalObject = Clauses.any(toks, i + 1, objEnd, POLITICAL);
        if (politicalObject && !Clauses.any(toks, i + 1, objEnd, set("office post job"))) {
            return new Trigger(i, i + 1, Kind.LEAVE, null);
        }
        boolean placeObject = o == Obj.PLACE || next == null || EMPTY_OBJECT_NEXT.contains(next.lower());
        if (!placeObject && next != null && next.is("the") && i + 2 < n) {
            String x = toks.get(i + 2).lower();
            placeObject = PLACE_NOUNS.contains(x) || x.equals("base") || x.equals("bases");
        }
        if (!placeObject && i + 1 < n) {
            placeObject = Clauses.any(toks, i + 1, objEnd + 1, set("base bases"));
        }
        if (!placeObject) {
            return null;
        }
        // "left the base to begin a search operation": a sortie, not a withdrawal
        for (int k = i + 1; k + 1 < Math.min(n, i + 9); k++) {
            if (toks.get(k).is("to") && SORTIE_VERBS.contains(toks.get(k + 1).lower())) {
                return null;
            }
        }
        int h = subjectHead(toks, i);
        if (h < 0) {
            return null;
        }
        String x = toks.get(h).lower();
        boolean securityAgents = Set.of("agents", "officers", "operatives", "police", "policemen").contains(x)
                && h > 0 && Set.of("intelligence", "security", "military", "army").contains(toks.get(h - 1).lower());
        if (MILITARY.contains(x) && !x.equals("military") || x.equals("military") && h + 1 == i
                || DIPLOMATIC.contains(x) || securityAgents) {
            return new Trigger(i, i + 1, Kind.LEAVE, null);
        }
        if ((x.equals("we") || x.equals("they")) && Clauses.any(toks, 0, n, CONTEXT_FOR_PRONOUN)
                && !Clauses.any(toks, 0, n, NON_MILITARY)) {
            return new Trigger(i, i + 1, Kind.LEAVE, null);
        }
        return null;
    }
}
