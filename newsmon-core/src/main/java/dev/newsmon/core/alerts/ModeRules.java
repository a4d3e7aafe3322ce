package dev.newsmon.core.alerts;

import static dev.newsmon.core.alerts.AlertLexicon.set;

import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The mode of a withdrawal trigger from its clause: negation in the trigger's own clause means refused;
 * otherwise the nearest modal, attribution or request cue on the left decides (demanded, conditional,
 * planned, refused), then conditions and future time on the right; past tense or no cue means reported.
 */
final class ModeRules {

    private ModeRules() {}

    static final Set<String> NEGATION = set("not n't never no cannot without");
    static final Set<String> REFUSE = set("refuse refused refuses refusing reject rejected rejects rejecting deny"
            + " denied denies denying against ruled rule rules");
    static final Set<String> DEMAND = set("demand demands demanded demanding urge urges urged urging insist insists"
            + " insisted insisting ask asks asked asking order orders ordered ordering should appeal appeals"
            + " appealed unless until press pressed pressing push pushed pushing seek seeks sought seeking"
            + " aimed gaining wish force forced forcing threatening threatened threatens warning warned"
            + " petition ultimatum");
    static final Set<String> CALL = set("call calls called calling");
    static final Set<String> CONDITIONAL = set("could may might would if whether consider considers considered"
            + " considering debate debates debated debating possible possibly possibility depend depends"
            + " depending dependent depend reconsider reconsidering proposal proposals proposed propose proposes"
            + " likely conditions condition exchange perhaps potential potentially question discuss discussed"
            + " discussing discussion referendum weigh weighs weighing mull mulls mulling review reviewing"
            + " reviewed option options");
    static final Set<String> PLANNED = set("will 'll shall plan plans planned planning scheduled schedule expect"
            + " expects expected agree agreed agrees pledge pledged pledges promise promised promises intend"
            + " intends intended intention going upcoming committed commit commits decide decided decision"
            + " prepare prepares preparing prepared approve approved approves approval vow vowed vows hope"
            + " hopes hoped ready goal aim aims priority soon eventual eventually due announce announced"
            + " announces implement implementing coordinate expedite accelerate speed speeding delay delayed"
            + " delaying postpone postponed");
    static final Set<String> REPORTED = set("began begun completed has have had since after began"
            + " started finished celebrating celebrated ended amid");
    static final Set<String> DEADLINE_WORDS = set("deadline timetable timeline schedule");
    static final Set<String> PLAN_DOCUMENTS = set("agreement accord deal plan treaty");
    static final Set<String> TEMPORAL_SUB = set("when once after before");
    static final Set<String> FUTURE_RIGHT = set("later next tomorrow soon");
    static final Set<String> WANT = set("want wants wanted");

    static final Set<String> DENY = set("deny denies denied denying dismiss dismisses dismissed dismissing reject rejects"
            + " rejected rejecting refute refuted");
    static final Set<String> HEARSAY = set("reports report rumors rumours rumor rumour claims speculation suggestions talk");
    static final Set<String> OPPOSE = set("veto vetoes vetoed vetoing block blocks blocked blocking oppose opposes opposed"
            + " opposing defeat defeated scuttle");
    static final Set<String> MEASURES = set("bill bills resolution resolutions measure measures legislation proposal"
            + " proposals plan plans motion amendment amendments initiative");
    static final Set<String> VERDICTS = set("mistake error blunder disaster catastrophe catastrophic premature"
            + " irresponsible reckless dangerous unacceptable unthinkable folly wrong");
    static final Set<String> THREATEN = set("threaten threatens threatened threatening");

    /**
     * Constructions that decide the mode whatever cue stands nearest: a denial of reports of it ("denied reports
     * of a planned pullout"), opposition to a measure ordering it ("vowed to veto the bill that orders a
     * pullout"), a damning verdict on it ("bringing the troops home now would be a mistake") are refusals; a
     * threat to do it unless something happens ("threatened to quit the talks unless …") is conditional.
     */
    private static AlertMode construction(List<Token> toks, WithdrawalRules.Trigger tr) {
        int from = tr.from();
        int n = toks.size();
        for (int k = from - 1; k >= Math.max(0, from - 10); k--) {
            String x = toks.get(k).lower();
            if (Clauses.isHardBreak(toks.get(k))) {
                break;
            }
            if (DENY.contains(x) && Clauses.any(toks, k + 1, Math.min(from, k + 5), HEARSAY)) {
                return AlertMode.REFUSED;
            }
            if (OPPOSE.contains(x) && Clauses.any(toks, k + 1, Math.min(from, k + 6), MEASURES)) {
                return AlertMode.REFUSED;
            }
        }
        int clause = Clauses.clauseStart(toks, from, 40);
        if (from - clause <= 3) {
            for (int k = tr.to(); k < Math.min(n, tr.to() + 10); k++) {
                if (Clauses.isHardBreak(toks.get(k))) {
                    break;
                }
                String x = toks.get(k).lower();
                boolean outOfQuestion = x.equals("out") && k + 3 < n && toks.get(k + 1).is("of") && toks.get(k + 3).is("question");
                boolean notAnOption = x.equals("not") && k + 2 < n && toks.get(k + 2).is("option");
                if (VERDICTS.contains(x) || outOfQuestion || notAnOption) {
                    return AlertMode.REFUSED;
                }
            }
        }
        boolean threat = false;
        for (int k = from - 1; k >= Math.max(0, from - 6); k--) {
            if (Clauses.isHardBreak(toks.get(k))) {
                break;
            }
            threat |= THREATEN.contains(toks.get(k).lower());
        }
        if (threat && (Clauses.any(toks, tr.to(), n, set("unless")) || Clauses.any(toks, tr.to(), n, set("if")))) {
            return AlertMode.CONDITIONAL;
        }
        return null;
    }

