package dev.newsmon.core.model;

import java.util.List;

/** A news item with its actors and topics: the value on {@code news.enriched}. */
public record EnrichedItem(NewsItem item, List<ActorTag> actors, List<TopicTag> topics) {

    public boolean hasTopic(String topicId) {
        return topics.stream().anyMatch(t -> t.id().equals(topicId));
    }
}
