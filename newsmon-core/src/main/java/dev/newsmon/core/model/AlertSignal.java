package dev.newsmon.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A detection: withdrawal or deadline language found in one sentence of one item. enrich-service
 * writes them on {@code news.enriched} ({@code detections}); alert-service folds them into alerts.
 *
 * @param actors     canonical actor ids, the withdrawer first (null ids are left out)
 * @param place      name of the place left (or, for a deadline, the place it concerns), or null
 * @param withdrawer the party whose forces, diplomats or membership leave; for {@code demanded}, the one
 *                   asked to leave. Null for a DEADLINE not tied to a withdrawal, or where nobody is named
 * @param from       what is left: a place, a treaty, talks, a coalition; null where the sentence does not say
 * @param speaker    who says it, where the sentence attributes it to someone ("…, the general said")
 * @param patterns   ids of the detector's patterns (and user rules) that fired, for the explanation
 * @param rule       id of the user rule that matched the sentence, or null (left out of JSON)
 * @param severity   that rule's severity, or null (left out of JSON)
 * @param shingles   hashes of the sentence's word 3-grams, to recognise the same story in other words;
 *                   filled by enrich-service only (left out of JSON when empty)
 */
public record AlertSignal(
        AlertKind kind,
        AlertMode mode,
        Span sentence,
        Span trigger,
        List<String> actors,
        String place,
        List<Quantity> quantities,
        DeadlineRef deadline,
        Party withdrawer,
        Party from,
        Party speaker,
        List<String> patterns,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rule,
        @JsonInclude(JsonInclude.Include.NON_NULL) String severity,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> shingles) {

    public AlertSignal {
        actors = actors == null ? List.of() : actors;
        quantities = quantities == null ? List.of() : quantities;
        patterns = patterns == null ? List.of() : patterns;
        shingles = shingles == null ? List.of() : shingles;
    }

    /** A detection without parties or pattern ids (user rules, tests). */
    public AlertSignal(AlertKind kind, AlertMode mode, Span sentence, Span trigger, List<String> actors, String place,
                       List<Quantity> quantities, DeadlineRef deadline) {
        this(kind, mode, sentence, trigger, actors, place, quantities, deadline, null, null, null, List.of(), null, null,
                List.of());
    }

    public AlertSignal withRule(String ruleId, String ruleSeverity) {
        List<String> fired = new java.util.ArrayList<>(patterns);
        if (!fired.contains("rule:" + ruleId)) {
            fired.add("rule:" + ruleId);
        }
        return new AlertSignal(kind, mode, sentence, trigger, actors, place, quantities, deadline, withdrawer, from, speaker,
                List.copyOf(fired), ruleId, ruleSeverity, shingles);
    }

    public AlertSignal withShingles(List<Integer> sentenceShingles) {
        return new AlertSignal(kind, mode, sentence, trigger, actors, place, quantities, deadline, withdrawer, from, speaker,
                patterns, rule, severity, sentenceShingles);
    }
}
