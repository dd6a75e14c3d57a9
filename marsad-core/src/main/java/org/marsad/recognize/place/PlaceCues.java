package org.marsad.recognize.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.document.Token;
import org.marsad.knowledge.KnowledgeException;
import org.marsad.knowledge.PlaceName;
import org.marsad.knowledge.PlaceKind;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.KeyTable;
import org.marsad.text.PhraseMatcher;
import org.marsad.text.TokenKeys;

/**
 * The words around place names, read from {@code places/cues.tsv}: designators («مدينة»,
 * «محافظة»), facility words («سجن», «مخيم»), compass and proximity words, containment words,
 * country adjectives, the first words of two-word names and words that end an unknown name.
 * A token matches a cue word when one of its clitic-stripped stems equals the word and it carries
 * the article exactly when the word does (see {@link #hasArticle(Token, String)}).
 *
 * <p>Immutable and thread-safe.
 */
public final class PlaceCues {
    /** What a cue word does. */
    public enum Role { DESIGNATOR, FACILITY, DIRECTION, NEAR, WITHIN, SEAT, ADJECTIVE, HEAD, STOP, MEDIA }

    /** Compass directions and proximity, for relative descriptors («شمال شرقي مدينة إدلب»). */
    public enum Direction {
        N, S, E, W, NE, NW, SE, SW, C, NEAR;

        static Direction combine(Direction a, Direction b) {
            if ((a == N || a == S) && (b == E || b == W)) {
                return valueOf(a.name() + b.name());
            }
            return a;
        }
    }

    /**
     * A word that introduces a place name.
     *
     * @param kind        the kind of place it names (REGION for «منطقة», ADMIN1 for «محافظة»)
     * @param plural      a plural or dual («محافظتا إدلب وحلب»): coordinated names share it
     * @param strong      the next word is a name even when the gazetteer lacks it («قرية شنف»)
     * @param article     the word may carry the article («العاصمة بغداد»)
     * @param countryside «ريف»: the countryside of the place named
     */
    public record Designator(String word, PlaceKind kind, boolean plural, boolean strong, boolean article,
                             boolean countryside) {
    }

    /** A cue word's entry; {@code direction} is {@code value} read as a direction, for DIRECTION cues. */
    private record Cue(String word, boolean article, Role role, String value, Designator designator,
                       Direction direction) {
    }

    /**
     * The cues of one key, split once by whether the token carries the article: which of them a
     * token has then takes one {@link PlaceCues#hasArticle} test and no list to build.
     *
     * @param withArticle    the cues a token has when it carries the article before this key
     * @param withoutArticle the cues it has otherwise
     * @param sameEitherWay  true when the article changes nothing: no need to look for it
     * @param rolesWithArticle    the role bits of {@code withArticle}, so that marking a token reads no cue
     * @param rolesWithoutArticle the role bits of {@code withoutArticle}
     */
    private record CueSet(Cue[] withArticle, Cue[] withoutArticle, boolean sameEitherWay, int rolesWithArticle,
                          int rolesWithoutArticle) {
        static CueSet of(List<Cue> cues) {
            Cue[] with = select(cues, true);
            Cue[] without = select(cues, false);
            return new CueSet(with, without, java.util.Arrays.equals(with, without), roles(with), roles(without));
        }

        private static Cue[] select(List<Cue> cues, boolean article) {
            return cues.stream().filter(c -> c.article() == article
                    || (c.designator() != null && c.designator().article())).toArray(Cue[]::new);
        }

        private static int roles(Cue[] cues) {
            int r = 0;
            for (Cue c : cues) {
                r |= 1 << c.role().ordinal();
            }
            return r;
        }

        Cue[] when(boolean article) {
            return article ? withArticle : withoutArticle;
        }

        /** The role bits of {@link #when(boolean)}. */
        int roles(boolean article) {
            return article ? rolesWithArticle : rolesWithoutArticle;
        }
    }

    private final Map<String, List<Cue>> cues;
    private final Map<String, CueSet> cueSets;

    private PlaceCues(Map<String, List<Cue>> cues) {
        this.cues = cues;
        Map<String, CueSet> sets = new HashMap<>();
        cues.forEach((k, v) -> sets.put(k, CueSet.of(v)));
        this.cueSets = Map.copyOf(sets);
    }

