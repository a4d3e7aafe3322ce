package dev.newsmon.core.actors.kb;

import dev.newsmon.core.UserFileException;
import dev.newsmon.core.YamlFiles;

import dev.newsmon.core.actors.ner.Tokens;
import dev.newsmon.core.model.ActorType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The actors newsmon knows by name: built-in YAML resources plus user files (same format; an actor with an
 * existing id replaces it). Compiles every alias into token-sequence hash tables, so matching costs a few
 * hash probes per token whatever the size of the knowledge base. Immutable and thread-safe once built.
 */
public final class KnowledgeBase {

    public static final List<String> BUILT_IN = List.of("kb/countries.yaml", "kb/organizations.yaml", "kb/institutions.yaml",
        "kb/people.yaml", "kb/office-holders.yaml");

    /** How an alias refers to its actor. */
    public enum Kind { NAME, DEMONYM, SURNAME, TITLE, DESCRIPTOR, TYPE_DESCRIPTOR }

    public static final class Actor {
        public final String id;
        public final String name;
        public final ActorType type;
        public final boolean ambiguous;
        public final List<Office> offices = new ArrayList<>();
        public final String surname;
        public final List<String> context = new ArrayList<>();

        Actor(String id, String name, ActorType type, boolean ambiguous) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.ambiguous = ambiguous;
            int sp = name.lastIndexOf(' ');
            this.surname = type == ActorType.PERSON && sp > 0 ? name.substring(sp + 1) : null;
        }

