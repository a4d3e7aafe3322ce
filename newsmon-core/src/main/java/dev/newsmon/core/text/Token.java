package dev.newsmon.core.text;

/** A token of a text: its characters as written, lower-cased form, and String offsets (end exclusive). */
public record Token(String text, String lower, int start, int end) {

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean is(String lowerForm) {
        return lower.equals(lowerForm);
    }
}
