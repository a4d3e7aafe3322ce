package dev.newsmon.core.model;

import java.util.List;

/** Everything newsmon finds in one item: the output line of {@code newsmon analyze}. */
public record Analysis(String id, List<ActorTag> actors, List<TopicTag> topics, List<AlertSignal> alerts) {}
