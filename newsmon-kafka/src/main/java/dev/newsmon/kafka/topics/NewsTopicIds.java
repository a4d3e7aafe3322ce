package dev.newsmon.kafka.topics;

import dev.newsmon.core.topics.DefaultTopicTagger;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import java.nio.file.Path;
import java.util.List;

/** The news topic ids in force (built-in taxonomy plus NEWSMON_TOPIC_FILES): one news.topic.&lt;id&gt; each. */
public final class NewsTopicIds {

    private NewsTopicIds() {}

    public static List<String> of(NewsmonConfig config) {
        return DefaultTopicTagger.load(config.list(Setting.NEWSMON_TOPIC_FILES).stream().map(Path::of).toList()).topicIds();
    }
}
