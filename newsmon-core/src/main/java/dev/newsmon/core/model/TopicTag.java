package dev.newsmon.core.model;

import java.util.List;

/** A topic of an item ("military-withdrawal", "deadline", …) with a score in [0, 1] and its evidence. */
public record TopicTag(String id, double score, List<Span> evidence) {}
