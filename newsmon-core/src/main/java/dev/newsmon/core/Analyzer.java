package dev.newsmon.core;

import dev.newsmon.core.actors.ActorTagger;
import dev.newsmon.core.actors.DefaultActorTagger;
import dev.newsmon.core.alerts.DefaultAlertDetector;
import dev.newsmon.core.topics.DefaultTopicTagger;
import java.nio.file.Path;
import dev.newsmon.core.alerts.AlertDetector;
import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.Analysis;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.topics.TopicTagger;
import java.util.List;

/**
 * The whole offline analysis of one item — actors, topics, alerts — exactly as the enrich and alert
 * services compute it, without Kafka. Thread-safe once built.
 */
public final class Analyzer {

    private final ActorTagger actors;
    private final TopicTagger topics;
    private final AlertDetector alerts;

    public Analyzer(ActorTagger actors, TopicTagger topics, AlertDetector alerts) {
        this.actors = actors;
        this.topics = topics;
        this.alerts = alerts;
    }

    /** The built-in knowledge base and taxonomy, plus the user's actor and topic files (may be empty). */
    public static Analyzer load(List<Path> userActorFiles, List<Path> userTopicFiles) {
        return new Analyzer(
                DefaultActorTagger.load(userActorFiles),
                DefaultTopicTagger.load(userTopicFiles),
                DefaultAlertDetector.create());
    }

    public ActorTagger actorTagger() {
        return actors;
    }

    public TopicTagger topicTagger() {
        return topics;
    }

    public AlertDetector alertDetector() {
        return alerts;
    }

    public Analysis analyze(NewsItem item) {
        List<ActorTag> found = actors.tag(item);
        return new Analysis(item.id(), found, topics.tag(item), alerts.detect(item, found));
    }
}
