package dev.newsmon.core.actors;

import dev.newsmon.core.actors.kb.KnowledgeBase;
import dev.newsmon.core.actors.kb.KnowledgeBase.Actor;
import dev.newsmon.core.actors.kb.KnowledgeBase.Kind;
import dev.newsmon.core.actors.kb.KnowledgeBase.Match;
import dev.newsmon.core.actors.kb.KnowledgeBase.Ref;
import dev.newsmon.core.actors.ner.NerModel;
import dev.newsmon.core.actors.ner.Tokens;
import dev.newsmon.core.model.ActorTag;
import dev.newsmon.core.model.ActorType;
import dev.newsmon.core.model.NewsItem;
import dev.newsmon.core.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The actor tagger: a statistical BIO sequence tagger ({@link NerModel}) finds people, organisations and
 * places; the {@link KnowledgeBase} links them to canonical actors and types them (COUNTRY, GOVERNMENT,
 * ARMED_GROUP …), adds unambiguous names the tagger missed, and resolves, within the article, titles
 * ("the NATO chief" → the office holder named in the article or in office on the publication date),
 * definite descriptions ("the alliance", "the militant group"), governments by capital ("the government
 * in Kabul") and bare surnames. Actors not in the knowledge base keep {@code id == null}.
 * Thread-safe: per-thread scratch buffers only.
 */
public final class DefaultActorTagger implements ActorTagger {

    /** Resource path of the shipped sequence model. */
    public static final String MODEL_RESOURCE = "model/actors-ner.bin.gz";
    /** System property: a model file to use instead of the shipped one (e.g. one just retrained). */
    public static final String MODEL_PROPERTY = "newsmon.actors.model";

    private static final Set<String> DETERMINERS = Set.of("the", "The", "THE");
    private static final int PER = 0, ORG = 1, GEO = 2, GPE = 3;

    private final KnowledgeBase kb;
    private final NerModel model;
    private final TrainingSet trainingSet;
    private final ThreadLocal<Work> work = ThreadLocal.withInitial(Work::new);

    public DefaultActorTagger(KnowledgeBase kb, NerModel model) {
        this(kb, model, null);
    }

    public DefaultActorTagger(KnowledgeBase kb, NerModel model, TrainingSet trainingSet) {
        this.kb = kb;
        this.model = model;
        this.trainingSet = trainingSet;
    }

    @Override
    public TrainingSet trainingSet() {
        return trainingSet;
    }

    /** The built-in knowledge base plus the user's actor files, and the shipped (or overridden) model. */
    public static DefaultActorTagger load(List<Path> userFiles) {
        String override = System.getProperty(MODEL_PROPERTY);
        return load(userFiles, override == null || override.isBlank() ? null : Path.of(override));
    }

    public static DefaultActorTagger load(List<Path> userFiles, Path modelFile) {
        return new DefaultActorTagger(KnowledgeBase.load(userFiles), loadModel(modelFile), loadTrainingSet(modelFile));
    }

    /** The training set kept beside the model ({@link TrainingSet#besideModel}); null when there is none. */
    public static TrainingSet loadTrainingSet(Path modelFile) {
        Path file = modelFile == null ? null : TrainingSet.besideModel(modelFile);
        try (InputStream in = file != null
                ? (Files.isRegularFile(file) ? Files.newInputStream(file) : null)
                : DefaultActorTagger.class.getClassLoader().getResourceAsStream(TrainingSet.besideModel(MODEL_RESOURCE))) {
            return in == null ? null : TrainingSet.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the training set beside " + (modelFile == null ? MODEL_RESOURCE : modelFile), e);
        }
    }

    public static NerModel loadModel(Path modelFile) {
        try (InputStream in = modelFile != null
                ? Files.newInputStream(modelFile)
                : DefaultActorTagger.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MODEL_RESOURCE);
            }
            return NerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor model " + (modelFile == null ? MODEL_RESOURCE : modelFile), e);
        }
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    private static final class Work {
        final Tokens tk = new Tokens();
        final Tokens part = new Tokens();
        int[] gaz = new int[256];
        int[] tags = new int[256];
        final NerModel.Scratch scratch = new NerModel.Scratch();

        void ensure(int n) {
            if (gaz.length < n) {
                gaz = new int[n * 2];
                tags = new int[n * 2];
            }
        }
    }

    /** A mention before resolution. */
    private static final class M {
        final String field;
        final int order; // field order, for "preceding" in resolution
        final int start, end;
        final String text;
        int cls; // PER ORG GEO
        Actor actor;
        Ref[] pending; // refs to resolve (surnames, titles, descriptors)
        Kind pendingKind;
        String unlinkedName;

        M(String field, int order, String fieldText, int start, int end, int cls) {
            this.field = field;
            this.order = order;
            this.start = start;
            this.end = end;
            this.text = fieldText.substring(start, end);
            this.cls = cls;
        }

        long pos() {
            return ((long) order << 32) | start;
        }
    }

    @Override
    public List<ActorTag> tag(NewsItem item) {
        String title = item.title() == null ? "" : item.title();
        String body = item.body() == null ? "" : item.body();
        LocalDate published = date(item.published());
        List<M> ms = new ArrayList<>();
        String whole = title + "\n" + body;
        tagField("title", 0, title, whole, ms);
        tagField("body", 1, body, whole, ms);
        resolve(ms, published);
        return build(ms);
    }

    private void tagField(String field, int order, String text, String whole, List<M> ms) {
        if (text.isEmpty()) {
            return;
        }
        Work w = work.get();
        Tokens tk = w.tk;
        tk.reset(text);
        int n = tk.n;
        if (n == 0) {
            return;
        }
        w.ensure(n);
        boolean caps = tk.allCapsText();
        // Lines whose words are all capitalised (headers, datelines, "For Immediate Release") are not
        // sentences: only knowledge-base names are taken from them, case-folded.
        boolean[] headerLine = headerLines(tk);
        List<Match> names = kb.matchNames(tk, caps, w.gaz);
        if (headerLine != null && !caps) {
            List<Match> merged = new ArrayList<>();
            for (Match m : names) {
                if (!headerLine[m.from()]) {
                    merged.add(m);
                }
            }
            int[] scratchGaz = new int[n];
            for (Match m : kb.matchNames(tk, true, scratchGaz)) {
                if (headerLine[m.from()]) {
                    merged.add(m);
                }
            }
            names = merged;
        }
        Match[] nameAt = new Match[n];
        for (Match m : names) {
            nameAt[m.from()] = m;
        }
        boolean[] covered = new boolean[n];
        if (!caps) {
            model.decode(tk, w.gaz, w.tags, w.scratch);
            int[] tags = w.tags;
            SpanRepairs.apply(tk, tags, names);
            int i = 0;
            while (i < n) {
                int t = tags[i];
                if (t == 0) {
                    i++;
                    continue;
                }
                int cls = NerModel.classOfTag(t);
                int j = i + 1;
                while (j < n && tags[j] == t + (NerModel.isBegin(t) ? 1 : 0) && !NerModel.isBegin(tags[j])) {
                    j++;
                }
                if (cls <= GPE && (headerLine == null || !headerLine[i])) {
                    M m = fromModel(field, order, tk, text, whole, i, j, cls, nameAt);
                    if (m != null) {
                        ms.add(m);
                        for (int k = i; k < j; k++) {
                            covered[k] = true;
                        }
                    }
                }
                i = j;
            }
        }
        // Knowledge-base names the sequence tagger did not mark: unambiguous names only.
        for (Match m : names) {
            boolean free = true;
            for (int k = m.from(); k < m.to(); k++) {
                free &= !covered[k];
            }
            if (!free) {
                continue;
            }
            Ref r = m.refs()[0];
            if (r.kind() != Kind.NAME || r.actor().ambiguous || m.refs().length > 1) {
                continue;
            }
            boolean upperCaseLine = caps || headerLine != null && headerLine[m.from()];
            if (upperCaseLine && m.to() - m.from() < 2
                    && (r.actor().type == ActorType.PERSON || HEADLINE_WORDS.contains(tk.token(m.from()).toUpperCase(Locale.ROOT)))) {
                // In capitals "CAR BOMB" is not the Central African Republic, nor "LET US" Lashkar-e-Taiba.
                continue;
            }
            M x = new M(field, order, text, tk.start[m.from()], tk.end[m.to() - 1], r.kind() == Kind.DEMONYM ? GEO : KnowledgeBase.coarse(r.actor().type));
            x.actor = r.actor();
            ms.add(x);
            for (int k = m.from(); k < m.to(); k++) {
                covered[k] = true;
            }
        }
        // Hyphenated compounds ("U.S-Taliban", "al-Qaida-linked"): the longest known names among the parts.
        for (int i = 0; i < n; i++) {
            if (covered[i] || (tk.flags[i] & Tokens.F_HYPHEN) == 0 || (tk.flags[i] & Tokens.F_UPPER) == 0) {
                continue;
            }
            int a = tk.start[i], b = tk.end[i];
            List<int[]> parts = new ArrayList<>();
            int p = a;
            for (int k = a; k <= b; k++) {
                if (k == b || text.charAt(k) == '-') {
                    if (k > p) {
                        parts.add(new int[] {p, k});
                    }
                    p = k + 1;
                }
            }
            for (int x = 0; x < parts.size(); x++) {
                for (int y = parts.size() - 1; y >= x; y--) {
                    int ps = parts.get(x)[0], pe = parts.get(y)[1];
                    if (ps == a && pe == b) {
                        continue; // the whole token was already looked up
                    }
                    Ref[] refs = kb.lookup(text.substring(ps, pe), w.part);
                    if (refs != null && refs.length == 1 && !refs[0].actor().ambiguous && refs[0].kind() == Kind.NAME) {
                        M x2 = new M(field, order, text, ps, pe, KnowledgeBase.coarse(refs[0].actor().type));
                        x2.actor = refs[0].actor();
                        ms.add(x2);
                        x = y;
                        break;
                    }
                }
            }
        }
        // Titles, descriptions and governments by capital (case-insensitive phrases).
        for (Match m : kb.matchPhrases(tk)) {
            Ref r = m.refs()[0];
            int from = m.from();
            boolean definite = false;
            int back = from - 1;
            for (int hops = 0; back >= 0 && hops <= 3; hops++, back--) {
                String tok = text.substring(tk.start[back], tk.end[back]);
                if (DETERMINERS.contains(tok)) {
                    definite = true;
                    break;
                }
                if ((tk.flags[back] & Tokens.F_ALPHA) == 0 || (tk.flags[back] & Tokens.F_CAP) != 0 || hops == 3) {
                    break;
                }
            }
            if (definite) {
                from = back;
            }
            int start = tk.start[from], end = tk.end[m.to() - 1];
            switch (r.kind()) {
                case NAME -> {
                    M x = new M(field, order, text, tk.start[definite ? from : m.from()], end, KnowledgeBase.coarse(r.actor().type));
                    x.actor = r.actor();
                    ms.add(x);
                }
                case TITLE -> {
                    M x = new M(field, order, text, start, end, PER);
                    x.pending = m.refs();
                    x.pendingKind = Kind.TITLE;
                    ms.add(x);
                }
                case DESCRIPTOR, TYPE_DESCRIPTOR -> {
                    if (definite) {
                        M x = new M(field, order, text, start, end, ORG);
                        x.pending = m.refs();
                        x.pendingKind = Kind.DESCRIPTOR;
                        ms.add(x);
                    }
                }
                default -> { }
            }
        }
    }

    /** Per token: whether its line consists only of capitalised words; null when no such line (or one line). */
    private static boolean[] headerLines(Tokens tk) {
        int n = tk.n;
        boolean[] out = null;
        int lineStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || (tk.flags[i] & Tokens.F_NEWLINE) != 0) {
                if (lineStart == 0 && i == n) {
                    return null; // a single line: a title or a sentence, left to the tagger
                }
                boolean alpha = false, allCap = true;
                for (int k = lineStart; k < i; k++) {
                    int fl = tk.flags[k];
                    if ((fl & Tokens.F_ALPHA) != 0) {
                        alpha = true;
                        allCap &= (fl & Tokens.F_CAP) != 0;
                    }
                }
                if (alpha && allCap) {
                    if (out == null) {
                        out = new boolean[n];
                    }
                    for (int k = lineStart; k < i; k++) {
                        out[k] = true;
                    }
                }
                lineStart = i;
            }
        }
        return out;
    }

    /** A mention from a span the sequence tagger found, linked where the knowledge base agrees. */
    private M fromModel(String field, int order, Tokens tk, String text, String whole, int from, int to, int cls, Match[] nameAt) {
        // The knowledge-base names equal to the span: the longest match starting there, or, when that match
        // runs further ("U.N." inside "U.N. refugee agency"), a lookup of the span itself.
        Ref[] known = nameAt[from] == null ? null
                : nameAt[from].to() == to ? nameAt[from].refs() : kb.lookup(tk, from, to);
        M m = new M(field, order, text, tk.start[from], tk.end[to - 1], cls == GPE ? GEO : cls);
        if (known != null) {
            Ref r = pick(known, cls, whole);
            if (r != null) {
                if (r.kind() == Kind.SURNAME) {
                    m.pending = new Ref[] {r};
                    m.pendingKind = Kind.SURNAME;
                    m.pending = surnameRefs(known);
                } else {
                    m.actor = r.actor();
                    m.cls = KnowledgeBase.coarse(r.actor().type);
                }
                return m;
            }
            Ref only = known.length == 1 ? known[0] : null;
            if (only != null && only.kind() == Kind.NAME && !only.actor().ambiguous
                    && (cls == PER || cls == GEO && KnowledgeBase.coarse(only.actor().type) == ORG
                        || only.actor().type == ActorType.PERSON)) {
                // An unambiguous known name of an organisation or a place taken for a person ("Norway is a
                // major exporter"), of an organisation taken for a place ("U.N. officials"), or of a person
                // taken for anything else: the knowledge base wins. A country read as an organisation is
                // metonymy, below.
                m.actor = only.actor();
                m.cls = KnowledgeBase.coarse(only.actor().type);
                return m;
            }
            if (cls == ORG && to < tk.n && TROOP_WORDS.contains(tk.token(to))) {
                // "US troops", "Afghan forces": the country whose forces they are.
                for (Ref x : known) {
                    if (x.kind() == Kind.NAME && x.actor().type == ActorType.COUNTRY) {
                        m.actor = x.actor();
                        m.cls = GEO;
                        return m;
                    }
                }
            }
            if (cls == ORG) {
                // A country or capital acting ("Iran says", "talks with Beijing"): its government.
                for (Ref x : known) {
                    Actor gov = x.actor() == null || x.kind() != Kind.NAME ? null : kb.governmentOf(x.actor());
                    if (gov != null) {
                        m.actor = gov;
                        return m;
                    }
                }
            }
        }
        if (cls == PER) {
            // "President Biden", "Secretary General Jens Stoltenberg": a known name ending the span.
            for (int k = from + 1; k < to; k++) {
                Match sub = nameAt[k];
                if (sub != null && sub.to() == to) {
                    Ref r = pick(sub.refs(), PER, whole);
                    if (r != null && r.kind() == Kind.SURNAME && !HONORIFICS.contains(tk.token(k - 1))) {
                        break; // "Tim Cook" is not Robin Cook: a surname links only after a title
                    }
                    if (r != null) {
                        if (r.kind() == Kind.SURNAME) {
                            m.pending = surnameRefs(sub.refs());
                            m.pendingKind = Kind.SURNAME;
                        } else {
                            m.actor = r.actor();
                        }
                        return m;
                    }
                }
            }
            m.unlinkedName = m.text;
            return m;
        }
        if (cls == GPE) {
            return null; // nationality words not known to the knowledge base: not an actor
        }
        m.unlinkedName = m.text;
        return m;
    }

    private static Ref[] surnameRefs(Ref[] refs) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.actor() != null && r.actor().type == ActorType.PERSON) {
                out.add(r);
            }
        }
        return out.toArray(new Ref[0]);
    }

    /** The ref whose actor fits the tagger's class, preferring the one whose context words the article has. */
    private static Ref pick(Ref[] refs, int cls, String whole) {
        Ref best = null;
        int bestScore = -1;
        for (Ref r : refs) {
            if (r.actor() == null) {
                continue;
            }
            boolean ok = switch (cls) {
                case PER -> r.actor().type == ActorType.PERSON;
                case ORG -> KnowledgeBase.coarse(r.actor().type) == ORG;
                case GEO -> KnowledgeBase.coarse(r.actor().type) == GEO && r.kind() != Kind.DEMONYM;
                case GPE -> r.actor().type == ActorType.COUNTRY || r.actor().type == ActorType.LOCATION;
                default -> false;
            };
            if (!ok) {
                continue;
            }
            int score = 0;
            for (String c : r.actor().context) {
                if (whole.contains(c)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------------------------------ resolution

    private void resolve(List<M> ms, LocalDate published) {
        ms.sort(Comparator.comparingLong(M::pos));
        Set<Actor> named = new HashSet<>();
        for (M m : ms) {
            if (m.actor != null) {
                named.add(m.actor);
            }
        }
        // Surnames: the person named in full in the article, else the office holder on the date, else unique.
        for (M m : ms) {
            if (m.pendingKind != Kind.SURNAME) {
                continue;
            }
            Actor chosen = null;
            List<Actor> cands = new ArrayList<>();
            for (Ref r : m.pending) {
                cands.add(r.actor());
            }
            List<Actor> inText = cands.stream().filter(named::contains).toList();
            if (inText.size() == 1) {
                chosen = inText.get(0);
            } else if (published != null) {
                List<Actor> inOffice = cands.stream().filter(a -> a.offices.stream().anyMatch(o -> o.holds(published))).toList();
                if (inOffice.size() == 1) {
                    chosen = inOffice.get(0);
                }
            }
            if (chosen == null && cands.size() == 1 && !COMMON_SURNAMES.contains(cands.get(0).surname)) {
                // "Putin said": the only Putin we know. Not for "Khan said": thousands share that name.
                chosen = cands.get(0);
            }
            m.actor = chosen;
            if (chosen == null) {
                m.unlinkedName = m.text;
            } else {
                named.add(chosen);
            }
            m.pending = null;
        }
        // Unlinked single names after a longer unlinked or linked name ending with them: the same person.
        Map<String, String> lastNameToFull = new LinkedHashMap<>();
        Map<String, Actor> lastNameToActor = new LinkedHashMap<>();
        for (M m : ms) {
            if (m.cls != PER || m.pending != null) {
                continue;
            }
            String name = m.actor != null ? m.actor.name : m.unlinkedName;
            int sp = name.lastIndexOf(' ');
            String last = sp > 0 ? name.substring(sp + 1) : null;
            if (m.actor == null && sp < 0) {
                Actor a = lastNameToActor.get(name);
                if (a != null) {
                    m.actor = a;
                    m.unlinkedName = null;
                } else if (lastNameToFull.containsKey(name)) {
                    m.unlinkedName = lastNameToFull.get(name);
                }
                continue;
            }
            if (last != null) {
                if (m.actor != null) {
                    lastNameToActor.put(last, m.actor);
                } else if (!lastNameToActor.containsKey(last)) {
                    lastNameToFull.put(last, stripTitle(name));
                }
            }
        }
        // Titles and descriptions.
        List<M> drop = new ArrayList<>();
        for (M m : ms) {
            if (m.pendingKind == Kind.TITLE && m.pending != null) {
                Set<Actor> cands = new HashSet<>();
                for (Ref r : m.pending) {
                    for (Actor h : kb.holders(r.officeOf(), r.title())) {
                        boolean ok = published != null
                                ? h.offices.stream().anyMatch(o -> o.of().equals(r.officeOf()) && o.title().equals(r.title()) && o.holds(published))
                                : named.contains(h);
                        if (ok) {
                            cands.add(h);
                        }
                    }
                }
                if (cands.size() == 1) {
                    m.actor = cands.iterator().next();
                    m.cls = PER;
                    named.add(m.actor);
                } else {
                    drop.add(m);
                }
            } else if (m.pendingKind == Kind.DESCRIPTOR && m.pending != null) {
                Actor chosen = null;
                long bestPos = -1;
                Actor firstAfter = null;
                for (M o : ms) {
                    if (o.actor == null || o.pendingKind == Kind.DESCRIPTOR) {
                        continue;
                    }
                    if (!fits(m.pending, o.actor)) {
                        continue;
                    }
                    if (o.pos() < m.pos()) {
                        if (o.pos() > bestPos) {
                            bestPos = o.pos();
                            chosen = o.actor;
                        }
                    } else if (firstAfter == null) {
                        firstAfter = o.actor;
                    }
                }
                if (chosen == null) {
                    chosen = firstAfter;
                }
                if (chosen != null) {
                    m.actor = chosen;
                    m.cls = KnowledgeBase.coarse(chosen.type);
                } else {
                    drop.add(m);
                }
            }
        }
        // Unlinked names that are only title words ("Secretary General") or sit inside a resolved title.
        for (M m : ms) {
            if (m.actor != null || m.unlinkedName == null || m.cls != PER) {
                continue;
            }
            boolean insideTitle = false;
            for (M o : ms) {
                if (o != m && o.actor != null && o.pendingKind == Kind.TITLE && o.field.equals(m.field)
                        && o.start < m.end && m.start < o.end) {
                    insideTitle = true;
                }
            }
            if (insideTitle) {
                drop.add(m);
            }
        }
        ms.removeAll(drop);
    }

    private static boolean fits(Ref[] refs, Actor a) {
        for (Ref r : refs) {
            if (r.kind() == Kind.DESCRIPTOR && r.actor() == a) {
                return true;
            }
            if (r.kind() == Kind.TYPE_DESCRIPTOR && r.descType() == a.type) {
                return true;
            }
        }
        return false;
    }

    /**
     * Short English words that, in a text or line written in capitals, are read as words and not as the
     * acronym or short name they spell (CAR, LET, FED, WHO, AIM, CARE ...).
     */
    private static final Set<String> HEADLINE_WORDS = Set.of(("A AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF ON OR SO TO UP WE"
            + " ACT ADD AGE AGO AID AIM AIR ALL AND ANY ARE ARM ART ASK ATE BAD BAN BAR BED BET BID BIG BIT BOX BOY BUS BUT"
            + " BUY CAN CAR CRY CUT DAY DID DIE DOG DUE EAR EAT EGG END EYE FAN FAR FAT FED FEW FIT FIX FLY FOR FUN GAS GET"
            + " GOT GUN HAD HAS HAT HER HIM HIS HIT HOT HOW ICE ILL ITS JOB KEY KID LAW LAY LED LET LIE LOW MAN MAP MAY MEN"
            + " MET MIX NET NEW NOR NOT NOW ODD OFF OIL OLD ONE OUR OUT OWN PAY PEN PER PIT PUT RAN RAW RED RID ROW RUN SAD"
            + " SAT SAW SAY SEA SEE SET SHE SIX SKY SON SUN TAX TEA TEN THE TIE TOO TOP TRY TWO USE VAN WAR WAS WAY WET WHO"
            + " WHY WIN WON YES YET YOU CARE CASH CITY DEAL FIRE HOPE LAND LIFE LIVE LONG MORE MOST NEXT NOTE OPEN PLAN POLL"
            + " PORT POST RACE RAID RISE ROLE RULE SAFE SAVE SEAT SHOT STAR STOP SUIT TALK TIME TOLL TRUE TURN VOTE WAGE WALL"
            + " WANT WARN WEEK WELL WILL WITH WORK ZERO").split(" "));

    /**
     * Surnames so widely shared that, alone, they name a known person only when the article also names that
     * person in full or the person held an office on the publication date.
     */
    private static final Set<String> COMMON_SURNAMES = Set.of(("Khan Ahmed Ahmad Ali Hassan Hasan Hussein Husain Hussain"
            + " Mohammed Muhammad Mohamed Mohammad Ibrahim Abdullah Abdallah Rahman Aziz Karim Said Saleh Salih Mahmoud"
            + " Mustafa Omar Osman Rashid Yusuf Singh Kumar Sharma Patel Gupta Shah Das Rao Reddy Kim Lee Park Choi Wang Li"
            + " Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Nguyen Tran Le Pham Smith Johnson Brown Jones Miller"
            + " Davis Wilson Taylor Clark Lewis Walker White Martin Thompson Moore Lopez Garcia Rodriguez Martinez"
            + " Hernandez Gonzalez Perez Sanchez Ramirez Torres Silva Santos Oliveira Ivanov Petrov Cohen Levy Mizrahi"
            + " Yilmaz Kaya Demir").split(" "));

    /** Words that may stand between a span's start and a known surname ("President Biden", "Mr. Karzai"). */
    private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Sir", "Lord",
            "Lady", "Dame", "General", "Gen.", "Colonel", "Col.", "Lieutenant", "Lt.", "Major", "Maj.", "Captain", "Capt.",
            "Admiral", "Adm.", "Marshal", "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman",
            "Governor", "Gov.", "Mayor", "President", "President-elect", "Minister", "Secretary", "Chancellor", "Premier",
            "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Sheik", "Ayatollah", "Mullah", "Imam", "Pope",
            "Judge", "Justice", "Ambassador", "Envoy", "Commander", "Chairman", "Chairwoman", "Chief", "Director",
            "Spokesman", "Spokeswoman", "State", "Defense", "Defence", "Foreign", "Speaker", "Leader", "Vice", "Deputy",
            "Secretary-General", "Director-General", "Presidents", "Ministers");

    private static final Set<String> TROOP_WORDS = Set.of("troops", "forces", "soldiers", "servicemen",
        "personnel", "warships", "warplanes", "jets", "drones", "marines", "sailors", "airmen", "contingent");

    private static final Set<String> TITLE_WORDS = Set.of("President", "Prime", "Minister", "Secretary", "General",
        "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Senator", "Governor", "Gov.", "King", "Queen",
        "Prince", "Chancellor", "Foreign", "Defense", "Defence", "Vice", "Ambassador", "Commander", "Chairman",
        "Leader", "Sheikh", "Ayatollah", "Mullah", "Pope", "Premier", "Judge", "Rep.", "Representative", "Spokesman",
        "Chief", "Lieutenant", "Major", "Captain", "Colonel", "Admiral", "Sergeant", "Deputy", "Interior");

    private static String stripTitle(String name) {
        String[] parts = name.split(" ");
        int k = 0;
        while (k < parts.length - 1 && TITLE_WORDS.contains(parts[k])) {
            k++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length));
    }

    private static ActorType unlinkedType(int cls) {
        return switch (cls) {
            case PER -> ActorType.PERSON;
            case ORG -> ActorType.ORGANIZATION;
            default -> ActorType.LOCATION;
        };
    }

    private static List<ActorTag> build(List<M> ms) {
        Map<String, ActorTag> out = new LinkedHashMap<>();
        Map<String, Set<Long>> seen = new LinkedHashMap<>();
        for (M m : ms) {
            if (m.actor == null && m.unlinkedName == null) {
                continue;
            }
            String key;
            ActorTag tag;
            if (m.actor != null) {
                key = "id:" + m.actor.id;
                tag = out.get(key);
                if (tag == null) {
                    tag = new ActorTag(m.actor.id, m.actor.name, m.actor.type, new ArrayList<>());
                }
            } else {
                ActorType type = unlinkedType(m.cls);
                String name = m.cls == PER ? stripTitle(m.unlinkedName) : m.unlinkedName;
                key = type + ":" + name;
                tag = out.get(key);
                if (tag == null) {
                    tag = new ActorTag(null, name, type, new ArrayList<>());
                }
            }
            out.put(key, tag);
            long spanKey = ((long) (m.field.equals("title") ? 0 : 1) << 62) | ((long) m.start << 31) | m.end;
            if (seen.computeIfAbsent(key, k -> new HashSet<>()).add(spanKey)) {
                tag.mentions().add(new Span(m.field, m.start, m.end, m.text));
            }
        }
        List<ActorTag> result = new ArrayList<>(out.size());
        for (ActorTag t : out.values()) {
            result.add(new ActorTag(t.id(), t.name(), t.type(), List.copyOf(t.mentions())));
        }
        return result;
    }

    static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
