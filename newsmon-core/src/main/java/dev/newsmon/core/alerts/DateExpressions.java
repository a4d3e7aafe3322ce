package dev.newsmon.core.alerts;

import dev.newsmon.core.text.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Recognises date expressions in tokens and resolves them against a publication date. */
final class DateExpressions {

    private DateExpressions() {}

    /** A date expression over tokens [start, end); any of its fields may be null. */
    record DateExpr(int start, int end, Integer year, Integer month, Integer day, DayOfWeek weekday,
                    String relative, boolean vague) {}

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final java.util.Set<String> ABBREVIATED_MONTHS = java.util.Set.of("jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("forty-eight", 48), Map.entry("sixty", 60),
            Map.entry("ninety", 90), Map.entry("hundred", 100));

    private static final java.util.Set<String> SEASONS = java.util.Set.of("spring", "summer", "autumn", "fall", "winter");
    private static final java.util.Set<String> HOLIDAYS = java.util.Set.of("easter", "ramadan", "eid", "nowruz", "passover",
            "hanukkah", "diwali", "thanksgiving");

    static boolean isMonth(Token t) {
        // "may" is a month only when capitalised
        Integer m = MONTHS.get(t.lower());
        return m != null && (t.isCapitalized() || !(t.lower().equals("may") || t.lower().equals("mar")));
    }

    static Integer year(Token t) {
        String s = t.lower();
        if (s.length() == 4 && s.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(s);
            if (y >= 1900 && y <= 2100) {
                return y;
            }
        }
        return null;
    }

    static Integer dayOfMonth(Token t) {
        String s = t.lower().replaceAll("(st|nd|rd|th)$", "");
        if (!s.isEmpty() && s.length() <= 2 && s.chars().allMatch(Character::isDigit)) {
            int d = Integer.parseInt(s);
            if (d >= 1 && d <= 31) {
                return d;
            }
        }
        return null;
    }

    /** A date expression starting exactly at token {@code i}, or null. */
    static DateExpr parse(List<Token> toks, int i) {
        int n = toks.size();
        if (i >= n) {
            return null;
        }
        int j = i;
        if (toks.get(j).is("the") && j + 1 < n) {
            j++;
        }
        Token t = toks.get(j);
        String w = t.lower();
        // end/middle/beginning of X
        if ((w.equals("end") || w.equals("middle") || w.equals("beginning") || w.equals("start")
                || w.equals("close")) && j + 1 < n && toks.get(j + 1).is("of")) {
            int k = j + 2;
            if (k < n && toks.get(k).is("the")) {
                k++;
            }
            DateExpr inner = parse(toks, k);
            if (inner != null) {
                return new DateExpr(i, inner.end(), inner.year(), inner.month(), null, null,
                        inner.relative(), inner.vague());
            }
            if (k < n) {
                String u = toks.get(k).lower();
                if (u.equals("year") || u.equals("month") || u.equals("week") || u.equals("decade")) {
                    return new DateExpr(i, k + 1, null, null, null, null, "this " + u, false);
                }
                if (toks.get(k).isCapitalized()) { // "the end of Ramadan"
                    return new DateExpr(i, k + 1, null, null, null, null, null, true);
                }
            }
            return null;
        }
        if (w.startsWith("mid-")) {
            Integer y = year(new Token(w.substring(4), w.substring(4), 0, 0));
            if (y != null) {
                return new DateExpr(i, j + 1, y, null, null, null, null, false);
            }
            Integer m = MONTHS.get(w.substring(4));
            if (m != null) {
                return withYear(toks, i, j + 1, m, null);
            }
        }
        if ((w.equals("early") || w.equals("late") || w.equals("mid")) && j + 1 < n) {
            DateExpr inner = parse(toks, j + 1);
            if (inner != null) {
                return new DateExpr(i, inner.end(), inner.year(), inner.month(), null, null, inner.relative(),
                        inner.vague());
            }
        }
        if ((w.equals("next") || w.equals("this")) && j + 1 < n) {
            String u = toks.get(j + 1).lower();
            if (u.equals("year") || u.equals("month") || u.equals("week") || u.equals("spring")
                    || u.equals("summer") || u.equals("autumn") || u.equals("fall") || u.equals("winter")) {
                return new DateExpr(i, j + 2, null, null, null, null, w + " " + u, false);
            }
            if (WEEKDAYS.containsKey(u)) {
                return new DateExpr(i, j + 2, null, null, null, WEEKDAYS.get(u), null, false);
            }
        }
        if (SEASONS.contains(w) && (j > i || !t.isCapitalized() || i == 0 || j + 1 < n && year(toks.get(j + 1)) != null)) {
            // "by the summer", "spring 2014", "the summer of 2011" (not "Arab Spring")
            int k = j + 1;
            if (k + 1 < n && toks.get(k).is("of") && year(toks.get(k + 1)) != null) {
                k++;
            }
            Integer y = k < n ? year(toks.get(k)) : null;
            return new DateExpr(i, y != null ? k + 1 : j + 1, y, null, null, null, null, y == null);
        }
        if (w.equals("christmas") && t.isCapitalized()) {
            return withYear(toks, i, j + 1, 12, 25);
        }
        if (HOLIDAYS.contains(w) && t.isCapitalized()) { // "by Ramadan", "before Easter"
            Integer y = j + 1 < n ? year(toks.get(j + 1)) : null;
            return new DateExpr(i, y != null ? j + 2 : j + 1, y, null, null, null, null, y == null);
        }
        if (w.equals("dawn") || w.equals("noon") || w.equals("nightfall") || w.equals("sunset")) {
            return new DateExpr(i, j + 1, null, null, null, null, w, false);
        }
        if (w.equals("tomorrow") || w.equals("today") || w.equals("tonight") || w.equals("midnight")) {
            return new DateExpr(i, j + 1, null, null, null, null, w, false);
        }
        if (WEEKDAYS.containsKey(w) && t.isCapitalized()) {
            int end = j + 1;
            if (end < n && toks.get(end).lower().equals("'s")) {
                end++;
            }
            return new DateExpr(i, end, null, null, null, WEEKDAYS.get(w), null, false);
        }
        if (isMonth(t)) {
            int k = j + 1;
            if (k < n && toks.get(k).is(".") && ABBREVIATED_MONTHS.contains(w) && k + 1 < n) {
                k++; // "Dec. 10"
            }
            Integer d = k < n ? dayOfMonth(toks.get(k)) : null;
            if (d != null) {
                k++;
            }
            return withYear(toks, i, k, MONTHS.get(w), d);
        }
        Integer d = dayOfMonth(t);
        if (d != null && j + 1 < n && isMonth(toks.get(j + 1))) {
            return withYear(toks, i, j + 2, MONTHS.get(toks.get(j + 1).lower()), d);
        }
        Integer y = year(t);
        if (y != null) {
            return new DateExpr(i, j + 1, y, null, null, null, null, false);
        }
        return null;
    }

