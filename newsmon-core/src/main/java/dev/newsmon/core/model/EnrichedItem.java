package dev.newsmon.core.model;

import java.util.List;

/**
 * A news item with its actors, topics and withdrawal/deadline detections: the value on
 * {@code news.enriched}. {@code detections} is new in this format; a consumer of the older one reads
 * {@code item}, {@code actors} and {@code topics} as before.
 */
public record EnrichedItem(NewsItem item, List<ActorTag> actors, List<TopicTag> topics, List<AlertSignal> detections) {

    public EnrichedItem {
        actors = actors == null ? List.of() : actors;
        topics = topics == null ? List.of() : topics;
        detections = detections == null ? List.of() : detections;
    }

    public boolean hasTopic(String topicId) {
        return topics.stream().anyMatch(t -> t.id().equals(topicId));
    }
}
