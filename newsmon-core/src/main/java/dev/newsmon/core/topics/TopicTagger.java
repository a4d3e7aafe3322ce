package dev.newsmon.core.topics;

import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.TopicTag;
import java.util.List;

/** Finds the topics of an item, each with a score and the evidence spans. */
public interface TopicTagger {

    /** The topics found by cues alone (a topic given by detections is absent). */
    List<TopicTag> tag(NewsItem item);

    /** The topics of an item whose withdrawal and deadline detections are known: cue topics plus detection topics. */
    default List<TopicTag> tag(NewsItem item, List<AlertSignal> detections) {
        return tag(item);
    }

    /** Every topic id this tagger can emit (each gets its own {@code news.topic.<id>} Kafka topic). */
    default List<String> topicIds() {
        return List.of();
    }
}
