package dev.newsmon.alert;

import dev.newsmon.core.model.Alert;
import dev.newsmon.core.model.DeadlineRef;
import dev.newsmon.core.model.Evidence;
import dev.newsmon.core.model.Quantity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns candidates into alerts, one per story: a candidate joins an open alert of the same kind and
 * actor when it tells the same story (most of its word 3-grams, or the same facts), and the alert gains
 * a source instead of a twin. A candidate that tells the same story with a new fact — another troop
 * number, a moved deadline, a changed mode — raises a new alert that says what changed. Enough
 * independent sources escalate an alert. Every such decision is written into the alert's history.
 *
 * <p>Keyed by kind and actor (the topology repartitions on that), so all copies meet in one task.
 */
final class StoryGrouper implements Processor<String, AlertCandidate, String, Alert> {

    private static final int MAX_EVIDENCE = 50;

    private final String storeName;
    private final AlertPolicy policy;
    private final AlertMetrics metrics;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, StoryGroups> store;

    StoryGrouper(String storeName, AlertPolicy policy, AlertMetrics metrics) {
        this.storeName = storeName;
        this.policy = policy;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, AlertCandidate> record) {
        AlertCandidate c = record.value();
        if (c == null) {
            return;
        }
        // Event time of this copy: its acceptance at ingest (the record's timestamp, if that is later).
        long now = Math.max(c.ingestedAt(), record.timestamp());
        StoryGroups stored = store.get(c.groupKey());
        List<StoryGroups.Group> open = new ArrayList<>();
        if (stored != null) {
            for (StoryGroups.Group g : stored.groups()) {
                if (g.alert().lastSeen() >= now - policy.window().toMillis()) {
                    open.add(g);
                }
            }
        }

        StoryGroups.Group match = open.stream().filter(g -> sameStory(g, c)).findFirst().orElse(null);
        Alert emitted;
        if (match == null) {
            emitted = newAlert(c, now, "new", withRules(c, List.of("opened by " + describe(c))));
            open.add(0, new StoryGroups.Group(emitted, c.shingles()));
            metrics.raised(emitted);
        } else if (match.alert().itemIds().contains(c.itemId())) {
            return; // the same item again (a replay): nothing new to say
        } else {
            List<String> changes = newFacts(match.alert(), c);
            if (!changes.isEmpty()) {
                String what = "new fact: " + String.join(", ", changes);
                emitted = newAlert(c, now, what, withRules(c, List.of(what + " (follows alert " + match.alert().id() + ")")));
                open.add(0, new StoryGroups.Group(emitted, c.shingles()));
                metrics.raised(emitted);
            } else {
                emitted = join(match.alert(), c, now);
                open.set(open.indexOf(match), new StoryGroups.Group(emitted, union(match.shingles(), c.shingles())));
                metrics.grouped(emitted);
            }
        }
        store.put(c.groupKey(), new StoryGroups(open));
        metrics.latency(System.currentTimeMillis() - c.ingestedAt());
        // An alert's versions carry non-decreasing timestamps (lastSeen only grows), so tables of news.alerts
        // never see an update older than the one they hold.
        context.forward(new Record<>(emitted.id(), emitted, emitted.lastSeen()));
    }

    private boolean sameStory(StoryGroups.Group group, AlertCandidate c) {
        if (overlap(group.shingles(), c.shingles()) >= policy.sameStoryOverlap()) {
            return true;
        }
        Alert a = group.alert();
        boolean hasFacts = !c.quantities().isEmpty() || (c.deadline() != null && c.deadline().date() != null);
        return hasFacts && Objects.equals(a.place(), c.place()) && values(a.quantities()).equals(values(c.quantities()))
                && Objects.equals(date(a.deadline()), date(c.deadline()));
    }

    private static List<String> newFacts(Alert a, AlertCandidate c) {
        List<String> changes = new ArrayList<>();
        Set<Long> before = values(a.quantities());
        Set<Long> after = values(c.quantities());
        if (!after.isEmpty() && !before.containsAll(after)) {
            changes.add("numbers " + before + " → " + after);
        }
        String d1 = date(a.deadline());
        String d2 = date(c.deadline());
        if (d1 != null && d2 != null && !d1.equals(d2)) {
            changes.add("deadline " + d1 + " → " + d2);
        }
        if (a.mode() != null && c.mode() != null && a.mode() != c.mode()) {
            changes.add("mode " + a.mode().wireName() + " → " + c.mode().wireName());
        }
        return changes;
    }

    private Alert join(Alert a, AlertCandidate c, long now) {
        List<String> sources = new ArrayList<>(a.sources());
        String source = c.source() == null ? "unknown" : c.source();
        boolean newSource = !sources.contains(source);
        if (newSource) {
            sources.add(source);
        }
        List<String> itemIds = new ArrayList<>(a.itemIds());
        itemIds.add(c.itemId());
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        for (Evidence e : c.evidence()) {
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(e);
            }
        }
        List<String> history = new ArrayList<>(a.history());
        history.add("grouped " + describe(c) + ": same story, not a new alert");
        String severity = a.severity();
        String reason = "grouped: " + sources.size() + " sources";
        if (newSource && sources.size() >= policy.escalateSources() && !"high".equals(severity)) {
            severity = "high";
            reason = "escalated: " + sources.size() + " independent sources within " + policy.window();
            history.add(reason);
        }
        return new Alert(a.id(), a.kind(), a.mode(), severity, a.actor(), a.actorName(), a.place(), a.quantities(),
                a.deadline(), a.title(), evidence, sources, itemIds, itemIds.size(), reason, history,
                Math.min(a.firstSeen(), now), Math.max(a.lastSeen(), now), a.acknowledged());
    }

    private static Alert newAlert(AlertCandidate c, long now, String reason, List<String> history) {
        String source = c.source() == null ? "unknown" : c.source();
        String severity = c.severity() != null ? c.severity() : AlertPolicy.initialSeverity(c.kind(), c.mode());
        return new Alert(alertId(c), c.kind(), c.mode(), severity,
                c.actor().isEmpty() ? null : c.actor(), c.actorName(), c.place(), c.quantities(), c.deadline(), c.title(),
                c.evidence(), List.of(source), List.of(c.itemId()), 1, reason, history, now, now, false);
    }

    private static List<String> withRules(AlertCandidate c, List<String> history) {
        if (c.rules() == null || c.rules().isEmpty()) {
            return history;
        }
        List<String> all = new ArrayList<>(history);
        all.add("matched rule(s) " + String.join(", ", c.rules()) + ": severity " + c.severity());
        return all;
    }

    private static String alertId(AlertCandidate c) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((c.groupKey() + "|" + c.itemId() + "|" + c.evidence().get(0).sentence().start()).getBytes(StandardCharsets.UTF_8));
            return "al-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(AlertCandidate c) {
        return "item " + c.itemId() + " from " + (c.source() == null ? "unknown" : c.source());
    }

    private static double overlap(List<Integer> a, List<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Integer> small = new HashSet<>(a.size() <= b.size() ? a : b);
        List<Integer> large = a.size() <= b.size() ? b : a;
        long shared = large.stream().filter(small::contains).count();
        return (double) shared / small.size();
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        Set<Integer> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all.stream().limit(1024).toList();
    }

    private static Set<Long> values(List<Quantity> quantities) {
        return quantities == null ? Set.of() : quantities.stream().map(Quantity::value).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String date(DeadlineRef deadline) {
        return deadline == null ? null : deadline.date();
    }
}
