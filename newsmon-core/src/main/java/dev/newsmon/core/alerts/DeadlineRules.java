package dev.newsmon.core.alerts;

import static dev.newsmon.core.alerts.AlertLexicon.set;

import dev.newsmon.core.alerts.DateExpressions.DateExpr;
import dev.newsmon.core.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Finds time-limit language in the tokens of one sentence: deadlines, ultimatums, expiry, timetables,
 * "must ... by DATE", "within N days" as a limit.
 */
final class DeadlineRules {

    private DeadlineRules() {}

    /** A hit over tokens [from, to) with its resolved date (may be null) and a priority (lower wins). */
    /** A time limit over tokens [from, to); {@code pattern} names the construction that found it (the detection's explanation). */
    record Hit(int from, int to, String date, int priority, String pattern) {}

    private static final Set<String> DEADLINE = set("deadline deadlines ultimatum ultimatums");
    /** Markets words: a futures or options contract that expires is trading news, not a time limit. */
    private static final Set<String> MARKETS = set("futures options basis commodity commodities bourse traders"
            + " trading traded barrels barrel tonnes bushels lots shares bonds coupon maturity contracts");
    /** Money words: a payment or loan "ahead of schedule" is not a limit an analyst watches. */
    private static final Set<String> PAYMENTS = set("payment payments paid pay repaid repayment repayments loan loans"
            + " debt debts installment instalment dividend interest bond bonds credit credits");
    private static final Set<String> LIMIT_HEADS = set("limit date period");
    private static final Set<String> LIMIT_PAIRS = Set.of("time limit", "target date", "grace period",
            "cutoff date", "cut-off date");
    private static final Set<String> EXPIRE = set("expire expires expired expiring expiration expiry lapse lapses"
            + " lapsed");
    private static final Set<String> TIMETABLE = set("timetable timetables timeline timelines timeframe time-frame"
            + " timeframes");
    private static final Set<String> DETERMINERS = set("the a an its their his her this that these those another"
            + " any no our your new");
    private static final Set<String> NP_MODIFIERS = set("""
            withdrawal pullout pull-out draft registration new initial original latest final self-imposed
            court-ordered u.n. un security council government extended first second third earlier previous
            missed firm strict tight key same official legal constitutional end-of-year today tomorrow 's
            year-end united nations imposed set fixed specific clear troop combat exact
            """);
    /** Things whose end is a time limit (unlike talks or a visit "scheduled to end on Wednesday"). */
    private static final Set<String> LIMITED_THINGS = set("mandate mission deployment term truce ceasefire cease-fire"
            + " moratorium agreement program programme presence occupation operation lease contract license licence"
            + " authorization authorisation suspension freeze");
    private static final Set<String> EXTEND = set("extend extends extended extending extension extensions prolong"
            + " prolonged prolonging renew renews renewed renewing renewal");
    private static final Set<String> EXTENDABLE = set("mandate mandates deadline deadlines truce ceasefire cease-fire"
            + " moratorium ultimatum term lease");
    private static final Set<String> TIME_UNITS = set("hour hours day days week weeks month months year years"
            + " minute minutes");
    private static final Set<String> LIMIT_CUES = set("""
            must should required requires require requirement mandate mandates mandated promise promised
            promises pledge pledged pledges agree agreed agrees commit committed commitment vow vowed vows demand
            demanded demands demanding unless if threaten threatened threatening threatens ordered order orders
            urge urged urging need needs deadline specified insist insisted called calls ensure asked ordering
            completion due ultimatum obliged obligated compel forced told
            """);
    private static final Set<String> HEDGE_CUES = set("""
            expected expects expect predict predicted predicts prediction hope hopes hoped likely may might could
            believe believes believed estimate estimated forecast forecasts able anticipate anticipated
            optimistic confident
            """);

