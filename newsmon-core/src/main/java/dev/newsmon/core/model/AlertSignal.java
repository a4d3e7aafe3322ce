package dev.newsmon.core.model;

import java.util.List;

/**
 * Withdrawal or deadline language found in one sentence of one item: what the detector says, before
 * alert-service groups signals into alerts. {@code actors} holds canonical actor ids (null ids are left
 * out); {@code mode} may be null for DEADLINE.
 */
public record AlertSignal(
        AlertKind kind,
        AlertMode mode,
        Span sentence,
        Span trigger,
        List<String> actors,
        String place,
        List<Quantity> quantities,
        DeadlineRef deadline) {}
