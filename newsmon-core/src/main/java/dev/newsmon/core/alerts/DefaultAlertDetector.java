package dev.newsmon.core.alerts;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.NewsItem;
import java.util.List;

/** Placeholder: replaced by the clause-level detector. */
public final class DefaultAlertDetector implements AlertDetector {

    public static DefaultAlertDetector create() {
        return new DefaultAlertDetector();
    }

    @Override
    public List<AlertSignal> detect(NewsItem item, List<ActorTag> actors) {
        return List.of();
    }
}