    static Hit find(List<Token> toks, LocalDate pub, boolean withdrawal) {
        Hit best = null;
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            Hit h = match(toks, i, pub, withdrawal);
            if (h != null && (best == null || h.priority() < best.priority())) {
                best = h;
            }
        }
        return best;
    }

    private static Hit match(List<Token> toks, int i, LocalDate pub, boolean withdrawal) {
        Token t = toks.get(i);
        String w = t.lower();
        int n = toks.size();
        if (DEADLINE.contains(w)) {
            int from = npStart(toks, i);
            int to = i + 1;
            DateExpr inside = firstDate(toks, from, to);
            if (to + 1 < n && (toks.get(to).is("of") || toks.get(to).is("on"))) {
                DateExpr after = DateExpressions.parse(toks, to + 1);
                if (after != null) {
                    to = after.end();
                    inside = inside == null ? after : inside;
                }
            }
            return new Hit(from, to, DateExpressions.resolve(inside, pub), 0, "deadline.ultimatum");
        }
        // "a time limit", "a target date", "a grace period", "the cut-off date"
        if (LIMIT_HEADS.contains(w) && i > 0 && LIMIT_PAIRS.contains(toks.get(i - 1).lower() + " " + w)) {
            int from = npStart(toks, i - 1);
            return new Hit(from, i + 1, DateExpressions.resolve(firstDate(toks, from, i + 1), pub), 1, "deadline.time-limit");
        }
        // "extended the mandate by six months", "an extension of the truce"
        if (EXTEND.contains(w)) {
            int end = Clauses.clauseEnd(toks, i + 1, 5);
            for (int k = i + 1; k < end; k++) {
                if (EXTENDABLE.contains(toks.get(k).lower())) {
                    return new Hit(i, k + 1, null, 2, "deadline.extension");
                }
            }
        }
        // "by Friday at the latest"
        if (w.equals("latest") && i >= 2 && toks.get(i - 1).is("the") && toks.get(i - 2).is("at")) {
            for (int k = Math.max(0, i - 7); k < i - 2; k++) {
                DateExpr d = DateExpressions.parse(toks, k);
                if (d != null && d.end() == i - 2) {
                    int from = k > 0 && (toks.get(k - 1).is("by") || toks.get(k - 1).is("on")) ? k - 1 : k;
                    return new Hit(from, i + 1, DateExpressions.resolve(d, pub), 3, "deadline.at-the-latest");
                }
            }
        }
        if (EXPIRE.contains(w)) {
            if (Clauses.any(toks, 0, n, MARKETS)) {
                return null;
            }
            if (w.equals("expiring") && i > 0 && (toks.get(i - 1).is("were") || toks.get(i - 1).is("was"))) {
                return null;
            }
            if (w.equals("lapse") && !(i > 0 && Set.of("to", "will", "would", "may", "could").contains(toks.get(i - 1).lower()))) {
                return null; // "a lapse in security"
            }
            int to = i + 1;
            int k = to;
            if (k < n && (toks.get(k).is("on") || toks.get(k).is("in") || toks.get(k).is("at")
                    || toks.get(k).is("by") || toks.get(k).is("of"))) {
                k++;
            }
            DateExpr d = DateExpressions.parse(toks, k);
            if (d != null) {
                to = d.end();
            }
            int from = i;
            if (i >= 2 && toks.get(i - 1).is("to") && (toks.get(i - 2).is("set") || toks.get(i - 2).is("due")
                    || toks.get(i - 2).is("scheduled"))) {
                from = i - 2;
            }
            return new Hit(from, to, DateExpressions.resolve(d, pub), 1, "deadline.expiry");
        }
        if (TIMETABLE.contains(w) || w.equals("time") && i + 1 < n
                && (toks.get(i + 1).is("frame") || toks.get(i + 1).is("table"))) {
            int end = w.equals("time") ? i + 2 : i + 1;
            if (end + 2 < n && toks.get(end).is("of") && toks.get(end + 1).is("the")
                    && toks.get(end + 2).lower().startsWith("construct")) {
                return null;
            }
            int from = npStart(toks, i);
            return new Hit(from, end, DateExpressions.resolve(firstDate(toks, from, end), pub), 2, "deadline.timetable");
        }
        if ((w.equals("run") || w.equals("runs") || w.equals("ran") || w.equals("running")) && i + 1 < n
                && toks.get(i + 1).is("out")) {
            boolean timeSubject = Clauses.any(toks, Math.max(0, i - 6), i, set("time deadline mandate ultimatum"
                    + " truce term authorization authorisation lease ceasefire moratorium"));
            boolean ofTime = i + 3 < n && toks.get(i + 2).is("of") && toks.get(i + 3).is("time");
            if (timeSubject || ofTime) {
                return new Hit(i, ofTime ? i + 4 : i + 2, null, 2, "deadline.runs-out");
            }
            return null;
        }
        if ((w.equals("ahead") || w.equals("behind")) && i + 2 < n && toks.get(i + 1).is("of")
                && toks.get(i + 2).is("schedule") && !Clauses.any(toks, 0, n, PAYMENTS)) {
            return new Hit(i, i + 3, null, 3, "deadline.schedule-pace");
        }
        if ((w.equals("scheduled") || w.equals("due") || w.equals("set")) && i + 2 < n && toks.get(i + 1).is("to")
                && Set.of("end", "close", "finish", "conclude", "lapse").contains(toks.get(i + 2).lower())
                && Clauses.any(toks, Math.max(0, i - 16), i, LIMITED_THINGS)) {
            int to = i + 3;
            int k = to;
            if (k < n && (toks.get(k).is("in") || toks.get(k).is("on") || toks.get(k).is("by"))) {
                k++;
            }
            DateExpr d = DateExpressions.parse(toks, k);
            if (d != null) {
                to = d.end();
            }
            return new Hit(i, to, DateExpressions.resolve(d, pub), 3, "deadline.scheduled-to-end");
        }
        if (w.equals("mandate") && i + 1 < n && (toks.get(i + 1).is("ends") || toks.get(i + 1).is("runs"))) {
            return new Hit(i, i + 2, null, 3, "deadline.mandate-ends");
        }
        if (w.equals("due") && i + 1 < n) {
            int k = i + 1;
            if (toks.get(k).is("by") || toks.get(k).is("on") || toks.get(k).is("in")) {
                k++;
            }
            DateExpr d = DateExpressions.parse(toks, k);
            if (d != null) {
                return new Hit(i, d.end(), DateExpressions.resolve(d, pub), 3, "deadline.due");
            }
        }
        if (w.equals("set") && i + 2 < n && toks.get(i + 1).is("a") && toks.get(i + 2).is("date")) {
            return new Hit(i, i + 3, null, 3, "deadline.set-a-date");
        }
        if (w.equals("no") && i + 2 < n && toks.get(i + 1).is("later") && toks.get(i + 2).is("than")) {
            DateExpr d = DateExpressions.parse(toks, i + 3);
            return new Hit(i, d != null ? d.end() : i + 3, DateExpressions.resolve(d, pub), 3, "deadline.no-later-than");
        }
        // "have until midnight on Friday to reach a deal"
        if (w.equals("until") && i > 0 && Clauses.any(toks, Math.max(0, i - 4), i,
                set("have has had given gave give gives giving granted grants"))) {
            int k = i + 1;
            DateExpr d = DateExpressions.parse(toks, k);
            if (d != null && d.relative() != null && d.relative().equals("midnight") && d.end() + 1 < n
                    && toks.get(d.end()).is("on")) {
                DateExpr d2 = DateExpressions.parse(toks, d.end() + 1);
                if (d2 != null) {
                    d = new DateExpr(d.start(), d2.end(), d2.year(), d2.month(), d2.day(), d2.weekday(),
                            d2.relative(), d2.vague());
                }
            }
            if (d != null) {
                return new Hit(i, d.end(), DateExpressions.resolve(d, pub), 4, "deadline.have-until");
            }
        }
        // "gave the ministry 14 days to publish", "has 30 days to respond"
        if (i + 2 < n && amount(t) != null && TIME_UNITS.contains(toks.get(i + 1).lower())
                && toks.get(i + 2).is("to")) {
            // the one given the time may stand between: "has given the country's election commission 30 days to"
            for (int k = i - 1; k >= Math.max(0, i - 7); k--) {
                if (Clauses.isBreak(toks.get(k))) {
                    break;
                }
                if (Set.of("gave", "give", "gives", "given", "giving", "granted", "grants", "have", "has", "had")
                        .contains(toks.get(k).lower())) {
                    return new Hit(i, i + 2, DateExpressions.resolvePeriod(amount(t), toks.get(i + 1).lower(), pub), 4, "deadline.given-time");
                }
            }
        }
        // "to vacate the airbase before the end of the month" with a demand or obligation
        if (w.equals("before") && i > 0 && !Clauses.isBreak(toks.get(i - 1))) {
            DateExpr d = DateExpressions.parse(toks, i + 1);
            if (d != null && d.year() == null && Boolean.TRUE.equals(nearestCue(toks, i))
                    || d != null && d.relative() != null && d.relative().startsWith("this ")) {
                return new Hit(i, d.end(), DateExpressions.resolve(d, pub), 4, "deadline.before-date");
            }
        }
        if (w.equals("by") && i > 0 && !Clauses.isBreak(toks.get(i - 1))) {
            DateExpr d = DateExpressions.parse(toks, i + 1);
            if (d == null || d.relative() != null && d.relative().equals("today")) {
                return null;
            }
            Boolean cue = nearestCue(toks, i);
            if (Boolean.TRUE.equals(cue) || cue == null && withdrawal || withdrawal && verbBefore(toks, i)) {
                return new Hit(i, d.end(), DateExpressions.resolve(d, pub), 4, "deadline.by-date");
            }
            return null;
        }
        // "must leave in 30 days", "ordered to withdraw in 72 hours": a period from now, with an obligation
        if (w.equals("in") && i + 2 <= n - 1 && amount(toks.get(i + 1)) != null && TIME_UNITS.contains(toks.get(i + 2).lower())
                && !(i + 3 < n && toks.get(i + 3).is("of")) && Boolean.TRUE.equals(nearestCue(toks, i))) {
            return new Hit(i, i + 3, DateExpressions.resolvePeriod(amount(toks.get(i + 1)), toks.get(i + 2).lower(), pub), 4, "deadline.in-period");
        }
        if (w.equals("within") && i > 0 && !toks.get(i - 1).is("that")) {
            int k = i + 1;
            if (k < n && toks.get(k).is("the")) {
                k++;
            }
            if (k < n && toks.get(k).is("next")) {
                k++;
            }
            if (k + 1 >= n) {
                return null;
            }
            Long amount = amount(toks.get(k));
            String unit = toks.get(k + 1).lower();
            if (amount == null && toks.get(k).lower().matches("\\d+-(hour|day|week|month|year)")) {
                String[] parts = toks.get(k).lower().split("-");
                amount = Long.parseLong(parts[0]);
                unit = parts[1];
                k--;
            }
            if (amount == null || !TIME_UNITS.contains(unit)) {
                return null;
            }
            if (toks.get(k).is("a") && k + 1 < n && toks.get(k + 1).is("few")) {
                return null;
            }
            int to = k + 2;
            boolean followedByOf = to < n && toks.get(to).is("of");
            Boolean cue = nearestCue(toks, i);
            boolean clauseInitial = Clauses.isBreak(toks.get(i - 1));
            if (Boolean.FALSE.equals(cue) || (followedByOf || clauseInitial) && !Boolean.TRUE.equals(cue)) {
                return null;
            }
            return new Hit(i, to, DateExpressions.resolvePeriod(amount, unit, pub), 4, "deadline.within");
        }
        return null;
    }

    /** Whether a withdrawal verb stands just before "by DATE" ("could be withdrawn by April"). */
    private static boolean verbBefore(List<Token> toks, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
            String x = toks.get(k).lower();
            if (x.startsWith("withdr") || x.startsWith("pull") || x.startsWith("leav") || x.equals("out")) {
                return true;
            }
        }
        return false;
    }

    private static Long amount(Token t) {
        String x = t.lower();
        if (x.isEmpty()) {
            return null;
        }
        if (Character.isDigit(x.charAt(0))) {
            x = x.replace(",", "");
            if (x.length() <= 4 && x.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(x);
            }
            return null;
        }
        Integer v = DateExpressions.NUMBER_WORDS.get(x);
        return v == null ? null : v.longValue();
    }

    /** TRUE for a limit cue (must, unless, promised ...), FALSE for a hedge (expected, hope ...), else null. */
    private static Boolean nearestCue(List<Token> toks, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 15); k--) {
            Token t = toks.get(k);
            if (Clauses.isHardBreak(t)) {
                break;
            }
            String x = t.lower();
            if (x.equals("is") || x.equals("are") || x.equals("was") || x.equals("were") || x.equals("has")
                    || x.equals("have") || x.equals("had")) {
                if (k + 1 < at && toks.get(k + 1).is("to")) {
                    return Boolean.TRUE;
                }
                continue;
            }
            if (LIMIT_CUES.contains(x)) {
                return Boolean.TRUE;
            }
            if (HEDGE_CUES.contains(x)) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    private static DateExpr firstDate(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            DateExpr d = DateExpressions.parse(toks, k);
            if (d != null && d.end() <= to) {
                return d;
            }
        }
        return null;
    }

    /** Start of the noun phrase ending at {@code head}: modifiers, dates and one determiner. */
    private static int npStart(List<Token> toks, int head) {
        int k = head;
        int steps = 0;
        while (k > 0 && steps < 7) {
            Token p = toks.get(k - 1);
            String x = p.lower();
            if (DETERMINERS.contains(x)) {
                return k - 1;
            }
            boolean modifier = NP_MODIFIERS.contains(x) || p.isCapitalized() && k - 1 > 0
                    || Character.isDigit(x.charAt(0)) || DateExpressions.MONTHS.containsKey(x)
                    || DateExpressions.WEEKDAYS.containsKey(x) || x.matches("[\\p{L}\\d]+-[\\p{L}\\d-]+");
            if (!modifier) {
                return k;
            }
            k--;
            steps++;
        }
        return k;
    }
}
