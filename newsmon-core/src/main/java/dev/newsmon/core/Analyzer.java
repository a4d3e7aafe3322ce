package dev.newsmon.core;

import dev.newsmon.core.actors.ActorTagger;
import dev.newsmon.core.actors.DefaultActorTagger;
import dev.newsmon.core.alerts.DefaultAlertDetector;
import dev.newsmon.core.topics.DefaultTopicTagger;
import java.nio.file.Path;
import dev.newsmon.core.alerts.AlertDetector;
import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.Analysis;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.TopicTag;
import dev.newsmon.core.rules.RuleEngine;
import dev.newsmon.core.rules.RuleSet;
import dev.newsmon.core.topics.TopicTagger;
import java.util.List;

/**
 * The whole analysis of one item — actors, withdrawal and deadline detections, topics. enrich-service
 * runs it on every item and {@code newsmon analyze} runs it offline, so both give the same result by
 * construction. Thread-safe once built.
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
        return analyze(item, rules);
    }

    /**
     * Actors first (the detector and the rules read them), then the built-in detections, then the user's
     * rules (whose topic conditions see the topics of the built-in detections), and last the topics, so
     * that {@code military-withdrawal} and {@code deadline} follow from the detections that are kept.
     */
    public Analysis analyze(NewsItem item, RuleEngine ruleEngine) {
        List<ActorTag> found = actors.tag(item);
        List<AlertSignal> builtIn = alerts.detect(item, found);
        List<TopicTag> tagged = topics.tag(item, builtIn);
        List<AlertSignal> detections = ruleEngine.apply(item, found, tagged, builtIn);
        if (!detections.equals(builtIn)) {
            tagged = topics.tag(item, detections);
        }
        return new Analysis(item.id(), found, tagged, detections);
    }
}
