package dev.newsmon.alert;

import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.DeadlineRef;
import dev.newsmon.core.model.Evidence;
import dev.newsmon.core.model.Quantity;
import java.util.List;

/**
 * One article's withdrawal or deadline language about one actor: every signal of that kind and actor
 * in the article folded together, before it meets the same story from other sources.
 *
 * @param actor   canonical actor id, or "" when the detector linked none
 * @param severity the highest severity a user rule gave it, or null for the built-in default
 * @param rules    ids of the user rules that matched
 * @param shingles hashes of the evidence's word 3-grams, to recognise the same story in other words
 */
public record AlertCandidate(
        AlertKind kind,
        AlertMode mode,
        String actor,
        String actorName,
        String place,
        List<Quantity> quantities,
        DeadlineRef deadline,
        String itemId,
        String source,
        String title,
        List<Evidence> evidence,
        List<Integer> shingles,
        long ingestedAt,
        String severity,
        List<String> rules) {

    String groupKey() {
        return kind + "|" + actor;
    }
}
