package dev.newsmon.enrich;

import dev.newsmon.core.rules.RuleEngine;
import dev.newsmon.core.rules.RuleFileException;
import dev.newsmon.core.rules.RuleSet;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in force: the latest rule file published to {@code newsmon.rules}, else the one named by
 * ALERT_RULES_FILE, else none. A published file that does not parse (it skipped {@code rules apply}'s
 * check) is logged and ignored; the rules before it stay in force.
 */
final class ActiveRules {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveRules.class);

    /** The key under which {@code newsmon rules apply} publishes the rule file. */
    static final String KEY = "rules";

    private final RuleEngine fallback;
    private String currentText;
    private RuleEngine current;

    ActiveRules(RuleSet fallback) {
        this.fallback = new RuleEngine(fallback);
        this.current = this.fallback;
    }

    /** The engine for the rule text now in the table (null when nothing was published). */
    synchronized RuleEngine forPublished(String text) {
        if (text == null) {
            return currentText == null ? fallback : current;
        }
        if (Objects.equals(text, currentText)) {
            return current;
        }
        try {
            current = new RuleEngine(RuleSet.parse(text));
            LOG.info("Alert rules now in force: {} rule(s)", current.rules().rules().size());
        } catch (RuleFileException e) {
            LOG.error("Published alert rules refused ({}); the previous rules stay in force", e.getMessage());
        }
        currentText = text;
        return current;
    }
}
