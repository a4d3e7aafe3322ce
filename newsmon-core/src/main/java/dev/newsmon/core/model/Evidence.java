package dev.newsmon.core.model;

/** One sentence of one item that supports an alert, with the words that triggered it. */
public record Evidence(String itemId, String source, String title, Span sentence, Span trigger) {}
