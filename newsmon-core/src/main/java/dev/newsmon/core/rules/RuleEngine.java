package dev.newsmon.core.rules;

import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import dev.newsmon.core.model.AlertSignal;
import dev.newsmon.core.model.DeadlineRef;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Span;
import dev.newsmon.core.model.TopicTag;
import dev.newsmon.core.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a {@link RuleSet} to one analysed item: built-in signals on sentences a rule matches get the
 * rule's id and severity; rules with phrases raise signals of their own where the detector raised none
 * of that kind. Immutable and thread-safe; the phrase patterns are compiled once.
 */
public final class RuleEngine {

    private static final List<String> FIELDS = List.of("title", "body");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "neither", "nor", "without",
            "refuse", "refuses", "refused", "reject", "rejects", "rejected", "deny", "denies", "denied", "won't", "cannot");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private final RuleSet rules;
    private final List<Compiled> compiled;

    public RuleEngine(RuleSet rules) {
        this.rules = rules;
        this.compiled = rules.rules().stream().map(Compiled::new).toList();
    }

    public RuleSet rules() {
        return rules;
    }

    public List<AlertSignal> apply(NewsItem item, List<ActorTag> actors, List<TopicTag> topics, List<AlertSignal> detected) {
        if (compiled.isEmpty()) {
            return detected;
        }
        List<AlertSignal> out = new ArrayList<>(detected);
        for (String field : FIELDS) {
            String text = item.field(field);
            if (text.isEmpty()) {
                continue;
            }
            for (Span sentence : SentenceSplitter.split(field, text)) {
                for (Compiled rule : compiled) {
                    applyToSentence(rule, item, sentence, actors, topics, out);
                }
            }
        }
        return out;
    }

    private static void applyToSentence(Compiled c, NewsItem item, Span sentence, List<ActorTag> actors,
                                        List<TopicTag> topics, List<AlertSignal> out) {
        AlertRule r = c.rule;
        if (!r.topics().isEmpty() && topics.stream().noneMatch(t -> r.topics().contains(t.id()))) {
            return;
        }
        if (!r.actors().isEmpty() && actors.stream().noneMatch(a -> names(a, r.actors()) && (!r.actorInSentence() || mentionedIn(a, sentence)))) {
            return;
        }
        if (!r.regions().isEmpty() && !regionIn(r.regions(), actors, sentence)) {
            return;
        }
        int index = -1;
        for (int i = 0; i < out.size(); i++) {
            AlertSignal s = out.get(i);
            if (s.kind() == r.kind() && s.sentence().field().equals(sentence.field()) && s.sentence().start() == sentence.start()) {
                index = i;
                break;
            }
        }
        Span trigger = null;
        boolean negated = index >= 0 && out.get(index).mode() == AlertMode.REFUSED;
        if (r.hasPhrases() || !r.none().isEmpty()) {
            PhraseMatch match = c.match(sentence.text());
            if (match == null) {
                return;
            }
            if (match.start >= 0) {
                trigger = new Span(sentence.field(), sentence.start() + match.start, sentence.start() + match.end,
                        sentence.text().substring(match.start, match.end));
                negated = negatedBefore(sentence.text(), match.start);
            }
        }
        if (r.negation().equals("affirmative") && negated || r.negation().equals("negated") && !negated) {
            return;
        }
        if (index >= 0) {
            AlertSignal s = out.get(index);
            if (s.severity() == null || rank(r.severity()) > rank(s.severity())) {
                out.set(index, s.withRule(r.id(), r.severity()));
            }
        } else if (trigger != null) {
            AlertMode mode = r.mode() != null ? r.mode() : r.kind() == AlertKind.WITHDRAWAL ? (negated ? AlertMode.REFUSED : AlertMode.REPORTED) : null;
            Set<String> ids = new LinkedHashSet<>();
            String place = null;
            for (ActorTag a : actors) {
                if (mentionedIn(a, sentence)) {
                    if (a.id() != null) {
                        ids.add(a.id());
                    }
                    if (place == null && (a.type() == ActorType.COUNTRY || a.type() == ActorType.LOCATION)) {
                        place = a.name();
                    }
                }
            }
            DeadlineRef deadline = r.kind() == AlertKind.DEADLINE ? new DeadlineRef(trigger.text(), null) : null;
            out.add(new AlertSignal(r.kind(), mode, sentence, trigger, List.copyOf(ids), place, List.of(), deadline, null, null,
                    null, List.of("rule:" + r.id()), r.id(), r.severity(), List.of()));
        }
    }

    /** low < medium < high. */
    public static int rank(String severity) {
        return dev.newsmon.core.model.Severity.rank(severity);
    }

    private static boolean names(ActorTag a, List<String> wanted) {
        for (String w : wanted) {
            if (w.equalsIgnoreCase(a.id() == null ? "" : a.id()) || w.equalsIgnoreCase(a.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionedIn(ActorTag a, Span sentence) {
        return a.mentions().stream().anyMatch(m -> m.field().equals(sentence.field())
                && m.start() >= sentence.start() && m.end() <= sentence.end());
    }

    private static boolean regionIn(List<String> regions, List<ActorTag> actors, Span sentence) {
        for (ActorTag a : actors) {
            if ((a.type() == ActorType.COUNTRY || a.type() == ActorType.LOCATION) && names(a, regions) && mentionedIn(a, sentence)) {
                return true;
            }
        }
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        return regions.stream().anyMatch(r -> Compiled.phrase(r).matcher(lower).find());
    }

    private static boolean negatedBefore(String sentence, int at) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence.substring(0, at).toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = Math.max(0, words.size() - 4); i < words.size(); i++) {
            String w = words.get(i);
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private record PhraseMatch(int start, int end) {}

    /** A rule with its phrases compiled to whole-word, case-insensitive patterns. */
    private static final class Compiled {
        final AlertRule rule;
        final List<Pattern> all;
        final List<Pattern> any;
        final List<Pattern> none;

        Compiled(AlertRule rule) {
            this.rule = rule;
            this.all = rule.all().stream().map(Compiled::phrase).toList();
            this.any = rule.any().stream().map(Compiled::phrase).toList();
            this.none = rule.none().stream().map(Compiled::phrase).toList();
        }

        static Pattern phrase(String p) {
            String[] words = p.toLowerCase(Locale.ROOT).trim().split("\\s+");
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
            for (int i = 0; i < words.length; i++) {
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
            }
            return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
        }

        /** The first phrase match (start of the trigger), or null when the sentence does not qualify. */
        PhraseMatch match(String sentence) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            for (Pattern p : none) {
                if (p.matcher(lower).find()) {
                    return null;
                }
            }
            List<int[]> found = new ArrayList<>();
            for (Pattern p : all) {
                Matcher m = p.matcher(lower);
                if (!m.find()) {
                    return null;
                }
                found.add(new int[] {m.start(), m.end()});
            }
            if (!any.isEmpty()) {
                int[] best = null;
                for (Pattern p : any) {
                    Matcher m = p.matcher(lower);
                    if (m.find() && (best == null || m.start() < best[0])) {
                        best = new int[] {m.start(), m.end()};
                    }
                }
                if (best == null) {
                    return null;
                }
                found.add(best);
            }
            if (found.isEmpty()) {
                return new PhraseMatch(-1, -1);
            }
            found.sort((a, b) -> Integer.compare(a[0], b[0]));
            if (rule.within() > 0) {
                int[] first = found.get(0);
                int[] last = found.get(found.size() - 1);
                int words = WORD.matcher(lower.substring(first[1], Math.max(first[1], last[0]))).results().mapToInt(x -> 1).sum();
                if (words > rule.within()) {
                    return null;
                }
            }
            int[] trigger = found.get(0);
            return new PhraseMatch(trigger[0], trigger[1]);
        }
    }
}