    private static final class Holder {
        static final PlaceCues STANDARD = load("places/cues.tsv");
    }

    public static PlaceCues standard() {
        return Holder.STANDARD;
    }

    static PlaceCues load(String resource) {
        Map<String, List<Cue>> map = new HashMap<>();
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            String[] f = l.fields();
            if (f.length < 3) {
                throw l.error("expected word, role and value separated by tabs");
            }
            String folded = ArabicNormalizer.fold(f[0].strip());
            String key = Clitics.stripArticle(folded);
            boolean article = !key.equals(folded);
            Role role;
            try {
                role = Role.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw l.error("unknown role '" + f[1].strip() + "'");
            }
            String value = f[2].strip().intern(); // a country code: the very string of the gazetteer's (Place)
            Designator d = null;
            Direction dir = null;
            if (role == Role.DESIGNATOR) {
                String[] opts = value.split(",");
                PlaceKind kind;
                try {
                    kind = PlaceKind.valueOf(opts[0].strip());
                } catch (IllegalArgumentException e) {
                    throw l.error("unknown place kind '" + opts[0] + "'");
                }
                List<String> o = List.of(opts);
                d = new Designator(folded, kind, o.contains("plural"), o.contains("strong"), o.contains("article"),
                        o.contains("countryside"));
            } else if (role == Role.DIRECTION) {
                try {
                    dir = Direction.valueOf(value);
                } catch (IllegalArgumentException e) {
                    throw l.error("unknown direction '" + value + "'");
                }
            }
            map.computeIfAbsent(key, k -> new ArrayList<>(2)).add(new Cue(folded, article, role, value, d, dir));
        }
        if (map.isEmpty()) {
            throw new KnowledgeException(resource + ": no cues");
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new PlaceCues(Map.copyOf(map));
    }

    /**
     * True when the token, read as {@code key} (one of its stems), carries the article: what was
     * stripped ends in «ال», or is «لل» (ل + ال with the alef elided).
     */
    public static boolean hasArticle(Token t, String key) {
        String n = t.norm();
        int p = n.length() - key.length();
        if (p < 2 || !n.endsWith(key)) {
            return false;
        }
        char a = n.charAt(p - 2);
        char b = n.charAt(p - 1);
        return b == '\u0644' && (a == '\u0627' || a == '\u0644');
    }

