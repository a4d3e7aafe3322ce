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
import dev.newsmon.core.model.TopicTag;
import dev.newsmon.core.rules.RuleEngine;
import dev.newsmon.core.rules.RuleSet;
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
    private final RuleEngine rules;

    public Analyzer(ActorTagger actors, TopicTagger topics, AlertDetector alerts) {
        this(actors, topics, alerts, new RuleEngine(RuleSet.EMPTY));
    }

    public Analyzer(ActorTagger actors, TopicTagger topics, AlertDetector alerts, RuleEngine rules) {
        this.actors = actors;
        this.topics = topics;
        this.alerts = alerts;
        this.rules = rules;
    }

    /** The same analyser with the user's alert rules applied after the built-in detector. */
    public Analyzer withRules(RuleSet ruleSet) {
        return new Analyzer(actors, topics, alerts, new RuleEngine(ruleSet));
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
        List<TopicTag> tagged = topics.tag(item);
        return new Analysis(item.id(), found, tagged, rules.apply(item, found, tagged, alerts.detect(item, found)));
    }
}
