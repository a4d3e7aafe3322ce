package dev.newsmon.core.rules;

import dev.newsmon.core.model.AlertKind;
import dev.newsmon.core.model.AlertMode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A parsed, validated rule file. The file is YAML:
 *
 * <pre>
 * rules:
 *   - id: russia-border-pullback         # required, a slug, unique
 *     kind: WITHDRAWAL                   # WITHDRAWAL or DEADLINE (required)
 *     actors: [Q159, Russia]             # optional
 *     topics: [military-withdrawal]      # optional
 *     regions: [Ukraine]                 # optional
 *     phrases:                           # optional
 *       any: [pull back, redeploy]
 *       none: [exercise]
 *       within: 8
 *     negation: affirmative              # affirmative | negated | any (default any)
 *     severity: high                     # low | medium | high (required)
 * </pre>
 *
 * Any problem is a {@link RuleFileException} naming the line, so a bad file is refused whole and the
 * rules in force stay in force.
 */
public record RuleSet(List<AlertRule> rules) {

    public static final RuleSet EMPTY = new RuleSet(List.of());

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]{0,80}");
    private static final Set<String> RULE_KEYS = Set.of("id", "description", "kind", "actors", "actor_in_sentence",
            "topics", "regions", "phrases", "negation", "mode", "severity");
    private static final Set<String> PHRASE_KEYS = Set.of("all", "any", "none", "within");

    public static RuleSet load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleFileException(0, "cannot read " + file + ": " + e.getMessage());
        }
    }

    public static RuleSet parse(String yaml) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(1_000_000);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new RuleFileException(e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new RuleFileException(0, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return EMPTY;
        }
        Map<String, NodeTuple> top = mapping(root, "the file must be a mapping with a 'rules' list");
        for (String key : top.keySet()) {
            if (!key.equals("rules")) {
                throw new RuleFileException(line(top.get(key).getKeyNode()), "unknown key '" + key + "' (expected 'rules')");
            }
        }
        NodeTuple rulesTuple = top.get("rules");
        if (rulesTuple == null) {
            return EMPTY;
        }
        if (!(rulesTuple.getValueNode() instanceof SequenceNode list)) {
            throw new RuleFileException(line(rulesTuple.getValueNode()), "'rules' must be a list");
        }
        List<AlertRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node ruleNode : list.getValue()) {
            AlertRule rule = rule(ruleNode);
            if (!ids.add(rule.id())) {
                throw new RuleFileException(line(ruleNode), "rule id '" + rule.id() + "' is used twice");
            }
            rules.add(rule);
        }
        return new RuleSet(List.copyOf(rules));
    }

    private static AlertRule rule(Node node) {
        Map<String, NodeTuple> m = mapping(node, "each rule must be a mapping");
        for (Map.Entry<String, NodeTuple> e : m.entrySet()) {
            if (!RULE_KEYS.contains(e.getKey())) {
                throw new RuleFileException(line(e.getValue().getKeyNode()), "unknown rule key '" + e.getKey() + "' (known: " + String.join(", ", new java.util.TreeSet<>(RULE_KEYS)) + ")");
            }
        }
        String id = required(m, "id", node);
        if (!SLUG.matcher(id).matches()) {
            throw new RuleFileException(line(m.get("id").getValueNode()), "rule id '" + id + "' must be a lower-case slug (a-z, 0-9, . _ -)");
        }
        AlertKind kind = oneOf(m, "kind", node, AlertKind.class, true);
        String severity = required(m, "severity", node).toLowerCase(Locale.ROOT);
        if (!List.of("low", "medium", "high").contains(severity)) {
            throw new RuleFileException(line(m.get("severity").getValueNode()), "severity must be low, medium or high, not '" + severity + "'");
        }
        String negation = optional(m, "negation", "any").toLowerCase(Locale.ROOT);
        if (!List.of("any", "affirmative", "negated").contains(negation)) {
            throw new RuleFileException(line(m.get("negation").getValueNode()), "negation must be affirmative, negated or any");
        }
        AlertMode mode = oneOf(m, "mode", node, AlertMode.class, false);
        List<String> all = List.of();
        List<String> any = List.of();
        List<String> none = List.of();
        int within = 0;
        if (m.containsKey("phrases")) {
            Map<String, NodeTuple> p = mapping(m.get("phrases").getValueNode(), "'phrases' must be a mapping with all/any/none/within");
            for (Map.Entry<String, NodeTuple> e : p.entrySet()) {
                if (!PHRASE_KEYS.contains(e.getKey())) {
                    throw new RuleFileException(line(e.getValue().getKeyNode()), "unknown phrases key '" + e.getKey() + "' (known: all, any, none, within)");
                }
            }
            all = strings(p, "all");
            any = strings(p, "any");
            none = strings(p, "none");
            if (p.containsKey("within")) {
                String raw = scalar(p.get("within").getValueNode(), "'within' must be a number of words");
                try {
                    within = Integer.parseInt(raw);
                } catch (NumberFormatException e) {
                    within = -1;
                }
                if (within < 1 || within > 100) {
                    throw new RuleFileException(line(p.get("within").getValueNode()), "'within' must be a number of words from 1 to 100");
                }
            }
        }
        List<String> actors = strings(m, "actors");
        List<String> topics = strings(m, "topics");
        List<String> regions = strings(m, "regions");
        if (all.isEmpty() && any.isEmpty() && actors.isEmpty() && topics.isEmpty() && regions.isEmpty()) {
            throw new RuleFileException(line(node), "rule '" + id + "' has no condition: give actors, topics, regions or phrases");
        }
        boolean actorInSentence = Boolean.parseBoolean(optional(m, "actor_in_sentence", "true"));
        return new AlertRule(id, optional(m, "description", ""), kind, actors, actorInSentence, topics, regions,
                all, any, none, within, negation, mode, severity);
    }

    private static Map<String, NodeTuple> mapping(Node node, String problem) {
        if (!(node instanceof MappingNode mapping)) {
            throw new RuleFileException(line(node), problem);
        }
        Map<String, NodeTuple> m = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            m.put(scalar(t.getKeyNode(), "keys must be plain words"), t);
        }
        return m;
    }

    private static String required(Map<String, NodeTuple> m, String key, Node owner) {
        NodeTuple t = m.get(key);
        if (t == null) {
            throw new RuleFileException(line(owner), "missing '" + key + "'");
        }
        String v = scalar(t.getValueNode(), "'" + key + "' must be a single value").trim();
        if (v.isEmpty()) {
            throw new RuleFileException(line(t.getValueNode()), "'" + key + "' is empty");
        }
        return v;
    }

    private static String optional(Map<String, NodeTuple> m, String key, String otherwise) {
        NodeTuple t = m.get(key);
        return t == null ? otherwise : scalar(t.getValueNode(), "'" + key + "' must be a single value").trim();
    }

    private static <E extends Enum<E>> E oneOf(Map<String, NodeTuple> m, String key, Node owner, Class<E> type, boolean needed) {
        if (!m.containsKey(key) && !needed) {
            return null;
        }
        String raw = required(m, key, owner);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(raw)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw new RuleFileException(line(m.get(key).getValueNode()), "'" + key + "' must be one of " + names + ", not '" + raw + "'");
    }

    private static List<String> strings(Map<String, NodeTuple> m, String key) {
        NodeTuple t = m.get(key);
        if (t == null) {
            return List.of();
        }
        Node v = t.getValueNode();
        if (v instanceof ScalarNode) {
            return List.of(scalar(v, "").trim());
        }
        if (!(v instanceof SequenceNode seq)) {
            throw new RuleFileException(line(v), "'" + key + "' must be a word or a list of words");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            String s = scalar(item, "'" + key + "' entries must be plain strings").trim();
            if (s.isEmpty()) {
                throw new RuleFileException(line(item), "'" + key + "' holds an empty entry");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private static String scalar(Node node, String problem) {
        if (!(node instanceof ScalarNode s)) {
            throw new RuleFileException(line(node), problem);
        }
        return s.getValue();
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
