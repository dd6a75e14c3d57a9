package org.marsad.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.ActorMention;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layer;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Sentence;
import org.marsad.document.Token;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorAgent;
import org.marsad.knowledge.ActorCountry;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.knowledge.ActorName;
import org.marsad.knowledge.ActorRole;
import org.marsad.knowledge.ActorTransliterator;
import org.marsad.knowledge.ActorType;
import org.marsad.pipeline.Stage;
import org.marsad.recognize.actor.DictionaryNames;
import org.marsad.recognize.actor.NameMatch;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * Resolves every stretch of text that stands for an actor into the {@link Layers#ACTORS} layer. The
 * rules, by precedence when spans overlap:
 * <ol>
 *   <li><b>person</b>: a person with the role phrase next to it, as one mention covering both
 *       («الرئيس التركي «أردوغان»», role "President of Turkey", organization Turkey); persons the
 *       dictionary does not know get a synthetic actor {@code person:<slug>} named by
 *       {@link ActorTransliterator}; an office with a country and no name resolves to its holder on
 *       the publication date ({@code how=office});</li>
 *   <li><b>name</b>: dictionary names, aliases, country names and gentilic forms («الدواعش» → ISIS,
 *       {@code how=gentilic}), chosen by date and context ({@link DictionaryNames});</li>
 *   <li>organizations and persons other finders put in the MENTIONS layer ({@code how=name});</li>
 *   <li><b>agent</b>: a generic agent completed by a country adjective («الشرطة التركية» → Turkish
 *       Police), by an organization («عناصر التنظيم», «مسلحي داعش» → the organization) or, when bare
 *       and the agent allows it, by the country the text is about ({@link CountryContext});</li>
 *   <li><b>metonymy</b>: a capital in agent position: after «النظام/الحكومة/السلطات في», after a
 *       verbal noun or political noun («تسهيل أنقرة», «سعي أنقرة», «مصالح أنقرة»), or at the start of a
 *       clause before a verb («أن واشنطن تحقق»);</li>
 *   <li><b>adjective</b>: a country adjective elsewhere («العدوان التركي» → Turkey);</li>
 *   <li><b>coreference</b>: «التنظيم» → the last armed group, «المتحدث» → the last spokesman
 *       ({@link Coreference}).</li>
 * </ol>
 * Immutable and thread-safe: the dictionary is shared read-only; nothing is cached per document.
 */
public final class ActorStage implements Stage {
    private static final Set<String> METONYMY_BEFORE = fold("تسهيل", "سعي", "دعم", "موقف", "قرار", "رفض", "مصالح",
            "سياسه", "تدخل", "تدخلات", "اتهام", "اتهامات", "تحذير", "تحذيرات", "ضغوط", "تهديد", "تهديدات", "اعلان",
            "طلب", "رغبه", "محاوله", "محاولات", "خطه", "جهود", "حكومه", "نظام", "سلطات", "ادعاءات", "مزاعم", "تصريحات",
            "عدوان", "هجوم", "مساعي", "اصرار", "تعنت", "ردود", "رد", "انتقاد", "انتقادات", "مطالب", "مطالبه", "وساطه");
    private static final Set<String> GOVERNMENT_NOUNS = fold("نظام", "حكومه", "سلطات", "قياده", "اداره");
    private static final Set<String> CLAUSE_OPENERS = fold("و", "ان", "لكن", "بينما", "فيما", "حيث", "اذ", "ف", "ثم");
    private static final Set<String> NEGATIONS = fold("لم", "لن", "لا", "قد", "ما", "لقد", "سوف");

    private final ActorDictionary dict;
    private final DictionaryNames names;
    private final RoleLinker roles;

    public ActorStage(ActorDictionary dict) {
        this.dict = dict;
        this.names = new DictionaryNames(dict);
        this.roles = new RoleLinker(dict);
    }

    private static final class Holder {
        static final ActorStage STANDARD = new ActorStage(ActorDictionary.standard());
    }

    public static ActorStage standard() {
        return Holder.STANDARD;
    }

    /** The word has the article but none of the country's Arabic names does («المالي» / «مالي»). */
    private static boolean startsWithArticleOnlyInText(org.marsad.document.Token t, org.marsad.knowledge.Actor state) {
        for (String name : state.arabic()) {
            String f = org.marsad.text.ArabicNormalizer.fold(name);
            if (f.startsWith("\u0627\u0644")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.STRUCTURE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ACTORS);
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Layers.TOKENS);
        Optional<LocalDate> date = doc.metadata().published();
        int[] sentenceOf = sentenceIndex(tokens, doc.get(Layers.SENTENCES));
        Map<String, Integer> countryCounts = names.countries(tokens);
        List<NameMatch> found = names.find(text, tokens, date, countryCounts, true);
        CountryContext context = new CountryContext(dict, tokens, found, sentenceOf);
        List<ActorCandidate> cands = new ArrayList<>();
        for (NameMatch n : found) {
            String how = "name";
            if (n.kind() == ActorName.Kind.FORM && n.actor().type() != ActorType.STATE) {
                how = n.first() == n.last() ? "gentilic" : "alias";
            } else if (n.actor().type() == ActorType.STATE && n.first() == n.last()
                    && DictionaryNames.definite(tokens.get(n.first()))) {
                boolean adjective = dict.countryForms().matchAt(tokens, n.first()).stream()
                        .anyMatch(c -> c.values().stream().anyMatch(f -> f.kind() == ActorCountry.Kind.ADJECTIVE));
                if (!adjective && startsWithArticleOnlyInText(tokens.get(n.first()), n.actor())) {
                    continue; // «الفساد المالي» is not Mali: the country's name never takes the article
                }
                if (adjective) {
                    how = "adjective";
                }
            }
            cands.add(new ActorCandidate(n.first(), n.last(), n.begin(), n.end(), n.text(), n.actor(), how,
                    Optional.empty(), Optional.empty(), ActorCandidate.NAME));
        }
        mentions(doc, tokens, cands);
        agents(text, tokens, context, cands);
        countryWords(text, tokens, cands);
        List<ActorCandidate> kept = settle(cands, tokens.size());
        kept = persons(text, tokens, date, kept);
        kept = coreference(text, tokens, kept);
        List<ActorMention> out = new ArrayList<>(kept.size());
        for (ActorCandidate c : kept) {
            out.add(c.mention());
        }
        out.sort(Comparator.comparingInt(ActorMention::begin).thenComparingInt(ActorMention::end));
        return doc.with(Layers.ACTORS, List.copyOf(out));
    }

    /** Rule 3: PERSON and ORGANIZATION mentions of other finders. */
    private void mentions(Document doc, List<Token> tokens, List<ActorCandidate> cands) {
        for (Mention m : doc.get(Layers.MENTIONS)) {
            if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            int first = tokenAt(tokens, m.begin());
            int last = tokenBefore(tokens, m.end());
            if (first < 0 || last < first) {
                continue;
            }
            Optional<Actor> a = m.ref().flatMap(dict::byId);
            Actor actor = a.orElseGet(() -> synthetic(m));
            cands.add(new ActorCandidate(first, last, m.begin(), m.end(), m.text(), actor, "name", Optional.empty(),
                    Optional.empty(), ActorCandidate.FOUND));
        }
    }

    private Actor synthetic(Mention m) {
        boolean person = m.type() == EntityType.PERSON;
        String id = (person ? "person:" : "org:") + ActorTransliterator.slug(m.text());
        return new Actor(id, m.canonical().orElse(ActorTransliterator.name(m.text())),
                person ? ActorType.PERSON : ActorType.OTHER, Optional.empty(), Optional.empty(), Optional.empty(),
                java.util.OptionalInt.empty(), Optional.empty(), List.of(m.text()), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), "synthetic");
    }

    /** Rule 4: agents completed by a country adjective, an organization, or the country in context. */
    private void agents(String text, List<Token> tokens, CountryContext context, List<ActorCandidate> cands) {
        int covered = -1;
        for (PhraseMatcher.Match<ActorAgent.Form> m : dict.agentForms().findAll(tokens)) {
            if (m.first() <= covered) {
                continue;
            }
            ActorAgent agent = m.values().get(0).agent();
            int next = m.last() + 1;
            while (next < tokens.size() && DictionaryNames.isQuote(tokens.get(next))) {
                next++;
            }
            Actor actor = null;
            int last = m.last();
            boolean members = false;
            if (next < tokens.size()) {
                for (PhraseMatcher.Match<ActorCountry.Form> c : dict.countryForms().matchAt(tokens, next)) {
                    ActorCountry.Kind k = c.values().get(0).kind();
                    if (k == ActorCountry.Kind.ADJECTIVE || k == ActorCountry.Kind.PEOPLE) {
                        actor = dict.compose(agent, Optional.of(c.values().get(0).country()));
                        last = c.last();
                    }
                    break;
                }
                if (actor == null && agent.members()) {
                    Actor org = orgAt(tokens, next, cands);
                    if (org != null) {
                        actor = org;
                        last = lastOf(cands, next);
                        members = true;
                    }
                }
            }
            boolean contextual = false;
            if (actor == null && agent.context()) {
                Optional<ActorCountry> c = context.before(m.first());
                if (c.isPresent()) {
                    actor = dict.compose(agent, c);
                    contextual = true;
                }
            }
            if (actor == null && agent.type() == ActorType.PEOPLE && !agent.members()) {
                actor = dict.compose(agent, Optional.empty());
            }
            if (actor == null) {
                continue;
            }
            int begin = org.marsad.recognize.actor.Surface.of(text, tokens, m.first(), last,
                    org.marsad.recognize.actor.Surface.firstKey(m.values().get(0).form())).begin();
            int end = tokens.get(last).end();
            cands.add(new ActorCandidate(m.first(), last, begin, end, text.substring(begin, end), actor, "agent",
                    Optional.empty(), Optional.empty(), contextual ? ActorCandidate.CONTEXT_AGENT
                    : members ? ActorCandidate.NAME : ActorCandidate.AGENT));
            covered = last;
        }
    }

    /** The last token of the name candidate starting at {@code i}, or {@code i}. */
    private static int lastOf(List<ActorCandidate> cands, int i) {
        int last = i;
        for (ActorCandidate c : cands) {
            if (c.first() == i) {
                last = Math.max(last, c.last());
            }
        }
        return last;
    }

    /** The organization a name or anaphor starting at token {@code i} stands for, if any. */
    private Actor orgAt(List<Token> tokens, int i, List<ActorCandidate> cands) {
        for (ActorCandidate c : cands) {
            if (c.first() == i && c.actor().type() != ActorType.PERSON && c.actor().type() != ActorType.STATE
                    && c.actor().type() != ActorType.PEOPLE) {
                return c.actor();
            }
        }
        Optional<String> head = Coreference.anaphor(tokens.get(i));
        if (head.isPresent() && !Coreference.isSpokesman(head.get())) {
            ActorCandidate best = null;
            for (ActorCandidate c : cands) {
                if (c.last() < i && c.antecedent() && Coreference.fits(head.get(), c.actor())
                        && (best == null || c.last() > best.last())) {
                    best = c;
                }
            }
            return best == null ? null : best.actor();
        }
        return null;
    }

    /** Rules 5 and 6: capitals in agent position, and country adjectives. */
    private void countryWords(String text, List<Token> tokens, List<ActorCandidate> cands) {
        for (PhraseMatcher.Match<ActorCountry.Form> m : dict.countryForms().findAll(tokens)) {
            ActorCountry.Form f = m.values().get(0);
            Actor state = f.country().state();
            if (f.kind() == ActorCountry.Kind.ADJECTIVE || f.kind() == ActorCountry.Kind.PEOPLE) {
                org.marsad.recognize.actor.Surface.Span s = org.marsad.recognize.actor.Surface.of(text, tokens,
                        m.first(), m.last(), tokens.get(m.first()).key());
                cands.add(new ActorCandidate(m.first(), m.last(), s.begin(), s.end(), s.text(), state,
                        f.kind() == ActorCountry.Kind.PEOPLE ? "gentilic" : "adjective", Optional.empty(),
                        Optional.empty(), ActorCandidate.ADJECTIVE));
            } else if (f.kind() == ActorCountry.Kind.CAPITAL) {
                int first = metonymyStart(tokens, m.first(), m.last(), preposition(tokens.get(m.first()), f.country()));
                if (first >= 0) {
                    int begin = first == m.first()
                            ? org.marsad.recognize.actor.Surface.of(text, tokens, m.first(), m.last(),
                                    tokens.get(m.first()).key()).begin()
                            : tokens.get(first).begin();
                    int end = tokens.get(m.last()).end();
                    cands.add(new ActorCandidate(first, m.last(), begin, end, text.substring(begin, end), state,
                            "metonymy", Optional.empty(), Optional.empty(), ActorCandidate.METONYMY));
                }
            }
        }
    }

    /** The first token of a metonymic use of the capital at {@code first..last}, or -1. */
    private static int metonymyStart(List<Token> tokens, int first, int last, boolean clitic) {
        if (first >= 2 && tokens.get(first - 1).norm().equals("\u0641\u064A") && has(tokens.get(first - 2), GOVERNMENT_NOUNS)) {
            return first - 2;
        }
        if (clitic) {
            return -1;
        }
        if (first >= 1 && has(tokens.get(first - 1), METONYMY_BEFORE)) {
            return first;
        }
        boolean opener = first == 0 || tokens.get(first - 1).kind() == Token.Kind.PUNCT
                || has(tokens.get(first - 1), CLAUSE_OPENERS);
        int j = last + 1;
        while (j < tokens.size() && has(tokens.get(j), NEGATIONS)) {
            j++;
        }
        if (opener && j < tokens.size() && verbLike(tokens.get(j))) {
            return first;
        }
        return -1;
    }

    /** The prepositions, alone or after a conjunction, that make a capital a place: ب ل ك وب ول فب. */
    private static final String[] PREPOSITIONS = {"\u0628", "\u0644", "\u0643", "\u0648\u0628", "\u0648\u0644",
        "\u0641\u0628"};
    private static final String ARTICLE = "\u0627\u0644";
    /** A capital's lookup key, by its name: asked at every country word, made once per name. */
    private static final java.util.Map<String, String> CAPITAL_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** True when a capital is written with a preposition (بأنقرة، لأنقرة): a place, not an agent. */
    private static boolean preposition(Token t, ActorCountry c) {
        String n = t.norm();
        List<String> capitals = c.capitals();
        for (int i = 0; i < capitals.size(); i++) {
            String k = CAPITAL_KEYS.computeIfAbsent(capitals.get(i), cap -> ActorDictionary.keysOf(cap).get(0));
            if (!n.endsWith(k)) {
                continue;
            }
            int before = n.length() - k.length();
            for (String p : PREPOSITIONS) {
                if (n.startsWith(p) && (before == p.length()
                        || (before == p.length() + ARTICLE.length() && n.startsWith(ARTICLE, p.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A finite verb that agrees with a feminine subject: تسعى، تحقق، أعلنت، رفضت. */
    private static boolean verbLike(Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        String n = t.norm();
        if (n.startsWith("\u0627\u0644") || n.length() < 3) {
            return false;
        }
        return n.charAt(0) == '\u062A' || (n.length() >= 4 && n.charAt(n.length() - 1) == '\u062A');
    }

    private static boolean has(Token t, Set<String> words) {
        if (words.contains(t.norm())) {
            return true;
        }
        for (String s : t.stems()) {
            if (words.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the best candidate of each overlapping group: lower precedence, then longer, then earlier. */
    private static List<ActorCandidate> settle(List<ActorCandidate> cands, int n) {
        List<ActorCandidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt(ActorCandidate::precedence)
                .thenComparing(Comparator.comparingInt((ActorCandidate c) -> c.last() - c.first()).reversed())
                .thenComparingInt(ActorCandidate::first));
        boolean[] used = new boolean[n];
        List<ActorCandidate> out = new ArrayList<>();
        outer:
        for (ActorCandidate c : sorted) {
            for (int i = c.first(); i <= c.last(); i++) {
                if (used[i]) {
                    continue outer;
                }
            }
            for (int i = c.first(); i <= c.last(); i++) {
                used[i] = true;
            }
            out.add(c);
        }
        out.sort(Comparator.comparingInt(ActorCandidate::first));
        return out;
    }

    /** Rule 1: roles and organizations for persons, one mention for role and name, offices alone. */
    private List<ActorCandidate> persons(String text, List<Token> tokens, Optional<LocalDate> date,
                                         List<ActorCandidate> kept) {
        ActorCandidate[] byFirst = new ActorCandidate[tokens.size()];
        for (ActorCandidate c : kept) {
            byFirst[c.first()] = c;
        }
        List<ActorCandidate> out = new ArrayList<>(kept);
        for (PhraseMatcher.Match<ActorRole.Form> r : roles.roles(tokens)) {
            ActorCandidate person = personAfter(tokens, r.last(), byFirst);
            int limit = person != null ? person.first() : tokens.size();
            final List<ActorCandidate> sofar = out;
            RoleLinker.Link link = roles.read(tokens, r, i -> byFirst[i] != null ? byFirst[i] : antecedent(tokens, i, sofar),
                    limit);
            if (person == null) {
                person = personBefore(tokens, r.first(), out);
            }
            if (person != null) {
                ActorCandidate p = person;
                Optional<String> role = p.role().isPresent() && link.role().kind() == ActorRole.Kind.TITLE
                        ? p.role() : Optional.of(link.label());
                Optional<Actor> org = link.organization().isPresent() ? link.organization() : p.organization();
                int first = Math.min(p.first(), link.first());
                boolean adjacent = p.first() > link.first();
                ActorCandidate merged = adjacent
                        ? new ActorCandidate(first, p.last(), tokens.get(link.first()).begin(), p.end(),
                                text.substring(tokens.get(link.first()).begin(), p.end()), p.actor(), "person", role, org,
                                ActorCandidate.PERSON)
                        : new ActorCandidate(p.first(), p.last(), p.begin(), p.end(), p.text(), p.actor(), "person",
                                role, org, ActorCandidate.PERSON);
                replace(out, p, merged, adjacent ? link.first() : -1, adjacent ? p.first() - 1 : -1);
                byFirst[merged.first()] = merged;
                continue;
            }
            Optional<Actor> holder = roles.holder(link, date);
            if (holder.isPresent()) {
                int begin = tokens.get(link.first()).begin();
                int end = tokens.get(link.last()).end();
                ActorCandidate office = new ActorCandidate(link.first(), link.last(), begin, end,
                        text.substring(begin, end), holder.get(), "office", Optional.of(link.label()),
                        link.organization(), ActorCandidate.PERSON);
                replace(out, null, office, link.first(), link.last());
            }
        }
        List<ActorCandidate> done = new ArrayList<>();
        for (ActorCandidate c : out) {
            if (c.actor().type() == ActorType.PERSON && c.role().isEmpty()) {
                Optional<Actor> org = c.actor().parent().flatMap(dict::byId);
                c = new ActorCandidate(c.first(), c.last(), c.begin(), c.end(), c.text(), c.actor(),
                        c.how().equals("name") ? "person" : c.how(), c.actor().role(), org, c.precedence());
            }
            done.add(c);
        }
        done.sort(Comparator.comparingInt(ActorCandidate::first));
        return done;
    }

    /** For an anaphor at token {@code i} («المرصد»), the last earlier candidate it fits. */
    private static ActorCandidate antecedent(List<Token> tokens, int i, List<ActorCandidate> cands) {
        Optional<String> head = Coreference.anaphor(tokens.get(i));
        if (head.isEmpty() || Coreference.isSpokesman(head.get())) {
            return null;
        }
        ActorCandidate best = null;
        for (ActorCandidate c : cands) {
            if (c.last() < i && c.antecedent() && Coreference.fits(head.get(), c.actor())
                    && (best == null || c.last() > best.last())) {
                best = c;
            }
        }
        return best == null ? null : new ActorCandidate(i, i, tokens.get(i).begin(), tokens.get(i).end(), "",
                best.actor(), "coreference", Optional.empty(), Optional.empty(), ActorCandidate.COREFERENCE);
    }

    private static ActorCandidate personAfter(List<Token> tokens, int roleLast, ActorCandidate[] byFirst) {
        int j = roleLast + 1;
        int limit = Math.min(tokens.size(), roleLast + 14);
        while (j < limit) {
            ActorCandidate c = byFirst[j];
            if (c != null && c.actor().type() == ActorType.PERSON) {
                return c;
            }
            Token t = tokens.get(j);
            if (t.kind() == Token.Kind.PUNCT && !DictionaryNames.isQuote(t) && !t.norm().equals("\u060C")) {
                return null;
            }
            j++;
        }
        return null;
    }

    private static ActorCandidate personBefore(List<Token> tokens, int roleFirst, List<ActorCandidate> out) {
        int j = roleFirst - 1;
        while (j >= 0 && (DictionaryNames.isQuote(tokens.get(j)) || tokens.get(j).norm().equals("\u060C"))) {
            j--;
        }
        for (ActorCandidate c : out) {
            if (c.last() == j && c.actor().type() == ActorType.PERSON && c.organization().isEmpty()) {
                return c;
            }
        }
        return null;
    }

    /** Replaces {@code old} by {@code now} and drops other candidates inside tokens {@code from..to}. */
    private static void replace(List<ActorCandidate> out, ActorCandidate old, ActorCandidate now, int from, int to) {
        out.removeIf(c -> c == old || (from >= 0 && c.first() >= from && c.last() <= to)
                || (c.first() >= now.first() && c.last() <= now.last() && c != now));
        out.add(now);
    }

    /** Rule 7: anaphors resolved to the last fitting actor before them. */
    private List<ActorCandidate> coreference(String text, List<Token> tokens, List<ActorCandidate> kept) {
        boolean[] used = new boolean[tokens.size()];
        for (ActorCandidate c : kept) {
            for (int i = c.first(); i <= c.last(); i++) {
                used[i] = true;
            }
        }
        List<ActorCandidate> out = new ArrayList<>(kept);
        int k = 0;
        List<ActorCandidate> seen = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            while (k < kept.size() && kept.get(k).last() < i) {
                if (kept.get(k).antecedent()) {
                    seen.add(kept.get(k));
                }
                k++;
            }
            if (used[i]) {
                continue;
            }
            Optional<String> head = Coreference.anaphor(tokens.get(i));
            if (head.isEmpty() || followedByBism(tokens, i)) {
                continue;
            }
            ActorCandidate target = null;
            for (int s = seen.size() - 1; s >= 0 && target == null; s--) {
                ActorCandidate c = seen.get(s);
                if (Coreference.isSpokesman(head.get())) {
                    if (c.actor().type() == ActorType.PERSON && c.role().map(r -> r.startsWith("spokes")).orElse(false)) {
                        target = c;
                    }
                } else if (Coreference.fits(head.get(), c.actor())) {
                    target = c;
                }
            }
            if (target == null) {
                continue;
            }
            org.marsad.recognize.actor.Surface.Span sp = org.marsad.recognize.actor.Surface.of(text, tokens, i, i,
                    head.get());
            ActorCandidate c = new ActorCandidate(i, i, sp.begin(), sp.end(), sp.text(), target.actor(), "coreference",
                    target.role(), target.organization(), ActorCandidate.COREFERENCE);
            out.add(c);
            seen.add(c);
        }
        out.sort(Comparator.comparingInt(ActorCandidate::first));
        return out;
    }

    private static boolean followedByBism(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("\u0628\u0627\u0633\u0645");
    }

    private static int[] sentenceIndex(List<Token> tokens, List<Sentence> sentences) {
        int[] out = new int[tokens.size()];
        int s = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (s + 1 < sentences.size() && tokens.get(i).begin() >= sentences.get(s).end()) {
                s++;
            }
            out[i] = s;
        }
        return out;
    }

    /** The first token ending after {@code offset}, or -1. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < tokens.size() ? lo : -1;
    }

    /** The last token beginning before {@code offset}, or -1. */
    private static int tokenBefore(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static Set<String> fold(String... words) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(ArabicNormalizer.fold(w));
        }
        return Set.copyOf(out);
    }
}
