package dev.newsmon.core.topics;

import java.util.Locale;
import java.util.Map;

/** A light English stemmer for cue matching: plural, -ed, -ing, -al, -ment and a few irregular verbs. */
final class Stemmer {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("withdrew", "withdraw"), Map.entry("withdrawn", "withdraw"), Map.entry("fought", "fight"),
            Map.entry("struck", "strike"), Map.entry("sent", "send"), Map.entry("held", "hold"),
            Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("led", "lead"),
            Map.entry("won", "win"), Map.entry("lost", "lose"), Map.entry("drew", "draw"), Map.entry("drawn", "draw"),
            Map.entry("pulled", "pull"), Map.entry("shot", "shoot"), Map.entry("allies", "ally"),
            Map.entry("casualties", "casualty"), Map.entry("hostilities", "hostility"));

    private Stemmer() {}

    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String irr = IRREGULAR.get(w);
        if (irr != null) {
            w = irr;
        } else {
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() > 4 && w.endsWith("ies")) {
                w = w.substring(0, w.length() - 3) + "y";
            } else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
                w = w.substring(0, w.length() - 2);
            } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                w = w.substring(0, w.length() - 1);
            }
            if (w.length() > 5 && w.endsWith("ing")) {
                w = undouble(w.substring(0, w.length() - 3));
            } else if (w.length() > 4 && w.endsWith("ed")) {
                w = undouble(w.substring(0, w.length() - 2));
            } else if (w.length() > 7 && w.endsWith("ment")) {
                w = w.substring(0, w.length() - 4);
            } else if (w.length() > 7 && w.endsWith("al") && !w.endsWith("ial")) {
                w = w.substring(0, w.length() - 2);
            }
        }
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lszf".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
