package dev.newsmon.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small word tokenizer for English news text: dotted acronyms ("U.S."), words and numbers with inner
 * hyphens, dots and commas ("9600-strong", "2,500", "pull-out") as one token, possessive "'s" as its own
 * token, every other non-space character as a token. Offsets are String indices into the given text.
 */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}(?![\\p{L}\\p{N}])"
                    + "|\\p{L}+(?=n['\u2019]t(?![\\p{L}\\p{N}]))"
                    + "|[\\p{L}\\p{N}]+(?:[-.,/\u2010\u2011][\\p{L}\\p{N}]+)*"
                    + "|['\u2019][sS](?![\\p{L}\\p{N}])"
                    + "|n['\u2019]t(?![\\p{L}\\p{N}])"
                    + "|[^\\s\u00a0\u2000-\u200b\u202f\u205f\u3000]");

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text == null ? 0 : text.length());
    }

    /** Tokens of {@code text.substring(from, to)} with offsets into {@code text}. */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        if (text == null || from >= to) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        m.region(from, to);
        while (m.find()) {
            String t = m.group();
            out.add(new Token(t, t.toLowerCase(Locale.ROOT).replace('\u2019', '\''), m.start(), m.end()));
        }
        return out;
    }
}
