package dev.newsmon.core.text;

import dev.newsmon.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into sentences. Offsets are Java String (UTF-16) indices into the text exactly as given;
 * each sentence is trimmed of surrounding white space and never empty. A sentence ends at '.', '!', '?'
 * (plus any closing quotes or brackets) followed by white space and a plausible sentence start, unless the
 * word before the period is a known abbreviation ("U.S.", "Gen.", "Mr.", "Dec.") or an initial; a line
 * break always ends a sentence. Thread-safe; stateless.
 */
public final class SentenceSplitter {

    /** Abbreviations (lower case, without the final period) after which a period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm",
            "gov", "sen", "rep", "rev", "st", "jr", "sr", "pres", "amb", "hon", "messrs", "mt", "ft", "brig",
            "pvt", "cpl", "supt", "insp", "det", "atty", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
            "sat", "sun", "no", "nos", "vol", "vs", "v", "etc", "e.g", "i.e", "inc", "corp", "ltd", "co",
            "bros", "dept", "univ", "approx", "est", "fig", "u.s", "u.n", "u.k", "e.u", "u.s.a", "a.m", "p.m",
            "d.c", "n.y", "l.a");

    /** Abbreviations that, at the end of a sentence, usually do end it when followed by a capital. */
    private static final Set<String> TERMINAL_ABBREVIATIONS = Set.of("etc", "inc", "corp", "ltd", "co", "a.m", "p.m");

    private SentenceSplitter() {}

    /** Sentence boundaries as {start, end} pairs (end exclusive). */
    public static List<int[]> boundaries(String text) {
        List<int[]> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                add(text, start, i, out);
                start = i + 1;
                i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int end = i + 1;
                // runs of terminal punctuation ("?!", "...")
                while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                // closing quotes and brackets belong to the sentence
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                if (end >= n) {
                    i = end;
                    continue;
                }
                if (!isSpace(text.charAt(end))) {
                    i = end;
                    continue;
                }
                int next = end;
                while (next < n && isSpace(text.charAt(next)) && text.charAt(next) != '\n' && text.charAt(next) != '\r') {
                    next++;
                }
                if (next >= n || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
                    i = next;
                    continue; // the line break splits
                }
                if (c == '.' && end == i + 1 && !endsSentenceAfterPeriod(text, start, i, next)) {
                    i = end;
                    continue;
                }
                if (!isSentenceStart(text, next)) {
                    i = end;
                    continue;
                }
                add(text, start, end, out);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        add(text, start, n, out);
        return out;
    }

    /** Sentences of one field of an item as spans. */
    public static List<Span> split(String field, String text) {
        List<Span> spans = new ArrayList<>();
        if (text == null) {
            return spans;
        }
        for (int[] b : boundaries(text)) {
            spans.add(Span.of(field, text, b[0], b[1]));
        }
        return spans;
    }

    private static boolean endsSentenceAfterPeriod(String text, int sentenceStart, int dot, int next) {
        int w = dot;
        while (w > sentenceStart && !isSpace(text.charAt(w - 1)) && !isOpener(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        // strip leading punctuation like '(' or '"'
        int k = 0;
        while (k < word.length() && !Character.isLetterOrDigit(word.charAt(k))) {
            k++;
        }
        word = word.substring(k);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "George W. Bush"
        }
        if (ABBREVIATIONS.contains(lower)) {
            if (TERMINAL_ABBREVIATIONS.contains(lower)) {
                return true;
            }
            // "U.S." at the end of a sentence followed by a capitalised function word is ambiguous; keep
            // a split only before a clear sentence opener
            if ((lower.equals("u.s") || lower.equals("u.n") || lower.equals("u.k") || lower.equals("e.u"))
                    && startsWithOpener(text, next)) {
                return true;
            }
            return false;
        }
        // dotted acronyms such as "U.S.A" or "a.m" not in the list: one letter between dots
        if (lower.matches("(\\p{L}\\.)+\\p{L}")) {
            return startsWithOpener(text, next);
        }
        return true;
    }

    private static final Set<String> OPENERS = Set.of(
            "The", "He", "She", "It", "They", "We", "I", "In", "On", "A", "An", "But", "This", "That", "These",
            "Those", "His", "Her", "Their", "Its", "Officials", "Meanwhile", "Mr.", "Ms.", "Mrs.", "There");

    private static boolean startsWithOpener(String text, int pos) {
        int e = pos;
        while (e < text.length() && !isSpace(text.charAt(e))) {
            e++;
        }
        return OPENERS.contains(text.substring(pos, e));
    }

    private static boolean isSentenceStart(String text, int pos) {
        char c = text.charAt(pos);
        if (Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)) {
            return true;
        }
        if (isOpener(c) || c == '\'' || c == '-' || c == '\u2014') {
            return true;
        }
        return !Character.isLetter(c) ? false : !Character.isLowerCase(c);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '\u201d' || c == '\u2019'
                || c == '\u00bb';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '(' || c == '[' || c == '{' || c == '\u201c' || c == '\u2018' || c == '\u00ab';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    private static void add(String text, int start, int end, List<int[]> out) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}
