package dev.newsmon.alert;

import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.kafka.config.NewsmonConfig;
import dev.newsmon.kafka.config.Setting;
import java.time.Duration;

/**
 * When copies count as one story and when an alert escalates.
 *
 * @param window            how long after its last copy a story still takes new copies
 * @param escalateSources   distinct sources within the window that make an alert "high"
 * @param sameStoryOverlap  share of word 3-grams two evidence texts need to be the same story
 */
record AlertPolicy(Duration window, int escalateSources, double sameStoryOverlap) {

    static AlertPolicy from(NewsmonConfig config) {
        return new AlertPolicy(config.duration(Setting.ALERT_GROUP_WINDOW), config.integer(Setting.ALERT_ESCALATE_SOURCES), 0.5);
    }

    /** What an alert starts at: firm statements about forces matter more than demands and hedges. */
    static String initialSeverity(AlertKind kind, AlertMode mode) {
        if (kind == AlertKind.WITHDRAWAL && (mode == AlertMode.DEMANDED || mode == AlertMode.CONDITIONAL)) {
            return "low";
        }
        return "medium";
    }
}
