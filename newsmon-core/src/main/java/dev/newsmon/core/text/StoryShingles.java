package dev.newsmon.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Word 3-grams of a sentence, lower-cased, punctuation dropped, hashed: two wordings of one wire story
 * share most of them, so alert-service can recognise a copy without reading the text itself.
 */
public final class StoryShingles {

    /** Most shingles kept per sentence (the smallest hashes: a stable sample of a long sentence). */
    public static final int MAX_PER_SENTENCE = 64;

    private StoryShingles() {}

    public static List<Integer> of(String sentence) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else { // punctuation separates words as a space does
                if (w.length() > 0) {
                    words.add(w.toString());
                    w.setLength(0);
                }
            }
        }
        TreeSet<Integer> hashes = new TreeSet<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            hashes.add((words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2)).hashCode());
        }
        List<Integer> out = new ArrayList<>(Math.min(hashes.size(), MAX_PER_SENTENCE));
        for (Integer h : hashes) {
            if (out.size() == MAX_PER_SENTENCE) {
                break;
            }
            out.add(h);
        }
        return List.copyOf(out);
    }
}