    static AlertMode classify(List<Token> toks, WithdrawalRules.Trigger tr) {
        if (tr.forcedMode() != null) {
            return tr.forcedMode();
        }
        int from = tr.from();
        AlertMode construction = construction(toks, tr);
        if (construction != null) {
            return construction;
        }
        // 1. negation in the trigger's own clause, close to it
        for (int k = from - 1; k >= Math.max(0, from - 6); k--) {
            Token t = toks.get(k);
            if (Clauses.isBreak(t)) {
                break;
            }
            if (NEGATION.contains(t.lower())) {
                if (t.is("no") && k + 1 < toks.size() && (toks.get(k + 1).is("decision"))) {
                    return AlertMode.CONDITIONAL;
                }
                // "if it does not withdraw" is a demand; "no longer" is not a negation of the withdrawal
                if (k + 1 < toks.size() && toks.get(k + 1).is("longer")) {
                    continue;
                }
                for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                    if (toks.get(j).is("if") || toks.get(j).is("unless")) {
                        return AlertMode.DEMANDED;
                    }
                }
                return AlertMode.REFUSED;
            }
        }
        // 2. the nearest cue on the left
        AlertMode left = null;
        boolean sawDeadline = false;
        boolean hypothetical = Clauses.any(toks, 0, toks.size(), set("if unless whether"));
        for (int k = from - 1; k >= Math.max(0, from - 25); k--) {
            Token t = toks.get(k);
            String x = t.lower();
            if (Clauses.isHardBreak(t)) {
                break;
            }
            if (x.equals("only") && k + 1 < from && toks.get(k + 1).is("if")) {
                left = AlertMode.DEMANDED;
                break;
            }
            if (x.equals("if") && k > 0 && toks.get(k - 1).is("only")) {
                left = AlertMode.DEMANDED;
                break;
            }
            if (CALL.contains(x) && k > 0 && PLAN_DOCUMENTS.contains(toks.get(k - 1).lower())) {
                left = AlertMode.PLANNED; // "the security agreement calls for forces to pull back"
                break;
            }
            if (CALL.contains(x)) {
                if (k + 1 < toks.size() && (toks.get(k + 1).is("for") || toks.get(k + 1).is("on"))) {
                    left = refusedDemand(toks, k) ? AlertMode.REFUSED : AlertMode.DEMANDED;
                    break;
                }
                continue;
            }
            if ((x.equals("told") || x.equals("tell") || x.equals("tells")) && from > 0 && toks.get(from - 1).is("to")) {
                left = AlertMode.DEMANDED; // "told the contingent to vacate the airbase"
                break;
            }
            if (x.equals("to") && k == from - 1 && k > 0 && Set.of("is", "are", "was", "were").contains(toks.get(k - 1).lower())) {
                left = AlertMode.PLANNED; // "France is to cut its presence"
                break;
            }
            if (WANT.contains(x)) {
                left = k + 1 < toks.size() && toks.get(k + 1).is("to") ? AlertMode.PLANNED : AlertMode.DEMANDED;
                break;
            }
            if (x.equals("set") || x.equals("slated")) {
                if (k + 1 < toks.size() && (toks.get(k + 1).is("to") || toks.get(k + 1).is("for"))) {
                    left = AlertMode.PLANNED;
                    break;
                }
                continue;
            }
            if (x.equals("force") && !(k > 0 && toks.get(k - 1).is("to"))) {
                continue;
            }
            if (x.equals("forced")) {
                left = AlertMode.REPORTED; // "was forced to withdraw" reports what happened
                break;
            }
            if (x.equals("against") && k < from - 3) {
                continue; // "against" refuses only what it governs: "warned against leaving"
            }
            if (TEMPORAL_SUB.contains(x) && k == from - 2 && isPresentSimple(toks.get(from))) {
                left = AlertMode.PLANNED; // "after Israel pulls out": a future event
                break;
            }
            if (DEADLINE_WORDS.contains(x)) {
                sawDeadline = true; // "the June 30 deadline for troops to withdraw": planned, unless a cue says more
                continue;
            }
            if (x.equals("decision") && k > 0 && toks.get(k - 1).is("no")) {
                left = AlertMode.CONDITIONAL;
                break;
            }
            if (REFUSE.contains(x)) {
                if ((x.equals("ruled") || x.equals("rule") || x.equals("rules"))
                        && !(k + 1 < toks.size() && toks.get(k + 1).is("out"))) {
                    continue;
                }
                left = AlertMode.REFUSED;
                break;
            }
            if (x.equals("must") && k >= from - 3) {
                left = Clauses.any(toks, 0, toks.size(), PLAN_DOCUMENTS) || Clauses.any(toks, 0, k, set("under"))
                        ? AlertMode.PLANNED : AlertMode.DEMANDED;
                break;
            }
            if (DEMAND.contains(x)) {
                left = refusedDemand(toks, k) ? AlertMode.REFUSED : AlertMode.DEMANDED;
                break;
            }
            if (CONDITIONAL.contains(x)) {
                if (x.equals("would") && (!hypothetical || isFutureInPast(toks, k))) {
                    left = AlertMode.PLANNED;
                } else {
                    left = AlertMode.CONDITIONAL;
                }
                break;
            }
            if (PLANNED.contains(x)) {
                left = AlertMode.PLANNED;
                break;
            }
            if (REPORTED.contains(x)) {
                if (k < from - 4 && (x.equals("has") || x.equals("have") || x.equals("had"))) {
                    continue; // an auxiliary of another verb ("no decision has been made on troop reductions")
                }
                left = AlertMode.REPORTED;
                break;
            }
            if (TEMPORAL_SUB.contains(x) && k == from - 2 && isPresentSimple(toks.get(from))) {
                left = AlertMode.PLANNED;
                break;
            }
        }
        if (left == null && sawDeadline) {
            left = AlertMode.PLANNED;
        }
        // 3. the right-hand side of the clause
        AlertMode right = null;
        int end = Math.min(toks.size(), tr.to() + 14);
        for (int k = tr.to(); k < end; k++) {
            Token t = toks.get(k);
            String x = t.lower();
            if (t.is(";") || t.is(".") || t.is("but")) {
                break;
            }
            if (x.equals("if") || x.equals("unless") || x.equals("depends") || x.equals("depend")
                    || x.equals("depending") || x.equals("conditional")) {
                right = AlertMode.CONDITIONAL;
                break;
            }
            if (right == null && k < tr.to() + 6 && tr.kind() == WithdrawalRules.Kind.NOUN
                    && (x.equals("will") || x.equals("would") || x.equals("should") || x.equals("plan")
                    || x.equals("scheduled") || x.equals("agreed") || x.equals("set") || x.equals("expected"))) {
                right = AlertMode.PLANNED;
            }
            if (right == null && k < tr.to() + 6 && tr.kind() == WithdrawalRules.Kind.NOUN
                    && (x.equals("may") || x.equals("could") || x.equals("might"))) {
                right = AlertMode.CONDITIONAL;
            }
            if (right == null && k < tr.to() + 12 && (x.equals("priority") || x.equals("scheduled"))) {
                right = AlertMode.PLANNED;
            }
            if (right == null && !isPast(toks.get(tr.from())) && (FUTURE_RIGHT.contains(x) || x.equals("by") && k + 1 < toks.size()
                    && DateExpressions.parse(toks, k + 1) != null)) {
                right = AlertMode.PLANNED;
            }
        }
        if (right == AlertMode.CONDITIONAL && left != AlertMode.DEMANDED && left != AlertMode.REFUSED) {
            return AlertMode.CONDITIONAL;
        }
        if (left != null) {
            return left;
        }
        if (right != null) {
            return right;
        }
        return AlertMode.REPORTED;
    }

    private static boolean isFutureInPast(List<Token> toks, int k) {
        // "said he would pull Labor out": reported speech of a plan
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            String x = toks.get(j).lower();
            if (x.equals("said") || x.equals("announced") || x.equals("promised") || x.equals("vowed")) {
                return true;
            }
        }
        return false;
    }

    /** "rejected calls for", "refused demands that": a refused demand is a refusal. */
    private static boolean refusedDemand(List<Token> toks, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            String x = toks.get(j).lower();
            if (REFUSE.contains(x) && !x.startsWith("rule") && !x.equals("against")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPast(Token t) {
        String x = t.lower();
        return x.endsWith("ed") || x.equals("withdrew") || x.equals("withdrawn") || x.equals("left")
                || x.equals("quit") || x.equals("drew") || x.equals("brought");
    }

    private static boolean isPresentSimple(Token t) {
        String x = t.lower();
        return x.endsWith("s") && !x.endsWith("ss");
    }
}
