package org.marsad.recognize.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.document.Token;
import org.marsad.knowledge.KnowledgeException;
import org.marsad.knowledge.PlaceKind;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;

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

    private record Cue(String word, boolean article, Role role, String value, Designator designator) {
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
                    Direction.valueOf(value);
                } catch (IllegalArgumentException e) {
                    throw l.error("unknown direction '" + value + "'");
                }
            }
            map.computeIfAbsent(key, k -> new ArrayList<>(2)).add(new Cue(folded, article, role, value, d));
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
        if (!n.endsWith(key) || n.length() == key.length()) {
            return false;
        }
        String prefix = n.substring(0, n.length() - key.length());
        return prefix.endsWith("\u0627\u0644") || prefix.endsWith("\u0644\u0644");
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
        return new Marks(tokens);
    }

    /** Cue words per token index; see {@link #marks(List)}. */
    public final class Marks {
        private final List<Token> tokens;
        private final Cue[][] found;
        private final String[] stems;

        private Marks(List<Token> tokens) {
            this.tokens = tokens;
            this.found = new Cue[tokens.size()][];
            this.stems = new String[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.kind() != Token.Kind.WORD) {
                    continue;
                }
                List<Cue> hits = null;
                for (String st : t.stems()) {
                    List<Cue> list = cues.get(st);
                    if (list == null) {
                        continue;
                    }
                    boolean art = hasArticle(t, st);
                    for (Cue c : list) {
                        if (c.article() == art || (c.designator() != null && c.designator().article())) {
                            if (hits == null) {
                                hits = new ArrayList<>(2);
                                stems[i] = st;
                            }
                            hits.add(c);
                        }
                    }
                }
                if (hits != null) {
                    found[i] = hits.toArray(new Cue[0]);
                }
            }
        }

        private Cue get(int i, Role role) {
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
            return get(i, role) != null;
        }

        public Optional<Designator> designator(int i) {
            Cue c = get(i, Role.DESIGNATOR);
            return c == null ? Optional.empty() : Optional.of(c.designator());
        }

        public Optional<Direction> direction(int i) {
            Cue c = get(i, Role.DIRECTION);
            return c == null ? Optional.empty() : Optional.of(Direction.valueOf(c.value()));
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
            Cue[] f = found[i];
            if (f != null) {
                for (Cue c : f) {
                    if (c.role() != Role.HEAD && c.role() != Role.MEDIA) {
                        return true;
                    }
                }
            }
            return false;
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
        return find(t, Role.DIRECTION).map(c -> Direction.valueOf(c.value()));
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