    private static DateExpr withYear(List<Token> toks, int start, int k, int month, Integer day) {
        int n = toks.size();
        int m = k;
        if (m < n && toks.get(m).is(",")) {
            m++;
        }
        if (m < n && toks.get(m).is("of")) {
            m++;
        }
        if (m < n && year(toks.get(m)) != null) {
            return new DateExpr(start, m + 1, year(toks.get(m)), month, day, null, null, false);
        }
        if (m + 1 < n && (toks.get(m).is("next") || toks.get(m).is("this")) && toks.get(m + 1).is("year")) {
            return new DateExpr(start, m + 2, null, month, day, null, toks.get(m).lower() + " year", false);
        }
        return new DateExpr(start, k, null, month, day, null, null, false);
    }

    /** The publication date of an item, or null. Accepts dates and date-times. */
    static LocalDate published(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        String p = published.trim();
        try {
            if (p.length() >= 10) {
                return LocalDate.parse(p.substring(0, 10));
            }
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return OffsetDateTime.parse(p).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The ISO date ("2021-05-01"), year-month ("2021-05") or year ("2021") a date expression stands for,
     * or null. Without a publication date only expressions that give their own year are resolved.
     */
    static String resolve(DateExpr e, LocalDate pub) {
        if (e == null || e.vague()) {
            return null;
        }
        if (e.year() != null && e.month() != null && e.day() != null) {
            return safeDate(e.year(), e.month(), e.day());
        }
        if (e.year() != null && e.month() != null) {
            return YearMonth.of(e.year(), e.month()).toString();
        }
        if (e.year() != null) {
            return String.format(Locale.ROOT, "%04d", e.year());
        }
        if (pub == null) {
            return null;
        }
        if (e.month() != null) {
            int y = pub.getYear();
            if ("next year".equals(e.relative())) {
                y++;
            } else if (e.month() < pub.getMonthValue() - 3) {
                y++; // "the May deadline" in a November article is next May
            }
            return e.day() != null ? safeDate(y, e.month(), e.day()) : YearMonth.of(y, e.month()).toString();
        }
        if (e.weekday() != null) {
            return pub.with(TemporalAdjusters.nextOrSame(e.weekday())).toString();
        }
        if (e.relative() != null) {
            switch (e.relative()) {
                case "today", "tonight", "midnight":
                    return pub.toString();
                case "tomorrow":
                    return pub.plusDays(1).toString();
                case "this year":
                    return String.valueOf(pub.getYear());
                case "next year":
                    return String.valueOf(pub.getYear() + 1);
                case "this month":
                    return YearMonth.from(pub).toString();
                case "next month":
                    return YearMonth.from(pub).plusMonths(1).toString();
                default:
                    return null;
            }
        }
        return null;
    }

    /** "within N units" resolved against the publication date. */
    static String resolvePeriod(long amount, String unit, LocalDate pub) {
        if (pub == null || amount <= 0 || amount > 10_000) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("hour")) {
            return pub.plusDays((amount + 23) / 24).toString();
        }
        if (u.startsWith("day")) {
            return pub.plusDays(amount).toString();
        }
        if (u.startsWith("week")) {
            return pub.plusWeeks(amount).toString();
        }
        if (u.startsWith("month")) {
            return YearMonth.from(pub).plusMonths(amount).toString();
        }
        if (u.startsWith("year")) {
            return String.valueOf(pub.getYear() + amount);
        }
        return null;
    }

    private static String safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (java.time.DateTimeException ex) {
            return YearMonth.of(y, m).toString();
        }
    }
}
