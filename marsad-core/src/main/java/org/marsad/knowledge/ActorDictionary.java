package org.marsad.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * The actor dictionary: states, forces, groups, outlets and persons with their Arabic names, plus
 * the generic agents, roles and offices that complete them. Everything is data under
 * {@code marsad/knowledge/actors/} and {@code marsad/knowledge/roles/} (see docs/ACTORS.md);
 * adding an actor or an alias needs no code change.
 *
 * <p>Immutable and thread-safe once loaded; {@link #standard()} loads the bundled data once.
 * Composed actors ({@link #compose}) are created on demand and cached in a concurrent map.
 */
public final class ActorDictionary {
    private static final String ACTORS = "actors/";
    private static final String ROLES = "roles/";

    private final Map<String, Actor> byId;
    private final Map<String, Actor> byName;
    private final PhraseMatcher<ActorName> forms;
    private final PhraseMatcher<Actor> names;
    private final Map<String, ActorCountry> countries;
    private final Map<String, ActorCountry> countryOfState;
    private final PhraseMatcher<ActorCountry.Form> countryForms;
    private final Map<String, ActorAgent> agents;
    private final PhraseMatcher<ActorAgent.Form> agentForms;
    private final Map<String, Actor> agentActors;
    private final PhraseMatcher<ActorRole.Form> roleForms;
    private final Map<String, List<ActorTerm>> offices;
    private final Map<String, List<ActorTerm>> codes;
    private final Map<String, List<ActorTerm>> officesOf;
    private final Map<String, Set<String>> scope;
    private final Map<String, Set<String>> blockNext;
    private final Set<String> givenNames;
    private final int nameForms;
    private final Map<String, Actor> composed = new ConcurrentHashMap<>();

    private ActorDictionary(Builder b) {
        this.byId = Collections.unmodifiableMap(b.byId);
        this.byName = Collections.unmodifiableMap(b.byName);
        this.forms = b.forms.build();
        this.names = b.names.build();
        this.countries = Collections.unmodifiableMap(b.countries);
        this.countryOfState = Collections.unmodifiableMap(b.countryOfState);
        this.countryForms = b.countryForms.build();
        this.agents = Collections.unmodifiableMap(b.agents);
        this.agentForms = b.agentForms.build();
        this.agentActors = Collections.unmodifiableMap(b.agentActors);
        this.roleForms = b.roleForms.build();
        this.offices = freeze(b.offices);
        this.codes = freeze(b.codes);
        this.officesOf = freeze(b.officesOf);
        this.scope = Collections.unmodifiableMap(b.scope);
        this.blockNext = Collections.unmodifiableMap(b.blockNext);
        this.givenNames = Set.copyOf(b.givenNames);
        this.nameForms = b.nameForms;
    }

    private static final class Holder {
        static final ActorDictionary STANDARD = load();
    }

    /** The bundled dictionary (plus any override directory in {@code marsad.knowledge}), loaded once. */
    public static ActorDictionary standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads the dictionary afresh from the knowledge files: {@code actors/countries.jsonl}, the files
     * that {@code actors/files.txt} lists, an optional {@code actors/local.jsonl}, and
     * {@code roles/agents.jsonl}, {@code roles/roles.jsonl}, {@code roles/given-names.txt}.
     *
     * @throws KnowledgeException naming the file and line of malformed data
     */
    public static ActorDictionary load() {
        Builder b = new Builder();
        for (ResourceFiles.Line l : ResourceFiles.lines(ACTORS + "countries.jsonl")) {
            b.country(l);
        }
        for (String file : ResourceFiles.words(ACTORS + "files.txt")) {
            for (ResourceFiles.Line l : ResourceFiles.lines(ACTORS + file)) {
                b.actor(ActorDictionaryReader.actor(l), l);
            }
        }
        if (ResourceFiles.exists(ACTORS + "local.jsonl")) {
            for (ResourceFiles.Line l : ResourceFiles.lines(ACTORS + "local.jsonl")) {
                b.actor(ActorDictionaryReader.actor(l), l);
            }
        }
        for (ResourceFiles.Line l : ResourceFiles.lines(ROLES + "agents.jsonl")) {
            b.agent(l);
        }
        for (ResourceFiles.Line l : ResourceFiles.lines(ROLES + "roles.jsonl")) {
            b.role(l);
        }
        for (String w : ResourceFiles.words(ROLES + "given-names.txt")) {
            if (!w.contains(" ")) {
                b.givenNames.add(ArabicNormalizer.fold(w));
            }
        }
        b.link();
        return new ActorDictionary(b);
    }

    // ---- look-ups ---------------------------------------------------------------------------

    public Optional<Actor> byId(String id) {
        Actor a = byId.get(id);
        if (a == null && id.startsWith("agent:")) {
            a = composed.get(id);
        }
        return Optional.ofNullable(a);
    }

    /** By canonical English name or alias, compared the way gold files compare names. */
    public Optional<Actor> byName(String canonicalEnglish) {
        return Optional.ofNullable(byName.get(nameKey(canonicalEnglish)));
    }

    /** All Arabic forms (names, gentilic forms, ambiguous names), one trie. */
    public PhraseMatcher<ActorName> forms() {
        return forms;
    }

    /** The Arabic names that are named entities, without the ambiguous ones. */
    public PhraseMatcher<Actor> names() {
        return names;
    }

    /** The state actor of a country. */
    public Optional<Actor> state(String iso2) {
        ActorCountry c = countries.get(iso2.toUpperCase(Locale.ROOT));
        return c == null ? Optional.empty() : Optional.of(c.state());
    }

    public Optional<ActorCountry> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** The country whose state actor this is. */
    public Optional<ActorCountry> countryOfState(Actor state) {
        return Optional.ofNullable(countryOfState.get(state.id()));
    }

    /** Country names, adjectives («التركي»), capitals and demonyms. */
    public PhraseMatcher<ActorCountry.Form> countryForms() {
        return countryForms;
    }

    public PhraseMatcher<ActorAgent.Form> agentForms() {
        return agentForms;
    }

    public Optional<ActorAgent> agent(String key) {
        return Optional.ofNullable(agents.get(key));
    }

    public PhraseMatcher<ActorRole.Form> roleForms() {
        return roleForms;
    }

    /** The first name words that tell where a person's name begins (folded). */
    public boolean isGivenName(String foldedWord) {
        return givenNames.contains(foldedWord);
    }

    /** Countries where an actor operates: its own country and its declared scope. */
    public Set<String> scope(Actor a) {
        Set<String> s = scope.get(a.id());
        if (s != null) {
            return s;
        }
        return a.country().map(Set::of).orElse(Set.of());
    }

    /** True when {@code foldedNextWord} after a mention of {@code a} makes it a common noun («القاعدة الجوية»). */
    public boolean blocksNext(Actor a, String foldedNextWord) {
        Set<String> s = blockNext.get(a.id());
        return s != null && s.contains(foldedNextWord);
    }

    /** The holder of an office ({@code TR:prime-minister}, {@code un:secretary-general}) on a date. */
    public Optional<Actor> holder(String officeKey, LocalDate date) {
        for (ActorTerm t : offices.getOrDefault(officeKey, List.of())) {
            if (t.holdsOn(date)) {
                return byId(t.holder());
            }
        }
        return Optional.empty();
    }

    /** All holders an office has had, in file order. */
    public List<ActorTerm> terms(String officeKey) {
        return offices.getOrDefault(officeKey, List.of());
    }

    /** The office terms of a person. */
    public List<ActorTerm> officesOf(Actor person) {
        return officesOf.getOrDefault(person.id(), List.of());
    }

    /** The CAMEO code that held for an actor on a date: a dated code if one holds, else its main code. */
    public Optional<String> cameoOn(Actor a, Optional<LocalDate> date) {
        List<ActorTerm> cs = codes.getOrDefault(a.id(), List.of());
        if (date.isPresent()) {
            for (ActorTerm t : cs) {
                if (t.holdsOn(date.get())) {
                    return Optional.of(t.value());
                }
            }
        }
        return a.cameo();
    }

    /** The dated codes of an actor (UniversalPetrarch provenance). */
    public List<ActorTerm> codes(Actor a) {
        return codes.getOrDefault(a.id(), List.of());
    }

    /**
     * An agent completed by a country: the curated actor that answers {@code COUNTRY:key} if there
     * is one, the state when the agent falls back to it, else a composed actor (id
     * {@code agent:TR:police}, name "Turkish Police"). With no country, the generic actor
     * ({@code *:civilians}) or a composed one without a country.
     */
    public Actor compose(ActorAgent agent, Optional<ActorCountry> country) {
        String code = country.map(ActorCountry::iso2).orElse("*");
        Actor specific = agentActors.get(code + ":" + agent.key());
        if (specific != null) {
            return specific;
        }
        if (country.isPresent() && agent.stateFallback()) {
            return country.get().state();
        }
        String id = "agent:" + code + ":" + agent.key();
        return composed.computeIfAbsent(id, k -> {
            String name = country.map(agent::nameFor).orElse(agent.bareName());
            Optional<String> cameo = Optional.of(country.map(c -> c.state().cameo().orElse(c.iso2())).orElse("")
                    + agent.cameo());
            return new Actor(k, name, agent.type(), country.map(ActorCountry::iso2),
                    country.map(c -> c.state().id()), cameo, defaultInter(agent.type()), Optional.empty(),
                    List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "composed");
        });
    }

    /** Number of actors (not counting composed ones). */
    public int size() {
        return byId.size();
    }

    /** Number of Arabic forms (names, aliases and gentilic forms) over all actors and states. */
    public int nameFormCount() {
        return nameForms;
    }

    public java.util.Collection<Actor> actors() {
        return byId.values();
    }

    /** The key gold files compare names by: lower case, no leading al-/el-/the, no hyphens or spaces. */
    public static String nameKey(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        for (String p : new String[] {"al-", "el-", "the "}) {
            if (s.startsWith(p)) {
                s = s.substring(p.length());
                break;
            }
        }
        return s.replace("-", "").replace(" ", "").replace("'", "").replace("\u2019", "");
    }

    /** ACLED {@code inter} code a type implies when an entry gives none. */
    public static OptionalInt defaultInter(ActorType t) {
        return switch (t) {
            case STATE, GOVERNMENT, MILITARY, POLICE, SECURITY -> OptionalInt.of(1);
            case ARMED_GROUP -> OptionalInt.of(2);
            case PARTY -> OptionalInt.of(3);
            case PEOPLE, MEDIA, NGO -> OptionalInt.of(7);
            case IGO -> OptionalInt.of(8);
            case PERSON, OTHER -> OptionalInt.empty();
        };
    }

    /** The trie keys of a phrase ({@link PhraseMatcher#keys}, computed faster for plain Arabic). */
    public static List<String> keysOf(String phrase) {
        return keys(phrase);
    }

    /**
     * The trie keys of a phrase, as {@link PhraseMatcher#keys} computes them, with a fast path for
     * the common case of Arabic letters and spaces only (fold, split, drop the article).
     */
    static List<String> keys(String phrase) {
        String f = ArabicNormalizer.fold(phrase);
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= f.length(); i++) {
            char c = i < f.length() ? f.charAt(i) : ' ';
            if (c == ' ') {
                if (start >= 0) {
                    out.add(org.marsad.text.Clitics.stripArticle(f.substring(start, i)));
                    start = -1;
                }
            } else if (c >= '\u0621' && c <= '\u064A') {
                if (start < 0) {
                    start = i;
                }
            } else {
                return PhraseMatcher.keys(phrase);
            }
        }
        return out;
    }

    private static Map<String, List<ActorTerm>> freeze(Map<String, List<ActorTerm>> m) {
        Map<String, List<ActorTerm>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    // ---- building ---------------------------------------------------------------------------

    private static final class Builder {
        final Map<String, Actor> byId = new LinkedHashMap<>();
        final Map<String, Actor> byName = new HashMap<>();
        final PhraseMatcher.Builder<ActorName> forms = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        final PhraseMatcher.Builder<Actor> names = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        final Map<String, ActorCountry> countries = new LinkedHashMap<>();
        final Map<String, ActorCountry> countryOfState = new HashMap<>();
        final PhraseMatcher.Builder<ActorCountry.Form> countryForms = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        final Map<String, ActorAgent> agents = new LinkedHashMap<>();
        final PhraseMatcher.Builder<ActorAgent.Form> agentForms = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        final Map<String, Actor> agentActors = new HashMap<>();
        final Map<String, ResourceFiles.Line> agentLines = new HashMap<>();
        final Map<String, String> pendingAgentActors = new HashMap<>();
        final PhraseMatcher.Builder<ActorRole.Form> roleForms = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        final Map<String, List<ActorTerm>> offices = new HashMap<>();
        final Map<String, List<ActorTerm>> codes = new HashMap<>();
        final Map<String, List<ActorTerm>> officesOf = new HashMap<>();
        final Map<String, Set<String>> scope = new HashMap<>();
        final Map<String, Set<String>> blockNext = new HashMap<>();
        final Map<String, ResourceFiles.Line> lineOf = new HashMap<>();
        final Set<String> givenNames = new HashSet<>();
        int nameForms;

        void country(ResourceFiles.Line l) {
            JsonNode n = ActorDictionaryReader.parse(l);
            String iso2 = ActorDictionaryReader.required(l, n, "iso2").toUpperCase(Locale.ROOT);
            String name = ActorDictionaryReader.required(l, n, "name");
            String adj = ActorDictionaryReader.required(l, n, "adj");
            List<String> ar = ActorDictionaryReader.list(n, "ar");
            if (ar.isEmpty()) {
                throw l.error("a country needs Arabic names in 'ar'");
            }
            List<String> adjAr = ActorDictionaryReader.list(n, "adj_ar");
            List<String> capitals = ActorDictionaryReader.list(n, "capital_ar");
            List<String> people = ActorDictionaryReader.list(n, "people_ar");
            String id = "state:" + iso2.toLowerCase(Locale.ROOT);
            Actor state = new Actor(id, name, ActorType.STATE, Optional.of(iso2), Optional.empty(),
                    Optional.ofNullable(ActorDictionaryReader.text(n, "cameo")), OptionalInt.of(1),
                    Optional.ofNullable(ActorDictionaryReader.text(n, "wikidata")), ar,
                    List.of(adj + " government", adj + " state"), Optional.empty(), Optional.empty(),
                    Optional.empty(), l.resource());
            ActorCountry c = new ActorCountry(iso2, name, adj, state, ar, adjectiveForms(adjAr), capitals, people);
            if (countries.put(iso2, c) != null) {
                throw l.error("duplicate country " + iso2);
            }
            putActor(state, l);
            countryOfState.put(id, c);
            for (String s : ar) {
                List<String> keys = keys(s);
                countryForms.addKeys(keys, new ActorCountry.Form(c, ActorCountry.Kind.NAME));
                forms.addKeys(keys, new ActorName(state, s, ActorName.Kind.FORM));
                nameForms++;
            }
            for (String s : c.adjectives()) {
                countryForms.addKeys(keys(s), new ActorCountry.Form(c, ActorCountry.Kind.ADJECTIVE));
                nameForms++;
            }
            for (String s : capitals) {
                countryForms.addKeys(keys(s), new ActorCountry.Form(c, ActorCountry.Kind.CAPITAL));
                nameForms++;
            }
            for (String s : people) {
                countryForms.addKeys(keys(s), new ActorCountry.Form(c, ActorCountry.Kind.PEOPLE));
                nameForms++;
            }
        }

        /** Masculine stem «تركي» → تركي، تركية، تركيين، تركيون (the article is handled by the matcher). */
        static List<String> adjectiveForms(List<String> stems) {
            List<String> out = new ArrayList<>();
            for (String s : stems) {
                out.add(s);
                out.add(s + "\u0629");
                out.add(s + "\u064A\u0646");
                out.add(s + "\u0648\u0646");
            }
            return out;
        }

        void actor(ActorDictionaryReader.Entry e, ResourceFiles.Line l) {
            Actor a = e.actor();
            putActor(a, l);
            Set<List<String>> seen = new HashSet<>();
            for (String m : e.markedNames()) {
                ActorName n = ActorName.parse(a, m);
                List<String> keys = keys(n.form());
                forms.addKeys(keys, n);
                if (n.kind() == ActorName.Kind.NAME) {
                    names.addKeys(keys, a);
                }
                seen.add(keys);
                nameForms++;
            }
            if (a.type() == ActorType.PERSON) {
                for (String m : e.markedNames()) {
                    ActorName n = ActorName.parse(a, m);
                    if (n.kind() != ActorName.Kind.NAME) {
                        continue;
                    }
                    String surname = ActorUpetrarchConverter.surname(n.form().split(" "));
                    List<String> keys = surname == null ? List.of() : keys(surname);
                    if (surname != null && seen.add(keys)) {
                        forms.addKeys(keys, new ActorName(a, surname, ActorName.Kind.AMBIGUOUS));
                        nameForms++;
                    }
                }
            }
            if (!e.scope().isEmpty()) {
                Set<String> s = new HashSet<>(e.scope());
                a.country().ifPresent(s::add);
                scope.put(a.id(), Set.copyOf(s));
            }
            for (String k : e.agentKeys()) {
                pendingAgentActors.putIfAbsent(k.contains(":") ? upperCountry(k) : k, a.id());
            }
            for (ActorTerm t : e.offices()) {
                offices.computeIfAbsent(t.value(), k -> new ArrayList<>()).add(t);
                officesOf.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(t);
            }
            if (!e.codes().isEmpty()) {
                codes.computeIfAbsent(a.id(), k -> new ArrayList<>()).addAll(e.codes());
            }
            if (!e.blockNext().isEmpty()) {
                Set<String> s = new HashSet<>();
                for (String w : e.blockNext()) {
                    s.add(org.marsad.text.Clitics.stripArticle(ArabicNormalizer.fold(w)));
                }
                blockNext.put(a.id(), Set.copyOf(s));
            }
        }

        private static String upperCountry(String k) {
            int c = k.indexOf(':');
            return k.substring(0, c).toUpperCase(Locale.ROOT) + k.substring(c);
        }

        private void putActor(Actor a, ResourceFiles.Line l) {
            ResourceFiles.Line prev = lineOf.putIfAbsent(a.id(), l);
            if (prev != null) {
                throw l.error("duplicate actor id '" + a.id() + "' (first at " + prev.resource() + ":" + prev.number() + ")");
            }
            byId.put(a.id(), a);
            byName.putIfAbsent(nameKey(a.name()), a);
            for (String alias : a.aliases()) {
                byName.putIfAbsent(nameKey(alias), a);
            }
        }

        void agent(ResourceFiles.Line l) {
            JsonNode n = ActorDictionaryReader.parse(l);
            String key = ActorDictionaryReader.required(l, n, "key");
            ActorAgent.Entity entity;
            try {
                entity = ActorAgent.Entity.valueOf(ActorDictionaryReader.required(l, n, "entity").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw l.error("'entity' must be adj, always or never");
            }
            ActorType type;
            try {
                type = ActorType.parse(ActorDictionaryReader.required(l, n, "type"));
            } catch (IllegalArgumentException ex) {
                throw l.error(ex.getMessage());
            }
            String fallback = ActorDictionaryReader.text(n, "fallback");
            ActorAgent agent = new ActorAgent(key, ActorDictionaryReader.required(l, n, "name"), type, entity,
                    ActorDictionaryReader.bool(n, "context"), ActorDictionaryReader.bool(n, "members"),
                    "state".equals(fallback), ActorDictionaryReader.text(n, "cameo") == null ? ""
                    : ActorDictionaryReader.text(n, "cameo"));
            if (agents.put(key, agent) != null) {
                throw l.error("duplicate agent key '" + key + "'");
            }
            agentLines.put(key, l);
            for (String m : ActorDictionaryReader.list(n, "ar")) {
                boolean entityForm = !m.startsWith("~");
                String f = entityForm ? m : m.substring(1).strip();
                agentForms.addKeys(keys(f), new ActorAgent.Form(agent, f, entityForm));
            }
        }

        void role(ResourceFiles.Line l) {
            JsonNode n = ActorDictionaryReader.parse(l);
            ActorRole.Kind kind;
            try {
                kind = ActorRole.Kind.valueOf(ActorDictionaryReader.required(l, n, "kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw l.error("'kind' must be office, function or title");
            }
            ActorRole role = new ActorRole(ActorDictionaryReader.required(l, n, "key"),
                    ActorDictionaryReader.text(n, "en") == null ? "" : ActorDictionaryReader.text(n, "en"), kind,
                    Optional.ofNullable(ActorDictionaryReader.text(n, "takes")));
            for (String f : ActorDictionaryReader.list(n, "ar")) {
                roleForms.addKeys(keys(f), new ActorRole.Form(role, f));
            }
        }

        /** Resolves references between files once everything is read. */
        void link() {
            for (Map.Entry<String, String> e : pendingAgentActors.entrySet()) {
                String composition = e.getKey();
                String agentKey = composition.substring(composition.indexOf(':') + 1);
                if (!agents.containsKey(agentKey)) {
                    ResourceFiles.Line l = lineOf.get(e.getValue());
                    throw l.error("'agent' names unknown agent key '" + agentKey + "' (see roles/agents.jsonl)");
                }
                agentActors.put(composition, byId.get(e.getValue()));
            }
            for (Actor a : byId.values()) {
                if (a.parent().isPresent() && !byId.containsKey(a.parent().get())) {
                    ResourceFiles.Line l = lineOf.get(a.id());
                    throw l.error("parent '" + a.parent().get() + "' of '" + a.id() + "' is no actor id");
                }
            }
        }
    }
}
