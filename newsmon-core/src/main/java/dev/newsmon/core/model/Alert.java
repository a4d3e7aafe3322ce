package dev.newsmon.core.model;

import java.util.List;

/**
 * An alert as alert-service delivers it on {@code news.alerts} (keyed by {@link #id}), to the web page,
 * the SSE stream and webhooks. One alert stands for one kind of language about one actor in one story:
 * copies of the story from other sources are added to it ({@link #sources}, {@link #count}) instead of
 * raising new alerts; a new fact (another troop number, a moved deadline, a mode change) raises a new
 * alert whose {@link #reason} says what changed.
 *
 * @param id         the alert group id: stable for a kind, an actor and a story
 * @param actor      canonical id of the main actor, or null when none was linked
 * @param severity   "low", "medium" or "high"; rises when independent sources report the same story
 * @param reason     why this version of the alert was emitted ("new", "new fact: …", "escalated: …")
 * @param history    every suppression, escalation and change applied to this alert, oldest first
 * @param firstSeen  epoch millis of the first item's acceptance at ingest
 * @param lastSeen   epoch millis of the latest item's acceptance at ingest
 */
public record Alert(
        String id,
        AlertKind kind,
        AlertMode mode,
        String severity,
        String actor,
        String actorName,
        String place,
        List<Quantity> quantities,
        DeadlineRef deadline,
        String title,
        List<Evidence> evidence,
        List<String> sources,
        List<String> itemIds,
        int count,
        String reason,
        List<String> history,
        long firstSeen,
        long lastSeen,
        boolean acknowledged) {}
