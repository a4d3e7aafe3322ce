package dev.newsmon.core.actors;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.NewsItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Shared, loaded-once taggers and small helpers for tests. */
public final class Taggers {

    private static DefaultActorTagger actors;

    private Taggers() {}

    public static synchronized DefaultActorTagger actors() {
        if (actors == null) {
            actors = DefaultActorTagger.load(List.of());
        }
        return actors;
    }

    public static NewsItem body(String text) {
        return new NewsItem("t", null, text, null, null, null, null);
    }

    public static NewsItem body(String text, String published) {
        return new NewsItem("t", null, text, null, null, published, null);
    }

    public static Optional<ActorTag> byId(List<ActorTag> tags, String id) {
        return tags.stream().filter(t -> id.equals(t.id())).findFirst();
    }

    public static List<String> mentionTexts(ActorTag t) {
        return t.mentions().stream().map(m -> m.text()).toList();
    }

    /** The shared data directory ({@code newsmon.shared.dir}, else ../shared or ../../shared), if present. */
    public static Optional<Path> sharedDir() {
        String prop = System.getProperty("newsmon.shared.dir");
        for (String c : new String[] {prop, "../shared", "../../shared"}) {
            if (c != null && Files.isDirectory(Path.of(c))) {
                return Optional.of(Path.of(c));
            }
        }
        return Optional.empty();
    }
}
