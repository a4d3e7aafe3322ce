package dev.newsmon.core.topics;

import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.TopicTag;
import java.nio.file.Path;
import java.util.List;

/** Placeholder: replaced by the taxonomy-driven tagger. */
public final class DefaultTopicTagger implements TopicTagger {

    public static DefaultTopicTagger load(List<Path> userFiles) {
        return new DefaultTopicTagger();
    }

    @Override
    public List<TopicTag> tag(NewsItem item) {
        return List.of();
    }
}
