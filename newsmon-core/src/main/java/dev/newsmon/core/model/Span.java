package dev.newsmon.core.model;

/**
 * A piece of an item's text: {@code field} is "title" or "body"; {@code start}/{@code end} are Java
 * String (UTF-16) indices into that field exactly as given, end exclusive; {@code text} equals the slice.
 */
public record Span(String field, int start, int end, String text) {

    public static Span of(String field, String fieldText, int start, int end) {
        return new Span(field, start, end, fieldText.substring(start, end));
    }
}
