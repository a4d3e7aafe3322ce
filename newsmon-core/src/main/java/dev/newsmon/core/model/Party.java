package dev.newsmon.core.model;

/**
 * A party named in a detection — who withdraws, what is left, who says so. {@code id} is the canonical
 * actor id where the actor tagger linked one (else null); {@code name} the actor's name, or the words of
 * the sentence where no actor was linked ("the rebels", "a spokesman", "the talks"); {@code mention}
 * where the sentence names it (null when it was inferred).
 */
public record Party(String id, String name, Span mention) {}
