package dev.newsmon.core.rules;

import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import java.util.List;

/**
 * One user rule: when a sentence of an item meets every condition given, the rule raises an alert of
 * {@code kind} there, or, where the built-in detector already raised one of that kind on the sentence,
 * sets its severity and names the rule. Conditions left out do not restrict.
 *
 * @param actors     canonical ids or names; the item must mention one of them (in the sentence, or anywhere
 *                   in the item when {@code actorInSentence} is false)
 * @param topics     topic ids; the item must carry one of them
 * @param regions    places (country or location names, or ids); the sentence must mention one
 * @param all        phrases that must all occur in the sentence (case-insensitive, whole words)
 * @param any        phrases of which one must occur
 * @param none       phrases that must not occur
 * @param within     at most this many words between the first and last matched phrase (0: anywhere)
 * @param negation   "affirmative" (the trigger phrase is not negated), "negated", or "any"
 * @param mode       the mode of alerts the rule raises itself (default: reported, refused when negated)
 * @param severity   "low", "medium" or "high"
 */
public record AlertRule(
        String id,
        String description,
        AlertKind kind,
        List<String> actors,
        boolean actorInSentence,
        List<String> topics,
        List<String> regions,
        List<String> all,
        List<String> any,
        List<String> none,
        int within,
        String negation,
        AlertMode mode,
        String severity) {

    /** Whether the rule looks at phrases itself (and so can raise alerts where the detector raised none). */
    public boolean hasPhrases() {
        return !all.isEmpty() || !any.isEmpty();
    }
}
