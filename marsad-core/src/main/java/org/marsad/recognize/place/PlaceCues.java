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

    private final Map<String, List<Cue>> cues;

    private PlaceCues(Map<String, List<Cue>> cues) {
        this.cues = cues;
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
            String value = f[2].strip();
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
     * One table for the cue words and the first words of gazetteer names, so that each stem of each
     * token is looked up once: an entry for a name's first word holds the name matcher's node for it,
     * from which {@link Marks#nameStartNode(int)} lets the scanner walk on without a second lookup.
     * Immutable and thread-safe.
     */
    public final class Index {
        /**
         * The first words of names, to their matcher nodes, and the cue words, to their cues: two flat
         * tables rather than one hash map, since most documents' words miss the caches (see
         * {@link KeyTable}) and a first word is looked up only where a name may begin.
         */
        private final KeyTable<PhraseMatcher.Node<PlaceName>> startTable;
        private final KeyTable<List<Cue>> cueTable;
        /** Asked before the tables: most words are neither a cue nor the start of a name. */
        private final org.marsad.text.KeyFilter startFilter;
        private final org.marsad.text.KeyFilter cueFilter;
        private final PhraseMatcher<PlaceName> names;

        private Index(PhraseMatcher<PlaceName> names) {
            Map<String, PhraseMatcher.Node<PlaceName>> nameStarts = names.starts();
            this.names = names;
            this.startTable = KeyTable.of(nameStarts);
            this.cueTable = KeyTable.of(cues);
            this.startFilter = org.marsad.text.KeyFilter.of(nameStarts.keySet());
            this.cueFilter = org.marsad.text.KeyFilter.of(cues.keySet());
        }

        /** The marks of a token sequence. */
        public Marks marks(List<Token> tokens) {
            return new Marks(tokens, this);
        }
    }

    /** An index over the cue words and the first words of a name matcher's names ({@link PhraseMatcher#starts()}). */
    public Index index(PhraseMatcher<PlaceName> names) {
        return new Index(names);
    }

    /** Cue words per token index; see {@link #marks(List)}. */
    public final class Marks {
        private final List<Token> tokens;
        private final Cue[][] found;
        private final String[] stems;
        private final boolean[] starts;
        /** Per token, bit {@code r.ordinal()} set when it has a cue of role {@code r}: asked before {@link #found}. */
        private final int[] roles;
        /** For a word with exactly one stem that begins names: that stem and its node. */
        private final String[] startKeys;
        private final Object[] startNodes;

        private Marks(List<Token> tokens, Index index) {
            this.tokens = tokens;
            int n = tokens.size();
            this.found = new Cue[n][];
            this.stems = new String[n];
            this.starts = new boolean[n];
            this.roles = new int[n];
            this.startKeys = new String[n];
            this.startNodes = new Object[n];
            // the keys' hashes in flat arrays, usually built by an earlier dictionary pass over the same
            // tokens: a word none of whose keys passes the filter is skipped without visiting it
            TokenKeys keys = TokenKeys.of(tokens);
            for (int i = 0; i < n; i++) {
                if (keys != null && !passes(keys, i, index)) {
                    continue;
                }
                Token t = tokens.get(i);
                if (t.kind() == Token.Kind.NUMBER) {
                    starts[i] = index.startFilter.mightContain(t.norm()) && index.startTable.get(t.norm()) != null;
                    continue;
                }
                if (t.kind() != Token.Kind.WORD) {
                    continue;
                }
                List<Cue> hits = null;
                List<String> st = t.stems();
                int startStems = 0;
                for (int k = 0; k < st.size(); k++) {
                    String key = st.get(k);
                    PhraseMatcher.Node<PlaceName> start = null;
                    List<Cue> cs = null;
                    if (keys != null) {
                        // a name's first word is looked up only where the next word may go on with it
                        // (or it is a name alone): many such words («على», «أن») begin no name there
                        int h = keys.keyHash(keys.keysFrom(i) + k);
                        if (index.startFilter.mightContain(h) && index.names.mayMatchFrom(tokens, keys, i, h)) {
                            start = index.startTable.get(key);
                        }
                        if (index.cueFilter.mightContain(h)) {
                            cs = index.cueTable.get(key);
                        }
                    } else {
                        start = index.startFilter.mightContain(key) ? index.startTable.get(key) : null;
                        cs = index.cueFilter.mightContain(key) ? index.cueTable.get(key) : null;
                    }
                    if (start != null) {
                        starts[i] = true;
                        if (startStems++ == 0) {
                            startKeys[i] = key;
                            startNodes[i] = start;
                        } else {
                            startKeys[i] = null; // several stems begin names: the scanner asks the matcher
                            startNodes[i] = null;
                        }
                    }
                    if (cs == null) {
                        continue;
                    }
                    boolean art = hasArticle(t, key);
                    for (Cue c : cs) {
                        if (c.article() == art || (c.designator() != null && c.designator().article())) {
                            if (hits == null) {
                                hits = new ArrayList<>(2);
                                stems[i] = key;
                            }
                            hits.add(c);
                            roles[i] |= 1 << c.role().ordinal();
                        }
                    }
                }
                if (hits != null) {
                    found[i] = hits.toArray(new Cue[0]);
                }
            }
        }

        /**
         * True when some key of token {@code i} may be a name start or a cue word (the small cue
         * filter is asked second: the name starts' one is asked again for the same hash, its line then
         * in the caches).
         */
        private static boolean passes(TokenKeys keys, int i, Index index) {
            for (int q = keys.keysFrom(i), e = keys.keysFrom(i + 1); q < e; q++) {
                int h = keys.keyHash(q);
                if (index.startFilter.mightContain(h) || index.cueFilter.mightContain(h)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * When word {@code i} has exactly one stem that begins gazetteer names, the name matcher's
         * node for it (see {@link PhraseMatcher#matchFrom}); else null.
         */
        @SuppressWarnings("unchecked")
        public PhraseMatcher.Node<PlaceName> nameStartNode(int i) {
            return (PhraseMatcher.Node<PlaceName>) startNodes[i];
        }

        /** The stem of {@link #nameStartNode(int)}. */
        public String nameStartKey(int i) {
            return startKeys[i];
        }

        private Cue get(int i, Role role) {
            if ((roles[i] & (1 << role.ordinal())) == 0) {
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
            return (roles[i] & (1 << role.ordinal())) != 0;
        }

        /** True when a gazetteer name may begin at token {@code i}. */
        public boolean nameStart(int i) {
            return starts[i];
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
            return Optional.ofNullable(stems[i]);
        }

        /** True for any cue word but heads and media words: such a word never begins an unknown name. */
        public boolean isFunctional(int i) {
            return (roles[i] & ~((1 << Role.HEAD.ordinal()) | (1 << Role.MEDIA.ordinal()))) != 0;
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
