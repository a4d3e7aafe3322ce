package dev.newsmon.core.alerts;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the learned judgement sees of one sentence: the candidate cue words, the rules' verdict (which
 * trigger fired, with which mode; which deadline pattern), negation and modal words near each cue, the
 * word classes around it (forces, diplomats, treaties, money, sport, civilians), the types of the actors in
 * the sentence, and the words themselves. Features are strings; the model hashes them.
 */
final class SentenceFeatures {

    /** Words that may carry withdrawal language the rules do not know, and the rules' own triggers. */
    private static final Set<String> WITHDRAWAL_CUES = AlertLexicon.set("""
            withdraw withdraws withdrew withdrawn withdrawing withdrawal withdrawals pull pulls pulled pulling pullout
            pullouts pull-out pullback pull-back drawdown draw-down leave leaves leaving left quit quits quitting exit
            exits exited exiting depart departs departed departing departure retreat retreats retreated retreating
            evacuate evacuates evacuated evacuating evacuation recall recalls recalled recalling redeploy redeployed
            redeployment repatriate repatriated repatriation reduce reduces reduced reducing reduction reductions cut
            cuts cutting home return returns returned returning remain remains remained remaining stay stays stayed
            staying handover hand handed handing vacate vacated abandon abandoned disengage disengagement fled flee
            fleeing expel expelled end ends ended ending cancel canceled cancelled break breaks broke call called
            close closed closing closure evict evicted drive drove driven terminate terminated termination renounce
            renounced downsize downsizing decrease decreased lower lowered scale shrink remove removed removal
            relocate relocated relocation transfer transferred""");
    /** Words that may carry a time limit the rules do not know. */
    private static final Set<String> DEADLINE_CUES = AlertLexicon.set("""
            deadline deadlines ultimatum ultimatums expire expires expired expiring expiry expiration timetable
            timetables timeline timelines timeframe time-frame until by within before no later due limit limits runs
            run ran end schedule scheduled""");
    private static final Set<String> NEGATION = AlertLexicon.set("not n't no never nor without cannot refuse refused"
            + " refuses rejected rejects reject deny denied denies ruled against oppose opposed opposes");
    private static final Set<String> MODALS = AlertLexicon.set("will would could may might must should shall can plan"
            + " plans planned planning intend intends expected expects hope hopes want wants wanted agreed agree promised"
            + " pledged vowed decided decision considering consider debate if unless whether until demand demanded demands"
            + " urged urge called calls call asked ask insisted ordered orders order told threatened threatens");
    private static final Set<String> TIME_WORDS = AlertLexicon.set("""
            january february march april may june july august september october november december jan feb mar apr jun
            jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday days day weeks week
            months month years year hours hour end midnight noon spring summer autumn fall winter christmas""");

    private static final String[] CUE_COUNTS = {"0", "1", "2", "3+"};

    private SentenceFeatures() {}

    private static boolean isWithdrawalCue(Token t) {
        return WITHDRAWAL_CUES.contains(t.lower());
    }

    private static boolean isDeadlineCue(Token t) {
        return DEADLINE_CUES.contains(t.lower());
    }