        @Override
        public String toString() {
            return id + ":" + name;
        }
    }

    public record Office(String title, String of, LocalDate from, LocalDate to) {
        public boolean holds(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || d.isBefore(to));
        }
    }

    /**
     * One way of naming an actor. For TITLE refs {@code actor} is null and {@code officeOf}/{@code title}
     * say which office; for TYPE_DESCRIPTOR refs {@code actor} is null and {@code descType} says which type.
     */
    public record Ref(Actor actor, Kind kind, String officeOf, String title, ActorType descType) {}

    /** A match of token range [from, to) against one or more refs. */
    public record Match(int from, int to, Ref[] refs, boolean caseFolded) {}

    private final Map<String, Actor> byId = new LinkedHashMap<>();
    private final List<Ref[]> groups = new ArrayList<>();
    /** Case-sensitive names, demonyms, surnames. */
    private final LongIntMap exact = new LongIntMap(4096);
    /** Every NAME/DEMONYM lower-cased, for all-caps text. */
    private final LongIntMap folded = new LongIntMap(4096);
    /** Titles and descriptions, matched case-insensitively. */
    private final LongIntMap phrases = new LongIntMap(4096);
    /**
     * One bit per hash of an alias's first token, per map: most tokens start no alias, and this 128 KB
     * filter answers that from cache whatever the size of the knowledge base.
     */
    private static final int FILTER_BITS = 20;
    private final long[] exactFirst = new long[1 << (FILTER_BITS - 6)];
    private final long[] foldedFirst = new long[1 << (FILTER_BITS - 6)];
    private final long[] phrasesFirst = new long[1 << (FILTER_BITS - 6)];
    private final Map<String, List<Actor>> holders = new LinkedHashMap<>();
    private final Map<Actor, Actor> governments = new java.util.HashMap<>();
    private int maxLen = 1;
    private int aliasCount;

    private static final int PREFIX = -1;

    public static KnowledgeBase load(List<Path> userFiles) {
        List<KbFile> files = new ArrayList<>();
        for (String r : BUILT_IN) {
            try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in knowledge-base resource " + r);
                }
                files.add(parse(in, r));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + r, e);
            }
        }
        for (Path p : userFiles == null ? List.<Path>of() : userFiles) {
            try (InputStream in = Files.newInputStream(p)) {
                files.add(parse(in, p.toString()));
            } catch (UserFileException e) {
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read actor file " + p + ": " + e.getMessage(), e);
            }
        }
        return new KnowledgeBase(files);
    }

    /** Reads one actor file; YAML errors and unknown keys fail with the file and line. */
    static KbFile parse(InputStream in, String source) throws IOException {
        KbFile f = YamlFiles.read(in, source, KbFile.class, "actors:, titles: or descriptors:");
        if (f == null) {
            return new KbFile(); // an empty watchlist adds nothing
        }
        for (ActorSpec a : f.actors) {
            if (a == null) {
                throw new UserFileException(source + ": an empty entry in actors");
            }
            a.source = source;
        }
        return f;
    }

    public KnowledgeBase(List<KbFile> files) {
        Map<String, List<String>> titles = new LinkedHashMap<>();
        Map<String, List<String>> typeDescriptors = new LinkedHashMap<>();
        Map<String, ActorSpec> specs = new LinkedHashMap<>();
        for (KbFile f : files) {
            f.titles.forEach((k, v) -> titles.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            f.descriptors.forEach((k, v) -> typeDescriptors.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            for (ActorSpec s : f.actors) {
                if (s.id == null || s.id.isBlank()) {
                    throw new UserFileException(s.source + ": an actor without an id" + (s.name == null ? "" : " (name " + s.name + ")"));
                }
                if (s.remove) {
                    specs.remove(s.id);
                } else {
                    specs.remove(s.id);
                    specs.put(s.id, s);
                }
            }
        }
        validate(specs, titles, typeDescriptors);
        Tokens tk = new Tokens();
        Map<String, List<Ref>> exactAliases = new LinkedHashMap<>();
        Map<String, List<Ref>> phraseAliases = new LinkedHashMap<>();
        for (ActorSpec s : specs.values()) {
            ActorType type = ActorType.valueOf(s.type.trim().toUpperCase(Locale.ROOT));
            Actor a = new Actor(s.id, s.name, type, s.ambiguous);
            a.context.addAll(s.context);
            byId.put(a.id, a);
            add(exactAliases, s.name, new Ref(a, Kind.NAME, null, null, null));
            for (String al : s.aliases) {
                add(exactAliases, al, new Ref(a, Kind.NAME, null, null, null));
            }
            for (String d : s.demonyms) {
                add(exactAliases, d, new Ref(a, Kind.DEMONYM, null, null, null));
            }
            if (a.surname != null && a.surname.length() > 2) {
                add(exactAliases, a.surname, new Ref(a, Kind.SURNAME, null, null, null));
            }
            for (String d : s.descriptors) {
                add(phraseAliases, d, new Ref(a, Kind.DESCRIPTOR, null, null, null));
            }
            for (ActorSpec.OfficeSpec o : s.offices) {
                a.offices.add(new Office(o.title, o.of, date(o.from), date(o.to)));
                holders.computeIfAbsent(o.of + "|" + o.title, k -> new ArrayList<>()).add(a);
            }
        }
        // Governments and capitals derived from countries.
        for (ActorSpec s : specs.values()) {
            if (!"COUNTRY".equalsIgnoreCase(s.type.trim())) {
                continue;
            }
            Actor country = byId.get(s.id);
            String govId = "gov-" + slug(s.name);
            Actor gov = byId.get(govId);
            if (gov == null) {
                gov = new Actor(govId, "Government of " + s.name, ActorType.GOVERNMENT, false);
                byId.put(govId, gov);
            }
            Ref g = new Ref(gov, Kind.NAME, null, null, null);
            if (country != null) {
                governments.put(country, gov);
            }
            // "the government of Iraq" / "Iraq's government" are left to the country mention itself; the
            // forms without the country's name are the government's own.
            for (String d : s.demonyms) {
                add(phraseAliases, d + " government", g);
                add(phraseAliases, d + " authorities", g);
            }
            if (s.capital != null && !s.capital.isBlank()) {
                String capId = "city-" + slug(s.capital);
                if (!byId.containsKey(capId)) {
                    Actor cap = new Actor(capId, s.capital, ActorType.LOCATION, false);
                    byId.put(capId, cap);
                    add(exactAliases, s.capital, new Ref(cap, Kind.NAME, null, null, null));
                }
                governments.put(byId.get(capId), gov);
                add(phraseAliases, "government in " + s.capital, g);
                add(phraseAliases, s.capital + " government", g);
                add(phraseAliases, "regime in " + s.capital, g);
            }
            if (country == null) {
                continue;
            }
            // Titles of this country's offices: "Afghan President", "President of Afghanistan".
            addTitles(phraseAliases, s, titles);
        }
        for (ActorSpec s : specs.values()) {
            String t = s.type.trim().toUpperCase(Locale.ROOT);
            if (t.equals("ORGANIZATION") || t.equals("ARMED_GROUP") || t.equals("GOVERNMENT")) {
                addTitles(phraseAliases, s, titles);
            }
        }
        typeDescriptors.forEach((type, words) -> {
            ActorType at = ActorType.valueOf(type.trim().toUpperCase(Locale.ROOT));
            for (String w : words) {
                add(phraseAliases, w, new Ref(null, Kind.TYPE_DESCRIPTOR, null, null, at));
            }
        });
        exactAliases.forEach((alias, refs) -> {
            insert(exact, exactFirst, tk, alias, refs, false);
            if (!alias.equals(alias.toUpperCase(Locale.ROOT))) {
                insert(folded, foldedFirst, tk, alias, refs, true); // all-caps acronyms already match exactly
            }
        });
        phraseAliases.forEach((alias, refs) -> insert(phrases, phrasesFirst, tk, alias, refs, true));
    }

    private void addTitles(Map<String, List<Ref>> phraseAliases, ActorSpec org, Map<String, List<String>> titles) {
        List<String> refsTo = new ArrayList<>();
        refsTo.add(org.name);
        refsTo.addAll(org.aliases);
        refsTo.addAll(org.demonyms);
        for (Map.Entry<String, List<Actor>> h : holders.entrySet()) {
            String key = h.getKey();
            if (!key.startsWith(org.id + "|")) {
                continue;
            }
            String title = key.substring(org.id.length() + 1);
            List<String> words = titles.getOrDefault(title, List.of(title.replace('-', ' ')));
            Ref r = new Ref(null, Kind.TITLE, org.id, title, null);
            for (String w : words) {
                for (String o : refsTo) {
                    add(phraseAliases, o + " " + w, r);
                    add(phraseAliases, w + " of " + o, r);
                    add(phraseAliases, w + " of the " + o, r);
                }
            }
        }
    }

    private static void add(Map<String, List<Ref>> m, String alias, Ref r) {
        if (alias == null || alias.isBlank()) {
            return;
        }
        List<Ref> l = m.computeIfAbsent(alias.trim(), k -> new ArrayList<>());
        for (Ref x : l) {
            if (x.equals(r)) {
                return;
            }
        }
        l.add(r);
    }

    private void insert(LongIntMap map, long[] filter, Tokens tk, String alias, List<Ref> refs, boolean fold) {
        tk.reset(alias);
        if (tk.n == 0) {
            return;
        }
        long first = step(SEED, fold ? tk.lower[0] : tk.exact[0]);
        int bit = filterBit(first);
        filter[bit >>> 6] |= 1L << bit;
        long h = SEED;
        for (int i = 0; i < tk.n; i++) {
            h = step(h, fold ? tk.lower[i] : tk.exact[i]);
            if (i < tk.n - 1) {
                if (map.get(h) == LongIntMap.MISSING) {
                    map.put(h, PREFIX);
                }
            }
        }
        int existing = map.get(h);
        if (existing >= 0) {
            Set<Ref> merged = new LinkedHashSet<>(List.of(groups.get(existing)));
            merged.addAll(refs);
            groups.set(existing, merged.toArray(new Ref[0]));
        } else {
            groups.add(refs.toArray(new Ref[0]));
            map.put(h, groups.size() - 1);
        }
        aliasCount++;
        maxLen = Math.max(maxLen, tk.n);
    }

    private static final long SEED = 0x51afd7ed558ccd1L;

    private static int filterBit(long h) {
        return (int) (h >>> (64 - FILTER_BITS));
    }

    private static boolean mayStart(long[] filter, long h) {
        int bit = filterBit(h);
        return (filter[bit >>> 6] & (1L << bit)) != 0;
    }

    private static long step(long h, long tok) {
        h = (h ^ tok) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /**
     * Longest-first matches of names (exact case, or folded for all-caps text) starting at each token;
     * non-overlapping, left to right. {@code gaz} receives the knowledge-base membership code of each token.
     */
    public List<Match> matchNames(Tokens tk, boolean foldCase, int[] gaz) {
        List<Match> out = null;
        int n = tk.n;
        int i = 0;
        while (i < n) {
            long best = longest(exact, exactFirst, tk.exact, i, n);
            boolean folded = false;
            if (foldCase) {
                long f = longest(this.folded, foldedFirst, tk.lower, i, n);
                if ((int) (f >>> 32) > (int) (best >>> 32)) {
                    best = f;
                    folded = true;
                }
            }
            int bestLen = (int) (best >>> 32);
            if (bestLen == 0) {
                gaz[i] = 0;
                i++;
                continue;
            }
            Ref[] refs = groups.get((int) best);
            int code = gazCode(refs);
            for (int j = i; j < i + bestLen; j++) {
                gaz[j] = code * 2 + (j == i ? 0 : 1);
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(new Match(i, i + bestLen, refs, folded));
            i += bestLen;
        }
        return out == null ? List.of() : out;
    }

    /** (length << 32 | group) of the longest alias of {@code map} starting at token i; length 0 for none. */
    private long longest(LongIntMap map, long[] filter, long[] hs, int i, int n) {
        int bestLen = 0, bestGroup = 0;
        if (!mayStart(filter, step(SEED, hs[i]))) {
            return 0;
        }
        long h = SEED;
        for (int j = i; j < n && j - i < maxLen; j++) {
            h = step(h, hs[j]);
            int v = map.get(h);
            if (v == LongIntMap.MISSING) {
                break;
            }
            if (v >= 0) {
                bestLen = j - i + 1;
                bestGroup = v;
            }
        }
        return ((long) bestLen << 32) | (bestGroup & 0xffffffffL);
    }

    /** Case-insensitive matches of titles and descriptions (may overlap name matches). */
    public List<Match> matchPhrases(Tokens tk) {
        List<Match> out = null;
        int n = tk.n;
        int i = 0;
        while (i < n) {
            int bestLen = 0, bestGroup = -1;
            long h = SEED;
            if (!mayStart(phrasesFirst, step(SEED, tk.lower[i]))) {
                i++;
                continue;
            }
            for (int j = i; j < n && j - i < maxLen; j++) {
                h = step(h, tk.lower[j]);
                int v = phrases.get(h);
                if (v == LongIntMap.MISSING) {
                    break;
                }
                if (v >= 0) {
                    bestLen = j - i + 1;
                    bestGroup = v;
                }
            }
            if (bestLen == 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(new Match(i, i + bestLen, groups.get(bestGroup), true));
            i += bestLen;
        }
        return out == null ? List.of() : out;
    }

    /** 1 + coarse class (per 0, org 1, geo 2, demonym 3), +4 when ambiguous; 0 for none. */
    private static int gazCode(Ref[] refs) {
        Ref r = refs[0];
        int cls;
        if (r.kind() == Kind.DEMONYM) {
            cls = 3;
        } else {
            cls = coarse(r.actor().type);
        }
        boolean amb = r.actor().ambiguous || refs.length > 1 && coarse(refs[1].actor().type) != cls;
        return 1 + cls + (amb ? 4 : 0);
    }

    /** 0 per, 1 org, 2 geo. */
    public static int coarse(ActorType t) {
        return switch (t) {
            case PERSON -> 0;
            case ORGANIZATION, GOVERNMENT, ARMED_GROUP -> 1;
            case COUNTRY, LOCATION -> 2;
        };
    }

    /** The refs of a whole string that is exactly one alias (case-sensitive), or null. */
    public Ref[] lookup(String text) {
        return lookup(text, new Tokens());
    }

    /** As {@link #lookup(String)}, reusing a scratch token buffer. */
    public Ref[] lookup(String text, Tokens tk) {
        tk.reset(text);
        return tk.n == 0 ? null : lookup(tk, 0, tk.n);
    }

    /** As {@link #lookup(String)}, for tokens {@code [from, to)} of an already tokenised text. */
    public Ref[] lookup(Tokens tk, int from, int to) {
        long h = SEED;
        for (int i = from; i < to; i++) {
            h = step(h, tk.exact[i]);
        }
        int v = exact.get(h);
        return v >= 0 ? groups.get(v) : null;
    }

    /** The government of a country, or of the country whose capital this is; null otherwise. */
    public Actor governmentOf(Actor countryOrCapital) {
        return governments.get(countryOrCapital);
    }

    public Actor actor(String id) {
        return byId.get(id);
    }

    /** Every actor, built-in and user-defined, in load order (capitals and governments added after their country). */
    public java.util.Collection<Actor> actors() {
        return java.util.Collections.unmodifiableCollection(byId.values());
    }

    public List<Actor> holders(String of, String title) {
        return holders.getOrDefault(of + "|" + title, List.of());
    }

    public int actorCount() {
        return byId.size();
    }

    /** Values the YAML types allow but the knowledge base cannot use: fail with the file and the actor. */
    private static void validate(Map<String, ActorSpec> specs, Map<String, List<String>> titles, Map<String, List<String>> typeDescriptors) {
        String types = String.join(", ", java.util.Arrays.stream(ActorType.values()).map(Enum::name).toList());
        for (String t : typeDescriptors.keySet()) {
            if (actorType(t) == null) {
                throw new UserFileException("descriptors: \"" + t + "\" is not an actor type (" + types + ")");
            }
        }
        for (ActorSpec s : specs.values()) {
            String at = s.source + ": actor \"" + s.id + "\": ";
            if (s.name == null || s.name.isBlank()) {
                throw new UserFileException(at + "no name");
            }
            if (actorType(s.type) == null) {
                throw new UserFileException(at + "type must be one of " + types + (s.type == null ? "" : ", not " + s.type));
            }
            for (ActorSpec.OfficeSpec o : s.offices) {
                if (o == null || o.title == null || !titles.containsKey(o.title)) {
                    throw new UserFileException(at + "office title \"" + (o == null ? null : o.title)
                            + "\" is not in a titles section (known: " + String.join(", ", new java.util.TreeSet<>(titles.keySet())) + ")");
                }
                if (o.of == null || !specs.containsKey(o.of)) {
                    throw new UserFileException(at + "office \"" + o.title + "\" of \"" + o.of + "\": no actor has that id");
                }
                LocalDate from = checkedDate(at, o.from);
                LocalDate to = checkedDate(at, o.to);
                if (from != null && to != null && !from.isBefore(to)) {
                    throw new UserFileException(at + "office \"" + o.title + "\" ends (" + o.to + ") before it starts (" + o.from + ")");
                }
            }
        }
    }

    private static ActorType actorType(String s) {
        if (s == null) {
            return null;
        }
        try {
            return ActorType.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate checkedDate(String at, String s) {
        try {
            return date(s);
        } catch (java.time.DateTimeException e) {
            throw new UserFileException(at + "\"" + s + "\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    public int aliasCount() {
        return aliasCount;
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        if (t.length() == 4) {
            t += "-01-01";
        } else if (t.length() == 7) {
            t += "-01";
        }
        return LocalDate.parse(t);
    }

    public static String slug(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }
}
