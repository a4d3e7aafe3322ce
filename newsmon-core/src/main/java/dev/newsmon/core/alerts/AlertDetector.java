package dev.newsmon.core.alerts;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.NewsItem;
import java.util.List;

/**
 * Finds withdrawal and deadline language in an item, sentence by sentence, with mode, actors, place,
 * quantities and deadline. The actors are those the {@link dev.newsmon.core.actors.ActorTagger} found.
 */
public interface AlertDetector {

    List<AlertSignal> detect(NewsItem item, List<ActorTag> actors);
}
