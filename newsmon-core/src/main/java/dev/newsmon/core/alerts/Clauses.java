package dev.newsmon.core.alerts;

import dev.newsmon.core.text.Token;
import java.util.List;
import java.util.Set;

/** Clause-level helpers over the tokens of one sentence. */
final class Clauses {

    private Clauses() {}

    /** Tokens that end a clause for subject and negation scope. */
    static final Set<String> BREAK_PUNCT = Set.of(",", ";", ":", "(", ")", "\"", "\u201c", "\u201d", "\u2014",
            "\u2013", "--", "[", "]");
    static final Set<String> BREAK_WORDS = Set.of("but", "while", "although", "though", "whereas", "because",
            "however", "yet");

    static boolean isBreak(Token t) {
        return BREAK_PUNCT.contains(t.lower()) || BREAK_WORDS.contains(t.lower()) || t.is("-")
                && t.start() > 0;
    }

    /** Hard breaks for the wider cue scan: a new sentence-like unit. */
    static boolean isHardBreak(Token t) {
        return t.is(";") || t.is("but") || t.is("while") || t.is("whereas") || t.is("although");
    }

    static boolean any(List<Token> toks, int from, int to, Set<String> words) {
        for (int k = Math.max(0, from); k < Math.min(toks.size(), to); k++) {
            if (words.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Index just after the clause that starts at {@code from}, at most {@code max} tokens on. */
    static int clauseEnd(List<Token> toks, int from, int max) {
        int k = from;
        while (k < toks.size() && k < from + max && !isBreak(toks.get(k)) && !toks.get(k).is(".")) {
            k++;
        }
        return k;
    }

    /** Index of the first token of the clause that contains {@code at}, at most {@code max} back. */
    static int clauseStart(List<Token> toks, int at, int max) {
        int k = at;
        while (k > 0 && k > at - max && !isBreak(toks.get(k - 1))) {
            k--;
        }
        return k;
    }
}
