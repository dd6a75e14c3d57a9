package org.marsad.recognize.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.Token;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorCountry;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.knowledge.ActorName;
import org.marsad.knowledge.ActorType;
import org.marsad.text.PhraseMatcher;

/**
 * Finds the actor dictionary's names in a token sequence and decides which survive. The rules:
 * <ol>
 *   <li>every name, gentilic form and ambiguous name is matched in one pass of the dictionary trie;</li>
 *   <li>an ambiguous name ({@code ?}) needs context: quotation marks or parentheses around it, a type
 *       noun before it (صحيفة، وكالة، قناة، تنظيم، جماعة ...), for a person the same person named in
 *       full elsewhere in the text or a role word before it, for others a country of the actor's scope
 *       named in the text;</li>
 *   <li>a name followed by a word its entry blocks is a common noun («القاعدة الجوية»);</li>
 *   <li>when a form names several actors, the choice goes to the one valid on the publication date,
 *       then to the one whose countries the text names most, then to curated over converted entries;</li>
 *   <li>overlapping matches: the longest wins, then the earliest.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class DictionaryNames {
    private static final Set<String> TYPE_NOUNS = Set.of("صحيفه", "جريده", "وكاله", "قناه", "موقع", "تنظيم",
            "جماعه", "حركه", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "منصه", "شبكه", "تلفزيون", "اذاعه", "مجله",
            "فصيل", "منظمه", "حزب", "تيار", "عمليه", "تطبيق", "حساب", "فضائيه", "يوميه", "وكالتا");

    private final ActorDictionary dict;

    public DictionaryNames(ActorDictionary dict) {
        this.dict = dict;
    }

    public ActorDictionary dictionary() {
        return dict;
    }

    /** How often each country is named in the text (names, adjectives, capitals, demonyms). */
    public Map<String, Integer> countries(List<Token> tokens) {
        Map<String, Integer> out = new HashMap<>();
        for (PhraseMatcher.Match<ActorCountry.Form> m : dict.countryForms().findAll(tokens)) {
            for (ActorCountry.Form f : m.values()) {
                out.merge(f.country().iso2(), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * The surviving name matches, sorted by position, not overlapping.
     *
     * @param withForms also keep gentilic and adjective forms ({@code ~}), which are no named entities
     */
    public List<NameMatch> find(String text, List<Token> tokens, Optional<LocalDate> date,
                                Map<String, Integer> countries, boolean withForms) {
        List<PhraseMatcher.Match<ActorName>> raw = dict.forms().findAll(tokens);
        Set<String> namedInFull = new HashSet<>();
        for (PhraseMatcher.Match<ActorName> m : raw) {
            for (ActorName n : m.values()) {
                if (n.kind() == ActorName.Kind.NAME && m.size() >= 2) {
                    namedInFull.add(n.actor().id());
                }
            }
        }
        List<NameMatch> candidates = new ArrayList<>();
        for (PhraseMatcher.Match<ActorName> m : raw) {
            Optional<ActorName> pick = choose(m, tokens, date, countries, namedInFull, withForms);
            if (pick.isEmpty()) {
                continue;
            }
            ActorName n = pick.get();
            Surface.Span s = Surface.of(text, tokens, m.first(), m.last(), Surface.firstKey(n.form()));
            candidates.add(new NameMatch(m.first(), m.last(), s.begin(), s.end(), s.text(), n.actor(), n.kind()));
        }
        candidates.sort(Comparator.comparingInt((NameMatch c) -> c.last() - c.first()).reversed()
                .thenComparingInt(NameMatch::first));
        List<NameMatch> kept = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        outer:
        for (NameMatch c : candidates) {
            for (int i = c.first(); i <= c.last(); i++) {
                if (used[i]) {
                    continue outer;
                }
            }
            for (int i = c.first(); i <= c.last(); i++) {
                used[i] = true;
            }
            kept.add(c);
        }
        kept.sort(Comparator.comparingInt(NameMatch::first));
        return kept;
    }

    private Optional<ActorName> choose(PhraseMatcher.Match<ActorName> m, List<Token> tokens, Optional<LocalDate> date,
                                       Map<String, Integer> countries, Set<String> namedInFull, boolean withForms) {
        ActorName best = null;
        int bestScore = Integer.MIN_VALUE;
        String next = nextWord(tokens, m.last());
        MatchContext ctx = null;
        for (ActorName n : m.values()) {
            Actor a = n.actor();
            if (n.kind() == ActorName.Kind.FORM && !withForms) {
                continue;
            }
            if (a.type() == ActorType.STATE && !withForms) {
                continue;
            }
            if (next != null && dict.blocksNext(a, next)) {
                continue;
            }
            if (n.kind() == ActorName.Kind.AMBIGUOUS) {
                if (ctx == null) {
                    ctx = new MatchContext(m, tokens);
                }
                if (!inContext(n, m, tokens, ctx, countries, namedInFull)) {
                    continue;
                }
            }
            if (m.size() == 1 && n.kind() != ActorName.Kind.FORM && !n.form().startsWith("\u0627\u0644")
                    && articleAdded(tokens.get(m.first()).norm(), m.firstKey())) {
                continue; // «الفساد المالي» is not Mali: a name written without the article never takes it
            }
            int score = 0;
            if (date.isPresent() && (a.validFrom().isPresent() || a.validTo().isPresent())) {
                score += a.validOn(date.get()) ? 100 : -100;
            }
            for (String c : dict.scope(a)) {
                score += Math.min(20, 4 * countries.getOrDefault(c, 0));
            }
            if (!a.source().startsWith("upetrarch")) {
                score += 10;
            }
            if (n.kind() == ActorName.Kind.NAME) {
                score += 5;
            }
            if (score > bestScore) {
                bestScore = score;
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * What the context of a match says, the same for every name the match carries: whether a
     * country's name is matched there, whether the match is quoted, the word before it and whether
     * that word is a type noun («تنظيم», «حركة») or ends a role. Worked out once per match, on the
     * first ambiguous name that asks.
     */
    private final class MatchContext {
        final boolean countryWord;
        final boolean quoted;
        final int before;
        final boolean typeNounBefore;
        private Boolean roleBefore;
        private final List<Token> tokens;

        MatchContext(PhraseMatcher.Match<ActorName> m, List<Token> tokens) {
            this.tokens = tokens;
            this.countryWord = !dict.countryForms().matchAt(tokens, m.first()).isEmpty();
            this.quoted = quoted(tokens, m.first(), m.last());
            int p = m.first() - 1;
            while (p >= 0 && tokens.get(p).kind() == Token.Kind.PUNCT && isQuote(tokens.get(p))) {
                p--;
            }
            this.before = p;
            boolean type = false;
            if (p >= 0 && tokens.get(p).kind() == Token.Kind.WORD) {
                for (String s : tokens.get(p).stems()) {
                    if (TYPE_NOUNS.contains(s)) {
                        type = true;
                        break;
                    }
                }
            }
            this.typeNounBefore = type;
        }

        boolean roleBefore() {
            if (roleBefore == null) {
                roleBefore = before >= 0 && endsRole(tokens, before);
            }
            return roleBefore;
        }
    }

    private boolean inContext(ActorName n, PhraseMatcher.Match<ActorName> m, List<Token> tokens, MatchContext ctx,
                              Map<String, Integer> countries, Set<String> namedInFull) {
        Actor a = n.actor();
        if (m.size() == 1 && n.form().startsWith("\u0627\u0644") && !definite(tokens.get(m.first()))) {
            return false;
        }
        boolean countryWord = ctx.countryWord;
        boolean curated = !a.source().startsWith("upetrarch");
        if (ctx.quoted && !countryWord) {
            return true;
        }
        if (ctx.typeNounBefore) {
            return true;
        }
        if (a.type() == ActorType.PERSON) {
            if (namedInFull.contains(a.id())) {
                return true;
            }
            return !countryWord && curated && ctx.roleBefore();
        }
        if (!curated || countryWord || a.type() == ActorType.MEDIA) {
            return false;
        }
        for (String c : dict.scope(a)) {
            if (countries.getOrDefault(c, 0) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The word is the matched key with the article added («المالي» for «مالي»), after any proclitic. */
    public static boolean articleAdded(String norm, String key) {
        int at = norm.length() - key.length() - 2; // where «ال» would begin
        return (at >= 0 && norm.endsWith(key) && norm.startsWith("\u0627\u0644", at)) || (norm.startsWith("\u0644\u0644") && norm.substring(2).equals(key))
                || (norm.length() > 3 && norm.substring(1).startsWith("\u0644\u0644") && norm.substring(3).equals(key));
    }

    /** The article, alone or after proclitics: ال وال فال بال كال لل وبال ولل فلل. */
    private static final String[] DEFINITE_PREFIXES = {"\u0627\u0644", "\u0648\u0627\u0644", "\u0641\u0627\u0644",
        "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644", "\u0648\u0628\u0627\u0644", "\u0648\u0644\u0644",
        "\u0641\u0644\u0644"};

    private static final String DEFINITE_FIRST_LETTERS = org.marsad.text.Letters.first(List.of(DEFINITE_PREFIXES));

    /** True when a word carries the article, possibly after proclitics («والتحالف», «للتحالف»). */
    public static boolean definite(Token t) {
        String n = t.norm();
        if (n.length() < 2 || DEFINITE_FIRST_LETTERS.indexOf(n.charAt(0)) < 0) {
            return false; // most words: no prefix begins with their first letter
        }
        for (String p : DEFINITE_PREFIXES) {
            if (n.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean endsRole(List<Token> tokens, int p) {
        int from = Math.max(0, p - 4);
        for (PhraseMatcher.Match<?> r : dict.roleForms().findAll(tokens, from, p + 1)) {
            if (r.last() == p) {
                return true;
            }
        }
        return false;
    }

    static boolean quoted(List<Token> tokens, int first, int last) {
        boolean before = first > 0 && isQuote(tokens.get(first - 1));
        boolean after = last + 1 < tokens.size() && isQuote(tokens.get(last + 1));
        return before && after;
    }

    public static boolean isQuote(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String s = t.norm();
        return s.equals("\"") || s.equals("(") || s.equals(")") || s.equals("'");
    }

    private static String nextWord(List<Token> tokens, int last) {
        int j = last + 1;
        while (j < tokens.size() && isQuote(tokens.get(j))) {
            j++;
        }
        if (j < tokens.size() && tokens.get(j).kind() == Token.Kind.WORD) {
            return tokens.get(j).key();
        }
        return null;
    }
}
