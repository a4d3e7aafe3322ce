package dev.newsmon.core.alerts;

import static dev.newsmon.core.alerts.AlertLexicon.set;

import dev.newsmon.core.model.Quantity;
import dev.newsmon.core.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers of forces in a sentence: "9600-strong", "5,000 troops", "cut ... to 2,500", "by 1,000". */
final class Quantities {

    private Quantities() {}

    private static final Pattern STRONG = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)-(?:strong|member|man|men|troop|soldier|personnel)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{2,3})+|\\d+");
    private static final Pattern THOUSAND = Pattern.compile("(\\d+|[a-z]+)-thousand");
    private static final Set<String> UNITS = set("""
            troops soldiers personnel peacekeepers marines men forces diplomats officers ships warships troop
            servicemen fighters police policemen paratroopers sailors airmen staff
            """);
    private static final Set<String> BETWEEN = set("""
            foreign american u.s. us british more than nearly about some around additional of its their the
            remaining combat military u.n. un nato international coalition active-duty regular extra other
            """);
    private static final Set<String> REDUCE_VERBS = set("""
            reduce reduces reduced reducing cut cuts cutting decrease decreases decreased decreasing trim trims
            trimmed lower lowered down withdrawal withdrawing withdraw withdrew withdrawn brings brought bring
            """);
    private static final java.util.Map<String, Integer> WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("one", 1), java.util.Map.entry("two", 2), java.util.Map.entry("three", 3),
            java.util.Map.entry("four", 4), java.util.Map.entry("five", 5), java.util.Map.entry("six", 6),
            java.util.Map.entry("seven", 7), java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9),
            java.util.Map.entry("ten", 10), java.util.Map.entry("twelve", 12), java.util.Map.entry("fifteen", 15),
            java.util.Map.entry("twenty", 20), java.util.Map.entry("thirty", 30), java.util.Map.entry("forty", 40),
            java.util.Map.entry("fifty", 50), java.util.Map.entry("hundred", 100));

    static List<Quantity> extract(List<Token> toks, String text) {
        List<Quantity> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        String sentenceUnit = null;
        for (Token t : toks) {
            if (t.is("troops") || t.is("soldiers") || t.is("forces")) {
                sentenceUnit = "troops";
                break;
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String x = t.lower();
            Matcher m = STRONG.matcher(x);
            if (m.matches()) {
                Long v = value(m.group(1));
                if (v != null && v > 0) {
                    out.add(new Quantity(v, "troops", text.substring(t.start(), t.start() + m.group(1).length())));
                    used.add(i);
                }
                continue;
            }
            Long v = numberValue(x);
            if (v == null || v <= 0) {
                continue;
            }
            boolean yearLike = x.matches("(19|20)\\d\\d");
            // "1,600 troops", "50,000 foreign troops"
            int k = i + 1;
            while (k < toks.size() && k <= i + 3 && (BETWEEN.contains(toks.get(k).lower())
                    || AlertLexicon.DEMONYMS.contains(toks.get(k).lower()) || toks.get(k).isCapitalized()
                    && !UNITS.contains(toks.get(k).lower()))) {
                k++;
            }
            if (k < toks.size() && UNITS.contains(toks.get(k).lower()) && !yearLike) {
                String unit = toks.get(k).lower();
                if (unit.equals("troop")) {
                    unit = "troops";
                }
                out.add(new Quantity(v, unit, t.text()));
                used.add(i);
                continue;
            }
            // "decreased the number of US troops to 2,500", "cutting its troops in Chechnya by 1,000"
            if (i > 0 && (toks.get(i - 1).is("to") || toks.get(i - 1).is("by")) && !yearLike && sentenceUnit != null) {
                boolean reduceBefore = false;
                for (int j = i - 2; j >= Math.max(0, i - 12); j--) {
                    if (REDUCE_VERBS.contains(toks.get(j).lower())) {
                        reduceBefore = true;
                        break;
                    }
                }
                boolean percent = i + 1 < toks.size() && (toks.get(i + 1).is("percent") || toks.get(i + 1).is("%"));
                if (reduceBefore && !percent) {
                    out.add(new Quantity(v, sentenceUnit, t.text()));
                    used.add(i);
                }
            }
        }
        return out;
    }

    private static Long numberValue(String x) {
        Matcher th = THOUSAND.matcher(x);
        if (th.matches()) {
            Long base = value(th.group(1));
            if (base == null) {
                Integer w = WORDS.get(th.group(1));
                base = w == null ? null : w.longValue();
            }
            return base == null ? null : base * 1000;
        }
        if (NUMBER.matcher(x).matches()) {
            return value(x);
        }
        return null;
    }

    private static Long value(String digits) {
        String d = digits.replace(",", "").toLowerCase(Locale.ROOT);
        if (!d.matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(d);
    }
}
