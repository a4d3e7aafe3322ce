package dev.newsmon.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Withdrawal or deadline language found in one sentence of one item: what the detector says, before
 * alert-service groups signals into alerts. {@code actors} holds canonical actor ids (null ids are left
 * out); {@code mode} may be null for DEADLINE. {@code rule} and {@code severity} are set only where a
 * user rule matched the sentence (and are left out of JSON otherwise).
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
        @JsonInclude(JsonInclude.Include.NON_NULL) String rule,
        @JsonInclude(JsonInclude.Include.NON_NULL) String severity) {

    /** A signal of the built-in detector: no user rule involved. */
    public AlertSignal(AlertKind kind, AlertMode mode, Span sentence, Span trigger, List<String> actors, String place,
                       List<Quantity> quantities, DeadlineRef deadline) {
        this(kind, mode, sentence, trigger, actors, place, quantities, deadline, null, null);
    }

    public AlertSignal withRule(String ruleId, String ruleSeverity) {
        return new AlertSignal(kind, mode, sentence, trigger, actors, place, quantities, deadline, ruleId, ruleSeverity);
    }
}
