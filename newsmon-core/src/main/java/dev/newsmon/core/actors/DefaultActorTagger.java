package dev.newsmon.core.actors;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.NewsItem;
import java.nio.file.Path;
import java.util.List;

/** Placeholder: replaced by the knowledge-base tagger. */
public final class DefaultActorTagger implements ActorTagger {

    public static DefaultActorTagger load(List<Path> userFiles) {
        return new DefaultActorTagger();
    }

    @Override
    public List<ActorTag> tag(NewsItem item) {
        return List.of();
    }
}
