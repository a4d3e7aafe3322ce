package dev.newsmon.core.topics;

import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.TopicTag;
import java.util.List;

/** Finds the topics of an item, each with a score and the evidence spans. */
public interface TopicTagger {

    List<TopicTag> tag(NewsItem item);

    /** Every topic id this tagger can emit (each gets its own {@code news.topic.<id>} Kafka topic). */
    default List<String> topicIds() {
        return List.of();
    }
}
