package dev.newsmon.alert;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.DeadlineRef;
import dev.newsmon.core.model.EnrichedItem;
import dev.newsmon.core.model.Evidence;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Quantity;
import dev.newsmon.core.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds an enriched item's detections (made by enrich-service) into one candidate per kind and actor:
 * several sentences about NATO refusing to withdraw make one candidate with several pieces of evidence.
 * Reads no text: the story shingles come with the detections.
 */
final class CandidateExtractor {

    private static final int MAX_SHINGLES = 256;

    List<AlertCandidate> extract(EnrichedItem enriched) {
        NewsItem item = enriched.item();
        List<AlertSignal> signals = enriched.detections();
        Map<String, String> names = new LinkedHashMap<>();
        for (ActorTag actor : enriched.actors()) {
            if (actor.id() != null) {
                names.putIfAbsent(actor.id(), actor.name());
            }
        }
        // A headline, or a sentence that names nobody, belongs to the article's story of the same kind: it joins
        // the first group of that kind instead of opening an alert of its own.
        Map<String, List<AlertSignal>> byKindAndActor = new LinkedHashMap<>();
        List<AlertSignal> ordered = new ArrayList<>();
        signals.stream().filter(s -> !isTitle(s) && hasActor(s)).forEach(ordered::add);
        signals.stream().filter(s -> !isTitle(s) && !hasActor(s)).forEach(ordered::add);
        signals.stream().filter(CandidateExtractor::isTitle).forEach(ordered::add);
        for (AlertSignal signal : ordered) {
            String own = signal.kind() + "|" + (hasActor(signal) ? signal.actors().get(0) : "");
            String key = own;
            if (isTitle(signal) || !hasActor(signal)) {
                key = byKindAndActor.keySet().stream().filter(k -> k.startsWith(signal.kind() + "|")).findFirst().orElse(own);
            }
            byKindAndActor.computeIfAbsent(key, k -> new ArrayList<>()).add(signal);
        }
        List<AlertCandidate> candidates = new ArrayList<>();
        byKindAndActor.forEach((key, group) -> candidates.add(fold(item, group, names)));
        return candidates;
    }

    private static AlertCandidate fold(NewsItem item, List<AlertSignal> signals, Map<String, String> names) {
        AlertSignal first = signals.get(0);
        String actor = hasActor(first) ? first.actors().get(0) : "";
        Set<Quantity> quantities = new LinkedHashSet<>();
        DeadlineRef deadline = null;
        String place = null;
        AlertMode mode = null;
        List<Evidence> evidence = new ArrayList<>();
        Set<Integer> shingles = new LinkedHashSet<>();
        String severity = null;
        Set<String> rules = new LinkedHashSet<>();
        // Facts come from the body first: headlines compress ("to pull back") and would make copies of one
        // story disagree on the mode.
        List<AlertSignal> bodyFirst = new ArrayList<>(signals);
        bodyFirst.sort(java.util.Comparator.comparing(s -> "title".equals(s.sentence().field())));
        for (AlertSignal s : bodyFirst) {
            if (s.rule() != null) {
                rules.add(s.rule());
                if (severity == null || Severity.rank(s.severity()) > Severity.rank(severity)) {
                    severity = s.severity();
                }
            }
            if (s.quantities() != null) {
                quantities.addAll(s.quantities());
            }
            if (deadline == null && s.deadline() != null) {
                deadline = s.deadline();
            }
            if (place == null) {
                place = s.place();
            }
            if (mode == null) {
                mode = s.mode();
            }
        }
        for (AlertSignal s : signals) {
            evidence.add(new Evidence(item.id(), item.source(), item.title(), s.sentence(), s.trigger()));
            shingles.addAll(s.shingles());
        }
        List<Integer> capped = shingles.stream().sorted().limit(MAX_SHINGLES).toList();
        AlertKind kind = first.kind();
        return new AlertCandidate(kind, mode, actor, names.getOrDefault(actor, actor.isEmpty() ? null : actor), place,
                List.copyOf(quantities), deadline, item.id(), item.source(), item.title(), evidence, capped,
                item.ingestedAt() == null ? System.currentTimeMillis() : item.ingestedAt(), severity, List.copyOf(rules));
    }

    private static boolean isTitle(AlertSignal s) {
        return "title".equals(s.sentence().field());
    }

    private static boolean hasActor(AlertSignal s) {
        return s.actors() != null && !s.actors().isEmpty();
    }
}
