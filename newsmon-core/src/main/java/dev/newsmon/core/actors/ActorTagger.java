package dev.newsmon.core.actors;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.NewsItem;
import java.util.List;

/** Finds the actors of an item (title and body), linked to canonical ids where the knowledge base knows them. */
public interface ActorTagger {

    List<ActorTag> tag(NewsItem item);

    /** The sentences the tagger's statistical model was trained on; null when not known. */
    default TrainingSet trainingSet() {
        return null;
    }
}