    /** True when the token has a proclitic before its stem {@code key} (و ف ب ل ك, not the article). */
    public static boolean hasProclitic(Token t, String key) {
        String n = t.norm();
        if (!n.endsWith(key)) {
            return false;
        }
        String prefix = n.substring(0, n.length() - key.length());
        if (prefix.endsWith("\u0627\u0644")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return !prefix.isEmpty();
    }

    /**
     * The length of {@link #proclitics(Token, String)}, without building the string (the scanner asks
     * for every candidate).
     */
    public static int procliticLength(Token t, String key) {
        String n = t.norm();
        if (!n.endsWith(key)) {
            return 0;
        }
        int p = n.length() - key.length();
        if (p >= 2 && n.charAt(p - 1) == '\u0644') {
            char a = n.charAt(p - 2);
            if (a == '\u0627') {
                return p - 2;
            }
            if (a == '\u0644') {
                return p - 1;
            }
        }
        return p;
    }

    /** The proclitics of the token before its stem {@code key}, without the article («وب» for «وبالحسكة»). */
    public static String proclitics(Token t, String key) {
        String n = t.norm();
        if (!n.endsWith(key)) {
            return "";
        }
        String prefix = n.substring(0, n.length() - key.length());
        if (prefix.endsWith("\u0627\u0644")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        } else if (prefix.endsWith("\u0644\u0644")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix;
    }

    /**
     * The cue words of every token of a sequence, looked up once: the scanner asks about the same
     * token many times. Not thread-safe; one per scan.
     */
    public Marks marks(List<Token> tokens) {
        return new Marks(tokens, new Index(PhraseMatcher.<PlaceName>builder(PhraseMatcher.Mode.STEMS).build()));
    }

    /**
     * The cue words and the first words of gazetteer names, looked up by a token's stems: an entry for
     * a name's first word holds the name matcher's node for it, from which
     * {@link Marks#nameMatches(int)} lets the scanner walk on without a second lookup.
     * Immutable and thread-safe.
     */
    public final class Index {
        /**
         * The first words of names, to their matcher nodes, and the cue words, to their cues: two flat
         * tables rather than one hash map, since most documents' words miss the caches (see
         * {@link KeyTable}) and a first word is looked up only where a name may begin.
         */
        private final KeyTable<Object> startTable;
        private final KeyTable<CueSet> cueTable;
        /** Asked before the tables: most words are neither a cue nor the start of a name. */
        private final org.marsad.text.KeyFilter startFilter;
        private final org.marsad.text.KeyFilter cueFilter;
        /**
         * The keys with a designator or facility cue: the two roles the scanner asks about at every
         * word, so that a word which fails this filter need not be looked at for them (see
         * {@link Marks}).
         */
        private final org.marsad.text.KeyFilter everywhereFilter;
        private final PhraseMatcher<PlaceName> names;

        private Index(PhraseMatcher<PlaceName> names) {
            this.names = names;
            // the matcher's node of each first word, or for a word no longer name goes on from, its
            // names themselves (a match then reads no node: one object fewer out of the caches); the
            // slot tagged for words that begin only one-word names needing context, which the scanner
            // may pass over without reading them (see Marks#commonStart)
            this.startTable = names.firstWords(n -> n.continues() ? n : n.values(),
                    n -> onlyCommonWords(n) ? COMMON : 0);
            this.cueTable = KeyTable.of(cueSets);
            this.startFilter = names.firstWordFilter();
            this.cueFilter = org.marsad.text.KeyFilter.of(cues.keySet());
            List<String> everywhere = new ArrayList<>();
            cues.forEach((k, v) -> {
                if (v.stream().anyMatch(c -> (EVERYWHERE & (1 << c.role().ordinal())) != 0)) {
                    everywhere.add(k);
                }
            });
            this.everywhereFilter = org.marsad.text.KeyFilter.of(everywhere);
        }

        /** The marks of a token sequence. */
        public Marks marks(List<Token> tokens) {
            return new Marks(tokens, this);
        }

        /**
         * True when a first word's node ends only one-word names, each of which needs context
         * ({@link PlaceName#needsContext()}) and none of which is a facility's.
         */
        private static boolean onlyCommonWords(PhraseMatcher.Node<PlaceName> n) {
            if (n.continues() || n.values().isEmpty()) {
                return false;
            }
            for (PlaceName name : n.values()) {
                if (!name.needsContext() || name.place().kind() == PlaceKind.FACILITY) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The tag of {@link Index#startTable} for a node of {@link Index#onlyCommonWords}. */
    private static final int COMMON = 1;

    /** The roles given, as a mask for {@link Marks#isAny(int, int)}. */
    public static int mask(Role... roles) {
        int m = 0;
        for (Role r : roles) {
            m |= 1 << r.ordinal();
        }
        return m;
    }

    /** The roles the scanner asks about at every word (rules 2 and 3), as a mask of role bits. */
    private static final int EVERYWHERE = (1 << Role.DESIGNATOR.ordinal()) | (1 << Role.FACILITY.ordinal());
    /** A token's role bits are known: its cues were looked up. */
    private static final int KNOWN = 1 << 31;
    /**
     * A token some key of which passes {@link Index#everywhereFilter} (its cues are then known), and
     * one where a gazetteer name may begin: kept in the same int as its role bits, so that the scanner's
     * questions about a token read one array (issue 4).
     */
    private static final int MAY_DESIGNATE = 1 << 30;
    private static final int NAME_START = 1 << 29;
    /** A token where names may begin, all of them one-word names of {@link Index#onlyCommonWords}. */
    private static final int COMMON_START = 1 << 28;
    /** While the marks are made: some key of the token passes the name-start filter. */
    private static final int MAY_START = 1 << 27;
    /** The bits of {@link Role}s. */
    private static final int ROLE_BITS = (1 << Role.values().length) - 1;
    /** The role bits of {@link Marks#isFunctional(int)}: all but heads and media words. */
    private static final int FUNCTIONAL = ROLE_BITS & ~((1 << Role.HEAD.ordinal()) | (1 << Role.MEDIA.ordinal()));

    /** An index over the cue words and the first words of a name matcher's names ({@link PhraseMatcher#firstWords}). */
    public Index index(PhraseMatcher<PlaceName> names) {
        return new Index(names);
    }

    /**
     * Cue words and name starts per token index; see {@link #marks(List)}. Where a name may begin is
     * worked out for all tokens at once; a token's cues when the scanner first asks about them, since
     * it asks about most roles only next to a place (issue 4: looking up the many cue words far
     * from any place, «في», «من», brought their tokens back into the caches for nothing). A token
     * whose keys fail {@link Index#everywhereFilter} is known to be no designator or facility word
     * without looking at it. Not thread-safe; one per scan.
     */
    public final class Marks {
        private final List<Token> tokens;
        private final Index index;
        private final TokenKeys keys;
        /** Per token, its cues (shared arrays of a {@link CueSet}; null for none). */
        private final Cue[][] found;
        private final String[] stems;
        /**
         * Per token, {@link #KNOWN} once its cues were looked up, and then bit {@code r.ordinal()} set
         * when it has a cue of role {@code r}: asked before {@link #found}; also {@link #NAME_START} and
         * {@link #MAY_DESIGNATE} (then its cues are known).
         */
        private final int[] roles;
        /** For a word with exactly one stem that begins names: that stem and its node. */
        private final String[] startKeys;
        private final Object[] startNodes;

        private Marks(List<Token> tokens, Index index) {
            this.tokens = tokens;
            this.index = index;
            int n = tokens.size();
            this.found = new Cue[n][];
            this.stems = new String[n];
            this.roles = new int[n];
            this.startKeys = new String[n];
            this.startNodes = new Object[n];
            // the keys' hashes in flat arrays, usually built by an earlier dictionary pass over the same
            // tokens: a word none of whose keys passes the filters is skipped without visiting it
            this.keys = TokenKeys.of(tokens);
            if (keys == null) {
                for (int i = 0; i < n; i++) {
                    roles[i] |= MAY_DESIGNATE;
                    lookUp(i);
                    nameStarts(i);
                }
                return;
            }
            // the filters first, in a loop of their own: their reads (of bit arrays mostly out of the
            // first-level cache) do not wait for the look-ups' misses
            for (int i = 0; i < n; i++) {
                int pass = keys.mayContain(i, index.startFilter, index.everywhereFilter);
                roles[i] = ((pass & 2) != 0 ? MAY_DESIGNATE : 0) | ((pass & 1) != 0 ? MAY_START : 0);
            }
            for (int i = 0; i < n; i++) {
                int r = roles[i];
                if (r == 0) {
                    continue;
                }
                if ((r & MAY_DESIGNATE) != 0) {
                    lookUp(i);
                }
                if ((r & MAY_START) != 0) {
                    roles[i] &= ~MAY_START;
                    nameStarts(i);
                }
            }
        }

        /**
         * Where names the scanner may keep begin at token {@code i}: {@link #NAME_START},
         * {@link #startKeys}, {@link #startNodes}. Only words begin names (the scanner's rule 1). A
         * one-word name is not looked for at a word that {@link #isFunctional(int) is a cue word}
         * other than a country adjective: the scanner drops such a match («أن», «على», «كان» are
         * also place names), so the word is looked up only where a longer name may go on from it.
         */
        private void nameStarts(int i) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD) {
                return;
            }
            List<String> st = t.stems();
            int startStems = 0;
            boolean common = true;
            for (int k = 0; k < st.size(); k++) {
                String key = st.get(k);
                Object start = null;
                int h;
                if (keys != null) {
                    // a name's first word is looked up only where the next word may go on with it
                    // (or it is a name alone and may stand alone here): many such words («على»,
                    // «أن») begin no name there
                    h = keys.keyHash(keys.keysFrom(i) + k);
                    if (index.startFilter.mightContain(h) && ((index.names.mayBeAlone(h) && mayStandAlone(i))
                            || index.names.mayContinueFrom(tokens, keys, i, h))) {
                        start = index.startTable.get(key, h);
                    }
                } else {
                    h = key.hashCode();
                    start = index.startFilter.mightContain(h) ? index.startTable.get(key, h) : null;
                }
                if (start != null) {
                    common &= index.startTable.tag(key, h) == COMMON;
                    roles[i] |= NAME_START;
                    if (startStems++ == 0) {
                        startKeys[i] = key;
                        startNodes[i] = start;
                    } else {
                        startKeys[i] = null; // several stems begin names: the scanner asks the matcher
                        startNodes[i] = null;
                    }
                }
            }
            if (common && startStems > 0) {
                roles[i] |= COMMON_START;
            }
        }

        /** False when token {@code i} is a cue word other than a country adjective (see {@link #nameStarts}). */
        private boolean mayStandAlone(int i) {
            int r = roles(i);
            return (r & FUNCTIONAL) == 0 || (r & (1 << Role.ADJECTIVE.ordinal())) != 0;
        }

        /** Looks the cues of token {@code i} up, once: {@link #found}, {@link #stems}, {@link #roles}. */
        private void lookUp(int i) {
            roles[i] |= KNOWN;
            if (keys != null) {
                // most words are no cue: their hashes say so without visiting the token
                boolean any = false;
                for (int q = keys.keysFrom(i), e = keys.keysFrom(i + 1); q < e && !any; q++) {
                    any = index.cueFilter.mightContain(keys.keyHash(q));
                }
                if (!any) {
                    return;
                }
            }
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD) {
                return;
            }
            List<String> st = t.stems();
            for (int k = 0; k < st.size(); k++) {
                String key = st.get(k);
                int h = keys != null ? keys.keyHash(keys.keysFrom(i) + k) : key.hashCode();
                CueSet cs = index.cueFilter.mightContain(h) ? index.cueTable.get(key, h) : null;
                if (cs != null) {
                    boolean article = cs.sameEitherWay() || hasArticle(t, key);
                    mark(i, key, cs.when(article), cs.roles(article));
                }
            }
        }

        /** The role bits of token {@code i}, its cues looked up if need be. */
        private int roles(int i) {
            int r = roles[i];
            if ((r & KNOWN) == 0) {
                lookUp(i);
                r = roles[i];
            }
            return r;
        }

        /** Adds the cues {@code hits}, of roles {@code hitRoles}, that token {@code i} has through its stem {@code key}. */
        private void mark(int i, String key, Cue[] hits, int hitRoles) {
            if (hits.length == 0) {
                return;
            }
            Cue[] before = found[i];
            if (before == null) {
                found[i] = hits;
                stems[i] = key;
            } else { // a second stem with cues (rare): a list of its own, the first stem's cues first
                Cue[] both = java.util.Arrays.copyOf(before, before.length + hits.length);
                System.arraycopy(hits, 0, both, before.length, hits.length);
                found[i] = both;
            }
            roles[i] |= hitRoles;
        }

        /**
         * The gazetteer names that begin at word {@code i} ({@link #nameStart(int)}), longest first, as
         * {@link PhraseMatcher#matchAt} gives them but for one-word matches at a word that
         * {@link #nameStarts} does not look up alone. When the word has exactly one stem that begins
         * names, from what the look-up found: the matcher's node, from which it walks on
         * ({@link PhraseMatcher#matchFrom}) unless the pair filter ({@link PhraseMatcher#mayContinueFrom})
         * says no longer name goes on with the next word (the node's own names then, without reading
         * its children), or, when no longer name begins with the stem, its names.
         */
        @SuppressWarnings("unchecked")
        public List<PhraseMatcher.Match<PlaceName>> nameMatches(int i) {
            Object start = startNodes[i];
            if (start == null) {
                return index.names.matchAt(tokens, i);
            }
            if (start instanceof PhraseMatcher.Node<?> node) {
                String key = startKeys[i];
                if (keys != null && !index.names.mayContinueFrom(tokens, keys, i, key.hashCode())) {
                    // no longer name goes on here (the pair filter says so from the hashes): the walk
                    // would find the word's own names alone, after reading the node's children
                    // (issue 4: most words that begin longer names, «العراق», «الشرق», end none here)
                    List<PlaceName> own = ((PhraseMatcher.Node<PlaceName>) node).values();
                    return own.isEmpty() ? List.of() : List.of(new PhraseMatcher.Match<>(i, i, own, false, key));
                }
                return index.names.matchFrom(tokens, i, key, (PhraseMatcher.Node<PlaceName>) node);
            }
            return List.of(new PhraseMatcher.Match<>(i, i, (List<PlaceName>) start, false, startKeys[i]));
        }

        private Cue get(int i, Role role) {
            if (!is(i, role)) {
                return null;
            }
            Cue[] f = found[i];
            if (f != null) {
                for (Cue c : f) {
                    if (c.role() == role) {
                        return c;
                    }
                }
            }
            return null;
        }

        public boolean is(int i, Role role) {
            int bit = 1 << role.ordinal();
            if ((bit & EVERYWHERE) != 0 && (roles[i] & MAY_DESIGNATE) == 0) {
                return false; // no key of the word has a cue of this role
            }
            return (roles(i) & bit) != 0;
        }

        /**
         * True when a gazetteer name that the scanner may keep may begin at token {@code i} (see
         * {@link #nameStarts(int)}: not a one-word name at a cue word).
         */
        public boolean nameStart(int i) {
            return (roles[i] & NAME_START) != 0;
        }

        /**
         * True when the names that may begin at word {@code i} ({@link #nameStart(int)}) are all
         * one-word names that need context ({@link PlaceName#needsContext()}) and none a facility's:
         * «أنه», «الحكومة», «التحالف». Known from the name-start table's slots, without reading the names.
         */
        public boolean commonStart(int i) {
            return (roles[i] & COMMON_START) != 0;
        }

        /**
         * The first token from {@code from} on that may be a designator or facility word (the number of
         * tokens when none may): {@link #is(int, Role)} is false for those roles at every token
         * between, so rules 2 and 3 visit only these.
         */
        public int nextMayDesignate(int from) {
            int i = from;
            while (i < roles.length && (roles[i] & MAY_DESIGNATE) == 0) {
                i++;
            }
            return i;
        }

        /** True when token {@code i} has a cue of some role of {@code mask} (see {@link PlaceCues#mask}). */
        public boolean isAny(int i, int mask) {
            return (roles(i) & mask) != 0;
        }

        public Optional<Designator> designator(int i) {
            Cue c = get(i, Role.DESIGNATOR);
            return c == null ? Optional.empty() : Optional.of(c.designator());
        }

        public Optional<Direction> direction(int i) {
            Cue c = get(i, Role.DIRECTION);
            return c == null ? Optional.empty() : Optional.of(c.direction());
        }

        public Optional<String> adjectiveCountry(int i) {
            Cue c = get(i, Role.ADJECTIVE);
            return c == null ? Optional.empty() : Optional.of(c.value());
        }

        /** The stem through which the token matched its first cue. */
        public Optional<String> stem(int i) {
            roles(i);
            return Optional.ofNullable(stems[i]);
        }

        /** True for any cue word but heads and media words: such a word never begins an unknown name. */
        public boolean isFunctional(int i) {
            return (roles(i) & FUNCTIONAL) != 0;
        }

        public Token token(int i) {
            return tokens.get(i);
        }
    }

    private Optional<Cue> find(Token t, Role role) {
        if (t.kind() != Token.Kind.WORD) {
            return Optional.empty();
        }
        for (String s : t.stems()) {
            List<Cue> list = cues.get(s);
            if (list == null) {
                continue;
            }
            boolean art = hasArticle(t, s);
            for (Cue c : list) {
                if (c.role() == role && (c.article() == art
                        || (c.designator() != null && c.designator().article()))) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** The stem through which the token matched a cue of this role, for proclitic checks. */
    public Optional<String> stem(Token t, Role role) {
        if (t.kind() != Token.Kind.WORD) {
            return Optional.empty();
        }
        for (String s : t.stems()) {
            List<Cue> list = cues.get(s);
            if (list != null && list.stream().anyMatch(c -> c.role() == role && c.article() == hasArticle(t, s))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public boolean is(Token t, Role role) {
        return find(t, role).isPresent();
    }

    public Optional<Designator> designator(Token t) {
        return find(t, Role.DESIGNATOR).map(Cue::designator);
    }

    public Optional<Direction> direction(Token t) {
        return find(t, Role.DIRECTION).map(Cue::direction);
    }

    /** The country of a country adjective («السورية» → SY). */
    public Optional<String> adjectiveCountry(Token t) {
        return find(t, Role.ADJECTIVE).map(Cue::value);
    }

    /** True for any cue word but heads and adjectives: such a word never begins an unknown name. */
    public boolean isFunctional(Token t) {
        for (Role r : new Role[] {Role.DESIGNATOR, Role.FACILITY, Role.DIRECTION, Role.NEAR, Role.WITHIN, Role.SEAT,
            Role.STOP, Role.ADJECTIVE}) {
            if (is(t, r)) {
                return true;
            }
        }
        return false;
    }
}