    /** Indexes of the tokens that make the sentence a candidate of a kind. */
    static List<Integer> cues(List<Token> toks, boolean withdrawal) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (withdrawal ? isWithdrawalCue(toks.get(i)) : isDeadlineCue(toks.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Features of a sentence for one kind. {@code ruleTrigger} is the rules' withdrawal trigger (or null),
     * {@code ruleMode} its mode, {@code deadline} the rules' deadline hit (or null).
     */
    static int[] of(List<Token> toks, List<ActorTag> actors, int sStart, int sEnd, boolean withdrawal,
                    WithdrawalRules.Trigger ruleTrigger, String ruleMode, DeadlineRules.Hit deadline) {
        Sink f = new Sink();
        f.add("bias");
        if (ruleTrigger != null) {
            f.add("rule:w");
            f.add("rule:w:", ruleTrigger.kind().name());
            f.add("rule:mode:", ruleMode);
            if (ruleTrigger.forcedMode() != null) {
                f.add("rule:w:forced");
            }
        } else {
            f.add("rule:no-w");
        }
        if (deadline != null) {
            f.add("rule:d");
            f.add("rule:d:", Integer.toString(deadline.priority()));
            f.add(deadline.date() != null ? "rule:d:dated" : "rule:d:undated");
        } else {
            f.add("rule:no-d");
        }
        for (ActorTag a : actors) {
            if (a.mentions() == null) {
                continue;
            }
            for (Span m : a.mentions()) {
                if (m != null && m.start() >= sStart && m.end() <= sEnd) {
                    f.add("actor:", a.type().name());
                    break;
                }
            }
        }
        int n = toks.size();
        for (Token t : toks) {
            String w = t.lower();
            f.add("w:", w);
            if (AlertLexicon.MILITARY.contains(w)) {
                f.add("cls:military");
            }
            if (AlertLexicon.DIPLOMATIC.contains(w)) {
                f.add("cls:diplomatic");
            }
            if (AlertLexicon.POLITICAL.contains(w)) {
                f.add("cls:political");
            }
            if (AlertLexicon.NON_MILITARY.contains(w)) {
                f.add("cls:nonmil");
            }
            if (WithdrawalRules.isPlace(t)) {
                f.add("cls:place");
            }
            if (TIME_WORDS.contains(w) || isYear(w)) {
                f.add("cls:time");
            }
        }
        List<Integer> cues = cues(toks, withdrawal);
        f.add("cues:", CUE_COUNTS[Math.min(cues.size(), 3)]);
        for (int c : cues) {
            String cue = toks.get(c).lower();
            f.add("cue:", cue);
            String prev = c > 0 ? toks.get(c - 1).lower() : "<s>";
            String next = c + 1 < n ? toks.get(c + 1).lower() : "</s>";
            f.add("cue-1:", prev);
            f.add("cue+1:", next);
            f.add("cue-1+:", prev, cue);
            f.add("cue+1+:", cue, next);
            if (c + 2 < n) {
                f.add("cue+2:", cue, next, toks.get(c + 2).lower());
            }
            boolean neg = false;
            for (int k = c - 1; k >= Math.max(0, c - 5); k--) {
                String x = toks.get(k).lower();
                if (Clauses.isBreak(toks.get(k))) {
                    break;
                }
                if (NEGATION.contains(x)) {
                    neg = true;
                }
                if (MODALS.contains(x)) {
                    f.add("cue-modal:", x);
                }
            }
            if (neg) {
                f.add("cue-neg");
            }
            // the words the cue is about: its subject before it, its object after it
            int subj = c - 1;
            while (subj >= 0 && SKIP.contains(toks.get(subj).lower())) {
                subj--;
            }
            if (subj >= 0) {
                String x = toks.get(subj).lower();
                f.add("subj:", wordClass(toks.get(subj)));
                f.add("subj-cue:", wordClass(toks.get(subj)), cue);
                f.add("subj-w:", x);
            }
            int obj = c + 1;
            while (obj < n && SKIP_AFTER.contains(toks.get(obj).lower())) {
                obj++;
            }
            if (obj < n) {
                f.add("obj:", wordClass(toks.get(obj)));
                f.add("cue-obj:", cue, wordClass(toks.get(obj)));
                f.add("obj-w:", toks.get(obj).lower());
            }
            for (int k = Math.max(0, c - 4); k < Math.min(n, c + 5); k++) {
                String x = toks.get(k).lower();
                String side = k < c ? "L" : "R";
                if (AlertLexicon.MILITARY.contains(x)) {
                    f.add("near:", side, "military");
                    f.add("near-cue:", cue, "military");
                }
                if (AlertLexicon.DIPLOMATIC.contains(x)) {
                    f.add("near:", side, "diplomatic");
                }
                if (AlertLexicon.POLITICAL.contains(x)) {
                    f.add("near:", side, "political");
                }
                if (AlertLexicon.NON_MILITARY.contains(x)) {
                    f.add("near:", side, "nonmil");
                    f.add("near-cue:", cue, "nonmil");
                }
                if (TIME_WORDS.contains(x) || isYear(x)) {
                    f.add("near:", side, "time");
                    f.add("near-cue:", cue, "time");
                }
                if (WithdrawalRules.isPlace(toks.get(k))) {
                    f.add("near:", side, "place");
                }
            }
        }
        return f.buckets();
    }

    /**
     * Feature hashes without building strings: a feature is a constant prefix and one to three words,
     * mixed from their (cached) String hashes into a bucket of the linear model.
     */
    static final class Sink {
        private int[] buf = new int[128];
        private int n;

        void add(String key) {
            put(mix(key.hashCode(), 0x2545F491));
        }

        void add(String prefix, String a) {
            put(mix(prefix.hashCode(), a == null ? 0 : a.hashCode()));
        }

        void add(String prefix, String a, String b) {
            put(mix(mix(prefix.hashCode(), a == null ? 0 : a.hashCode()), b == null ? 0 : b.hashCode()));
        }

        void add(String prefix, String a, String b, String c) {
            put(mix(mix(mix(prefix.hashCode(), a.hashCode()), b.hashCode()), c.hashCode()));
        }

        private void put(int h) {
            if (n == buf.length) {
                buf = java.util.Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = h & LinearModel.MASK;
        }

        private static int mix(int h, int v) {
            int x = h * 0x9E3779B1 + v;
            x ^= x >>> 16;
            x *= 0x85EBCA6B;
            x ^= x >>> 13;
            return x;
        }

        int[] buckets() {
            return java.util.Arrays.copyOf(buf, n);
        }
    }

    private static final Set<String> SKIP = AlertLexicon.set("will would could may might must should shall can not n't never"
            + " to have has had been be being is are was were also then already still soon to begin began started start"
            + " completed complete finally fully partially gradually all 's ' the its their his her");
    private static final Set<String> SKIP_AFTER = AlertLexicon.set("the a an its their his her from of out off back up"
            + " down to all some most last remaining");

    /** A coarse class of one word: what kind of thing the cue is about. */
    static String wordClass(Token t) {
        String w = t.lower();
        if (AlertLexicon.MILITARY.contains(w)) {
            return "military";
        }
        if (AlertLexicon.DIPLOMATIC.contains(w)) {
            return "diplomatic";
        }
        if (AlertLexicon.POLITICAL.contains(w)) {
            return "political";
        }
        if (AlertLexicon.NON_MILITARY.contains(w)) {
            return "nonmil";
        }
        if (WithdrawalRules.isPlace(t) || AlertLexicon.DEMONYMS.contains(w)) {
            return "place";
        }
        if (TIME_WORDS.contains(w) || isYear(w)) {
            return "time";
        }
        if (!t.isWord()) {
            return "punct";
        }
        return t.isCapitalized() ? "name" : "word";
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(1))
                && Character.isDigit(w.charAt(2)) && Character.isDigit(w.charAt(3));
    }
}
