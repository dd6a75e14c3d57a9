package org.marsad.recognize.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.document.EntityType;
import org.marsad.document.Sentence;
import org.marsad.document.Token;
import org.marsad.knowledge.Gazetteer;
import org.marsad.knowledge.PlaceName;
import org.marsad.knowledge.PlaceNames;
import org.marsad.recognize.place.PlaceCues.Designator;
import org.marsad.recognize.place.PlaceCues.Direction;
import org.marsad.recognize.place.PlaceCues.Role;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * Finds place names in a token sequence and what the text says about them. The rules, in order:
 * <ol>
 *   <li><b>names</b>: every gazetteer name, clitics stripped (one pass of the name matcher), leftmost
 *       longest first; a word must carry the article exactly when the name does («الباب» is not
 *       «باب»), else the match is <i>weak</i>; no name begins an idiom of {@link PlaceIdioms}
 *       («مسقط رأس» is a birthplace, not Muscat);</li>
 *   <li><b>facilities</b>: a facility word before a place name or a quoted name makes a FACILITY
 *       mention («سجن الحسكة», «سجن «التسفيرات»», «دير مار إليان»);</li>
 *   <li><b>unknown names</b>: after a strong designator («قرية شنف», «ناحية المشيرفة») one word, two
 *       when the first is a head word («قرية أم حوش», «منطقة سبع البور»), unless it is a cue word,
 *       a number or an indefinite adjective; after a weak designator («منطقة مكيشيفة») only when a
 *       containing place, a direction or a list follows;</li>
 *   <li><b>designators</b>: the word before a name («محافظة نينوى», «العاصمة العراقية بغداد»);
 *       a plural designator («محافظتا إدلب وحلب») extends to the names listed with «و»;</li>
 *   <li><b>relative descriptors</b>: compass or proximity words before the name or its designator
 *       («شمال شرقي مدينة إدلب», «بالقرب من», «الى الشمال من»);</li>
 *   <li><b>containment</b>: after the name, an optional country adjective, comma or parenthesis, then
 *       «في», «ب»-, «داخل», «ضمن», «التابعة ل»-, «الواقعة في», «مركز», or a compass word (then the
 *       place after is a reference point), then a designator and the containing place
 *       («الفيصلية، في الموصل، مركز محافظة نينوى»);</li>
 *   <li><b>lists</b>: a name joined to the one before by «و» shares its designator and container;</li>
 *   <li><b>context</b>: a weak match is kept only after a designator; a name that is also a common
 *       word only with a designator, a facility word, a list with a kept place, or (four letters or
 *       more) a container; an unknown name with a strong designator, or a weak one plus a container,
 *       a descriptor or a list; an indefinite name ending in «ية» right after an indefinite word is an
 *       adjective («مقاتلة سورية»), and a name right after a number is a count of people («1452
 *       سوريًا»): both are dropped.</li>
 * </ol>
 * Mentions never cross a sentence-final mark. Immutable and thread-safe.
 */
public final class PlaceScanner {
    private static final int MAX_QUOTED = 6;
    private final Gazetteer gazetteer;
    private final PlaceCues cues;
    private final PlaceIdioms idioms;

    private final PlaceCues.Index index;
    /** Whether rule 1 passes over the common-word names of {@link #negligible} (always, but in tests). */
    private final boolean passOverCommonWords;

    public PlaceScanner(Gazetteer gazetteer, PlaceCues cues) {
        this(gazetteer, cues, true);
    }

    /** A scanner that builds a draft for every name when {@code passOverCommonWords} is false: for tests. */
    PlaceScanner(Gazetteer gazetteer, PlaceCues cues, boolean passOverCommonWords) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.idioms = PlaceIdioms.standard();
        this.index = cues.index(gazetteer.names());
        this.passOverCommonWords = passOverCommonWords;
    }

    public static PlaceScanner standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PlaceScanner STANDARD = new PlaceScanner(Gazetteer.standard(), PlaceCues.standard());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public PlaceCues cues() {
        return cues;
    }

    /** A candidate while the scanner builds it. */
    private static final class Draft {
        int first;
        int last;
        EntityType type = EntityType.LOCATION;
        PlaceNames names;
        boolean weak;
        Designator designator;
        Direction direction;
        int descriptorFirst = -1;
        Draft container;
        boolean containerRelative;
        Draft coordinatedWith;
        String country;
        Draft facilityOf;
        boolean accepted;
        boolean dropped;
        boolean facilityTarget;
        boolean hasFollower;
        int index = -1;
        /**
         * For a gazetteer name, the stem of its first word through which it matched: its names' first
         * key, read from the token's own string (in the caches) rather than from the gazetteer's.
         */
        String firstKey;

        Draft(int first, int last, List<PlaceName> names, boolean weak) {
            this.first = first;
            this.last = last;
            this.names = PlaceNames.of(names);
            this.weak = weak;
        }

        boolean needsContext() {
            return weak || names.isEmpty() || names.allNeedContext();
        }
    }

    /** The place candidates of a text's tokens taken as one sentence. */
    public List<PlaceCandidate> scan(String text, List<Token> tokens) {
        return scan(text, tokens, new boolean[tokens.size()]);
    }

    /**
     * The place candidates of a document's tokens, sorted by first token; no mention crosses a
     * sentence. A mention begins after the proclitics of its first word («والزهراء» gives «الزهراء»).
     */
    public List<PlaceCandidate> scan(String text, List<Token> tokens, List<Sentence> sentences) {
        boolean[] ends = new boolean[tokens.size()];
        int k = 0;
        for (Sentence s : sentences) {
            k = endingAfter(tokens, k, s.end());
            if (k > 0) {
                ends[k - 1] = true;
            }
        }
        return scan(text, tokens, ends);
    }

    /**
     * The first token from {@code from} on that ends after {@code offset} (the number of tokens when
     * none does): by bisection, since tokens are in order, so that finding the sentences' last tokens
     * reads a few tokens per sentence rather than all of them.
     */
    private static int endingAfter(List<Token> tokens, int from, int offset) {
        int lo = from;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<PlaceCandidate> scan(String text, List<Token> tokens, boolean[] ends) {
        int n = tokens.size();
        Draft[] at = new Draft[n];
        List<Draft> drafts = new ArrayList<>();
        PlaceCues.Marks m = index.marks(tokens);
        matchNames(m, tokens, ends, at, drafts);
        findFacilities(m, tokens, at, drafts);
        findUnknown(m, tokens, at, drafts);
        drafts.sort(Comparator.comparingInt(d -> d.first));
        for (Draft d : drafts) {
            if (d.type == EntityType.LOCATION) {
                designatorBefore(m, tokens, d);
            }
        }
        for (Draft d : drafts) {
            descriptorBefore(m, tokens, d);
            containerAfter(m, tokens, ends, at, d);
        }
        coordinate(tokens, drafts);
        accept(m, text, tokens, drafts);
        List<PlaceCandidate> out = new ArrayList<>(drafts.size());
        List<Draft> kept = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            if (d.accepted && !d.dropped) {
                kept.add(d);
            }
        }
        for (int k = 0; k < kept.size(); k++) {
            kept.get(k).index = k;
        }
        for (Draft d : kept) {
            out.add(new PlaceCandidate(d.first, d.last, begin(m, text, tokens.get(d.first), d), tokens.get(d.last).end(), d.type,
                    d.names, d.weak, Optional.ofNullable(d.designator), Optional.ofNullable(d.direction),
                    d.descriptorFirst, index(d.container), d.containerRelative, index(d.coordinatedWith),
                    Optional.ofNullable(d.country), index(d.facilityOf)));
        }
        return out;
    }

    private static int index(Draft d) {
        return d == null || !d.accepted || d.dropped ? -1 : d.index;
    }

    /** Where the mention begins in the original text: after the proclitics of its first word. */
    private int begin(PlaceCues.Marks m, String text, Token t, Draft d) {
        String key;
        if (!d.names.isEmpty()) {
            key = d.firstKey != null ? d.firstKey : d.names.firstKey();
        } else if (d.type == EntityType.FACILITY) {
            key = m.stem(d.first).orElse(t.norm());
        } else {
            key = startsWithWaw(t) ? t.stems().get(1) : t.norm();
            key = key.startsWith("\u0627\u0644") && key.length() > 3 ? key.substring(2) : key;
        }
        String n = t.norm();
        int pro = PlaceCues.procliticLength(t, key);
        int skip = pro > 0 && n.charAt(pro - 1) == '\u0644' && containsLamLam(n, key) ? 0 : pro;
        if (skip == 0 || skip >= n.length()) { // «للموصل»: the article's alef is elided, keep the word
            return t.begin();
        }
        int folded = 0;
        for (int i = t.begin(); i < t.end(); i++) {
            if (ArabicNormalizer.fold(text.charAt(i)) != 0) {
                if (folded == skip) {
                    return i;
                }
                folded++;
            }
        }
        return t.begin();
    }

    /** {@code n.contains("لل" + key)}, without building the string. */
    private static boolean containsLamLam(String n, String key) {
        for (int s = 0, last = n.length() - key.length() - 2; s <= last; s++) {
            if (n.charAt(s) == '\u0644' && n.charAt(s + 1) == '\u0644' && n.startsWith(key, s + 2)) {
                return true;
            }
        }
        return false;
    }

    /** Rule 1: gazetteer names, leftmost longest, with the article check. */
    private void matchNames(PlaceCues.Marks m, List<Token> tokens, boolean[] ends, Draft[] at, List<Draft> drafts) {
        int i = 0;
        while (i < tokens.size()) {
            if (!m.nameStart(i) || tokens.get(i).kind() != Token.Kind.WORD
                    || (passOverCommonWords && m.commonStart(i) && negligible(m, tokens, i))) {
                i++;
                continue;
            }
            Draft best = null;
            // the marks looked the word up already: the matches from what they found
            List<PhraseMatcher.Match<PlaceName>> matches = m.nameMatches(i);
            for (PhraseMatcher.Match<PlaceName> match : matches) {
                Draft d = filter(tokens, match);
                if (d != null) {
                    d.firstKey = match.firstKey();
                }
                if (d != null && (best == null || d.last > best.last || (d.last == best.last && best.weak && !d.weak))) {
                    best = d;
                }
            }
            if (best == null || crossesSentence(ends, best.first, best.last) || notAName(m, tokens, best)) {
                i++;
                continue;
            }
            drafts.add(best);
            for (int k = best.first; k <= best.last; k++) {
                at[k] = best;
            }
            if (best.names.allFacility()) {
                best.type = EntityType.FACILITY;
            }
            i = best.last + 1;
        }
    }

    /** Cue roles of the word before a common-word name that may give it context or make it a container. */
    private static final int CONTEXT_BEFORE = PlaceCues.mask(Role.DESIGNATOR, Role.ADJECTIVE, Role.WITHIN, Role.SEAT,
            Role.DIRECTION, Role.NEAR, Role.HEAD, Role.FACILITY);

    /**
     * True when a name at word {@code i} whose names are all one-word names that need context and
     * no facility's ({@link PlaceCues.Marks#commonStart(int)}: «أنه», «الحكومة», a third of the
     * words where names begin in news) would neither be kept nor change another candidate, so that
     * rule 1 need not match it (issue 4). Such a draft is kept only with a designator, as a facility's name, or in a
     * list; it changes others only through the tokens it takes. All of these hold:
     * <ul>
     *   <li>the word is no country adjective (else it is a name even as a cue word), and begins
     *       neither with «و» (a list item) nor with «ب» (a container: «… بانه»);</li>
     *   <li>the word before is no designator, country adjective (with a designator before it:
     *       «العاصمة العراقية …»), facility word, head word (an unknown two-word name would take
     *       it), containment, seat, compass or proximity word (it would contain the name before
     *       it), and, when it is punctuation, no «(» is in the run of punctuation before the word
     *       (likewise);</li>
     *   <li>no quotation mark is within {@value #MAX_QUOTED} tokens before it (a facility's quoted
     *       name would take it);</li>
     *   <li>the word after does not begin with «و» (a list would follow from it).</li>
     * </ul>
     */
    private static boolean negligible(PlaceCues.Marks m, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (startsWithWaw(t) || startsWithBa(t) || m.adjectiveCountry(i).isPresent()) {
            return false;
        }
        if (i + 1 < tokens.size() && startsWithWaw(tokens.get(i + 1))) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - MAX_QUOTED; k--) {
            if (isQuote(tokens.get(k))) {
                return false;
            }
        }
        if (i == 0) {
            return true;
        }
        if (tokens.get(i - 1).kind() != Token.Kind.PUNCT) {
            return !m.isAny(i - 1, CONTEXT_BEFORE);
        }
        for (int k = i - 1; k >= 0 && tokens.get(k).kind() == Token.Kind.PUNCT; k--) {
            if (tokens.get(k).norm().equals("(")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A one-word match that is a cue word («جنوب», «مركز»), the head of a longer name the gazetteer
     * lacks («قرية خراب دليل»), or an outlet's name in quotes («لـ«الشرق الأوسط»»).
     */
    private boolean notAName(PlaceCues.Marks m, List<Token> tokens, Draft d) {
        if (idioms.startsAt(tokens, d.first)) {
            return true; // «مسقط رأس الرئيس»: birthplace, not Muscat
        }
        if (d.first == d.last) {
            if (m.isFunctional(d.first) && m.adjectiveCountry(d.first).isEmpty()) {
                return true;
            }
            if (m.is(d.first, Role.HEAD) && d.last + 1 < tokens.size()) {
                Token u = tokens.get(d.last + 1);
                if (u.kind() == Token.Kind.WORD && !m.isFunctional(d.last + 1) && !startsWithWaw(u)) {
                    return true;
                }
            }
        }
        int before = d.first - 1;
        if (before >= 1 && isQuote(tokens.get(before)) && d.last + 1 < tokens.size() && isQuote(tokens.get(d.last + 1))) {
            Token p = tokens.get(before - 1);
            return m.is(before - 1, Role.MEDIA) || (p.kind() == Token.Kind.WORD && p.norm().equals("\u0644"));
        }
        return false;
    }

    private static Draft filter(List<Token> tokens, PhraseMatcher.Match<PlaceName> match) {
        // the names at one node of the matcher share their keys: read the text's articles once (the
        // names first: they are likely out of the caches, the tokens not, and the two reads overlap)
        List<PlaceName> values = match.values();
        PlaceNames same = PlaceNames.of(values);
        int[] words = new int[match.size()];
        int w = 0;
        for (int k = match.first(); k <= match.last(); k++) {
            if (tokens.get(k).kind() != Token.Kind.PUNCT) {
                if (w == words.length) {
                    break;
                }
                words[w++] = k;
            }
        }
        if (same.words() >= 0) { // one length and one article mask for all: all strong or all weak
            if (same.words() != w) {
                return new Draft(match.first(), match.last(), same, true);
            }
            int art = articles(tokens, words, w, same);
            return new Draft(match.first(), match.last(), same, (same.articleMask() & ((1 << w) - 1)) != art);
        }
        int art = !values.isEmpty() && values.get(0).words() == w ? articles(tokens, words, w, values.get(0).keys()) : 0;
        PlaceNames shaped = same.withShape(w, art); // the gazetteer keeps its mixed lists by shape
        if (shaped != null) {
            return !shaped.isEmpty() ? new Draft(match.first(), match.last(), shaped, false)
                    : values.isEmpty() ? null : new Draft(match.first(), match.last(), same, true);
        }
        int mask = (1 << w) - 1;
        List<PlaceName> strong = null;
        boolean allStrong = true;
        for (PlaceName name : values) {
            if (name.words() == w && (name.articleMask() & mask) == art) {
                if (strong == null) {
                    strong = new ArrayList<>(values.size());
                }
                strong.add(name);
            } else {
                allStrong = false;
            }
        }
        if (allStrong && strong != null) {
            strong = values;
        }
        if (strong == null) {
            strong = List.of();
        }
        if (!strong.isEmpty()) {
            return new Draft(match.first(), match.last(), strong, false);
        }
        return match.values().isEmpty() ? null : new Draft(match.first(), match.last(), match.values(), true);
    }

    /** Bit {@code i} set when word {@code words[i]} of the text carries the article, read as {@code keys[i]}. */
    private static int articles(List<Token> tokens, int[] words, int w, List<String> keys) {
        int art = 0;
        for (int i = 0; i < w; i++) {
            if (PlaceCues.hasArticle(tokens.get(words[i]), keys.get(i))) {
                art |= 1 << i;
            }
        }
        return art;
    }

    /**
     * {@link #articles(List, int[], int, List)} for the names of one matcher node. Each word is read
     * through the token's own stem of the key's length: the matcher matched the key to one of the
     * word's stems, so when only one stem has that length it equals the key, and the token's string
     * is in the caches where the gazetteer's may not be. Otherwise (two stems of that length, or a
     * number, which matches by its form) the key itself is read.
     */
    private static int articles(List<Token> tokens, int[] words, int w, PlaceNames names) {
        int art = 0;
        for (int i = 0; i < w; i++) {
            Token t = tokens.get(words[i]);
            String key = stemOfLength(t, names.keyLength(i));
            if (PlaceCues.hasArticle(t, key != null ? key : names.get(0).keys().get(i))) {
                art |= 1 << i;
            }
        }
        return art;
    }

    /** The token's only stem of length {@code n}, or null when it has none or several. */
    private static String stemOfLength(Token t, int n) {
        String found = null;
        List<String> stems = t.stems();
        for (int k = 0; k < stems.size(); k++) {
            if (stems.get(k).length() == n) {
                if (found != null) {
                    return null;
                }
                found = stems.get(k);
            }
        }
        return found;
    }

    /** Rule 2: facility word + place name or quoted name. */
    private void findFacilities(PlaceCues.Marks m, List<Token> tokens, Draft[] at, List<Draft> drafts) {
        for (int i = m.nextMayDesignate(0); i + 1 < tokens.size(); i = m.nextMayDesignate(i + 1)) {
            if (at[i] != null || !m.is(i, Role.FACILITY)) {
                continue;
            }
            int j = i + 1;
            Token next = tokens.get(j);
            // «دير مار إليان»: a saint's name after a monastery or church
            if (next.kind() == Token.Kind.WORD && next.norm().equals("\u0645\u0627\u0631") && j + 1 < tokens.size()
                    && tokens.get(j + 1).kind() == Token.Kind.WORD) {
                Draft f = new Draft(i, j + 1, List.of(), false);
                f.type = EntityType.FACILITY;
                f.accepted = true;
                for (int k = j; k <= j + 1; k++) {
                    if (at[k] != null) {
                        at[k].dropped = true;
                    }
                }
                drafts.add(f);
                at[i] = f;
                at[j] = f;
                at[j + 1] = f;
                continue;
            }
            Draft place = at[j];
            if (place != null && place.first == j && place.type == EntityType.LOCATION && !place.needsContext()
                    && !startsWithPreposition(next)
                    && !place.names.allCountry()) {
                Draft f = new Draft(i, place.last, List.of(), false);
                f.type = EntityType.FACILITY;
                f.facilityOf = place;
                place.facilityTarget = true;
                f.accepted = true;
                drafts.add(f);
                at[i] = f;
                continue;
            }
            if (isQuote(next)) {
                int close = -1;
                for (int k = j + 1; k < tokens.size() && k <= j + MAX_QUOTED; k++) {
                    Token q = tokens.get(k);
                    if (isQuote(q)) {
                        close = k;
                        break;
                    }
                    if (q.kind() == Token.Kind.PUNCT) {
                        break;
                    }
                }
                if (close > j + 1) {
                    Draft f = new Draft(i, close, List.of(), false);
                    f.type = EntityType.FACILITY;
                    f.accepted = true;
                    drafts.add(f);
                    for (int k = i; k <= close; k++) {
                        if (at[k] == null) {
                            at[k] = f; // a known place inside the quotes stays a place of its own
                        } else {
                            at[k].facilityTarget = true;
                            f.facilityOf = f.facilityOf == null ? at[k] : f.facilityOf;
                        }
                    }
                }
                continue;
            }
        }
    }

    /** Rule 3: names the gazetteer lacks, after designators. */
    private void findUnknown(PlaceCues.Marks m, List<Token> tokens, Draft[] at, List<Draft> drafts) {
        for (int i = m.nextMayDesignate(0); i + 1 < tokens.size(); i = m.nextMayDesignate(i + 1)) {
            if (at[i] != null) {
                continue;
            }
            Optional<Designator> od = m.designator(i);
            if (od.isEmpty() || od.get().countryside()) {
                continue;
            }
            Designator des = od.get();
            int j = i + 1;
            Draft prev = null;
            while (j < tokens.size() && at[j] == null) {
                int end = unknownExtent(m, tokens, at, j, prev != null);
                if (end < 0) {
                    break;
                }
                Draft d = new Draft(j, end, List.of(), false);
                d.designator = des;
                if (prev != null) {
                    d.coordinatedWith = prev;
                    prev.hasFollower = true;
                }
                drafts.add(d);
                for (int k = j; k <= end; k++) {
                    at[k] = d;
                }
                prev = d;
                j = end + 1;
                if (!des.plural() || j >= tokens.size() || !startsWithWaw(tokens.get(j))) {
                    break;
                }
            }
        }
    }

    /** Last token of an unknown name starting at {@code j}, or -1 when the word cannot be a name. */
    private int unknownExtent(PlaceCues.Marks m, List<Token> tokens, Draft[] at, int j, boolean afterWaw) {
        Token t = tokens.get(j);
        if (t.kind() != Token.Kind.WORD || t.norm().length() < 2 || m.isFunctional(j)) {
            return -1;
        }
        if (afterWaw && !startsWithWaw(t)) {
            return -1;
        }
        String key = t.key();
        boolean definite = !key.equals(t.norm()) && PlaceCues.hasArticle(t, key);
        if (!definite && (key.endsWith("\u064A\u0647") || key.endsWith("\u064A\u0648\u0646")
                || key.endsWith("\u064A\u0646"))) {
            return -1; // indefinite nisba adjective or plural («حدودية», «مسلحين»)
        }
        if (key.endsWith("\u0627\u062A") || (!definite && key.length() >= 4
                && (key.charAt(0) == '\u064A' || key.charAt(0) == '\u062A'))) {
            return -1; // a plural («الجمعيات») or a verb («تقع», «يظل»)
        }
        String n = t.norm();
        if (n.endsWith("\u0647\u0627") || n.endsWith("\u0647\u0645") || n.endsWith("\u0647\u0646")
                || n.endsWith("\u0643\u0645")) {
            return -1; // a pronoun suffix («جنوبها», «سيطرتهم»)
        }
        if (m.is(j, Role.HEAD) && j + 1 < tokens.size() && at[j + 1] == null) {
            Token u = tokens.get(j + 1);
            if (u.kind() == Token.Kind.WORD && !m.isFunctional(j + 1) && !startsWithWaw(u)) {
                return j + 1;
            }
        }
        return j;
    }

    /** Rule 4: the designator before a name. */
    private void designatorBefore(PlaceCues.Marks m, List<Token> tokens, Draft d) {
        if (d.designator != null) {
            return;
        }
        int p = d.first - 1;
        if (p < 0) {
            return;
        }
        Optional<Designator> od = m.designator(p);
        if (od.isEmpty() && p >= 1 && m.adjectiveCountry(p).isPresent()) {
            Optional<Designator> cap = m.designator(p - 1); // «العاصمة العراقية بغداد»
            if (cap.isPresent() && cap.get().article()) {
                od = cap;
            }
        }
        if (od.isPresent() && (od.get().plural() || !startsWithWaw(tokens.get(d.first)))) {
            d.designator = od.get(); // «والعاصمة والبلاد»: a new item of a list, not the designated name
        }
    }

    /** Rule 5: compass and proximity words before the name (or its designator). */
    private void descriptorBefore(PlaceCues.Marks m, List<Token> tokens, Draft d) {
        int p = d.first - 1;
        if (d.type == EntityType.FACILITY) {
            return;
        }
        if (d.designator != null && p >= 0 && m.designator(p).isPresent()) {
            p--;
        } else if (d.designator != null && p >= 1 && m.adjectiveCountry(p).isPresent()) {
            p -= 2;
        }
        if (p < 0) {
            return;
        }
        Token t = tokens.get(p);
        if (t.kind() == Token.Kind.WORD && (t.norm().equals("\u0645\u0646") || t.norm().equals("\u0639\u0646"))
                && p >= 1) { // «الى الشمال من», «بالقرب من», «بعيدا عن»
            p--;
            t = tokens.get(p);
        }
        Optional<Direction> dir = m.direction(p);
        if (dir.isPresent()) {
            Direction dd = dir.get();
            int start = p;
            if (p >= 1) {
                Optional<Direction> before = m.direction(p - 1);
                if (before.isPresent()) {
                    dd = Direction.combine(before.get(), dd);
                    start = p - 1;
                }
            }
            d.direction = dd;
            d.descriptorFirst = start;
            return;
        }
        if (m.is(p, Role.NEAR)) {
            d.direction = Direction.NEAR;
            d.descriptorFirst = p;
        }
    }

    /** Rule 6: the place the text puts this one in. */
    private void containerAfter(PlaceCues.Marks m, List<Token> tokens, boolean[] ends, Draft[] at, Draft d) {
        int q = d.last + 1;
        int n = tokens.size();
        if (ends[d.last]) {
            return;
        }
        if (q < n) {
            Optional<String> adj = m.adjectiveCountry(q);
            if (adj.isPresent()) {
                d.country = adj.get();
                q++;
            }
        }
        boolean paren = false;
        while (q < n && tokens.get(q).kind() == Token.Kind.PUNCT) {
            String s = tokens.get(q).norm();
            if (s.equals("(")) {
                paren = true;
            } else if (!s.equals("\u060C") && !s.equals(",") && !isQuote(tokens.get(q))) {
                return;
            }
            q++;
        }
        if (q >= n) {
            return;
        }
        boolean cue = paren;
        boolean relative = false;
        Token t = tokens.get(q);
        if (m.is(q, Role.WITHIN) || m.is(q, Role.SEAT)) {
            cue = true;
            q++;
            if (q < n && m.is(q, Role.WITHIN)) {
                q++; // «التابعة في», «الواقعة في»
            }
        } else if (m.direction(q).isPresent() || m.is(q, Role.NEAR)) {
            relative = true;
            cue = true;
            q++;
            if (q < n && m.direction(q).isPresent()) {
                q++;
            }
        }
        if (q >= n) {
            return;
        }
        Token u = tokens.get(q);
        if (!cue) {
            // «بمدينة الحسكة», «بالحسكة»: the preposition ب on the designator or the name
            if (!startsWithBa(u)) {
                return;
            }
        }
        if (m.designator(q).isPresent() && q + 1 < n && at[q] == null) {
            q++;
        }
        Draft c = q < n ? at[q] : null;
        if (c != null && c != d && c.first == q && !crossesSentence(ends, d.last, c.first)) {
            d.container = c;
            d.containerRelative = relative;
        }
    }

    /** Rule 7: lists joined by «و». */
    private void coordinate(List<Token> tokens, List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft a = drafts.get(i - 1);
            Draft b = drafts.get(i);
            if (b.first != a.last + 1 || !startsWithWaw(tokens.get(b.first)) || a.type != b.type) {
                continue;
            }
            b.coordinatedWith = a;
            a.hasFollower = true;
            if (b.designator == null && a.designator != null && a.designator.plural()) {
                b.designator = a.designator;
            }
        }
        // containers flow backwards through a list: «البوشجل والملاحمة في محافظة الانبار»
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft b = drafts.get(i);
            Draft a = b.coordinatedWith;
            if (a != null && a.container == null && b.container != null) {
                a.container = b.container;
                a.containerRelative = b.containerRelative;
            }
        }
    }

    /** Rule 8: context for weak, common-word and unknown names; adjectives dropped. */
    private void accept(PlaceCues.Marks m, String text, List<Token> tokens, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type == EntityType.FACILITY) {
                d.accepted = true;
                continue;
            }
            if (isAdjective(m, text, tokens, d)) {
                d.dropped = true;
                continue;
            }
            if (d.first == d.last && d.first > 0 && tokens.get(d.first - 1).kind() == Token.Kind.NUMBER) {
                d.dropped = true; // «1452 سوريًا»: a number of people, not a place
                continue;
            }
            // neither a compass word («شمال غربي البلاد») nor a container («سيطر على المدينة في مارس»)
            // is enough for a common word
            boolean context = d.facilityTarget;
            if (d.designator != null) {
                context |= !d.names.isEmpty() || d.designator.strong();
            }
            if (d.names.isEmpty()) {
                context |= d.container != null || d.direction != null;
            }
            if (d.weak) {
                context = d.designator != null; // «قضاء بعاج»: only a designator licenses a dropped article
            }
            d.accepted = !d.needsContext() || context;
        }
        // lists: a name listed with a kept place is kept (in text order, both directions)
        for (int pass = 0; pass < 2; pass++) {
            for (Draft d : drafts) {
                Draft a = d.coordinatedWith;
                if (a == null || d.dropped || a.dropped || d.weak || a.weak) {
                    continue;
                }
                // a common word in a list needs the list to say where it is («نبّل والزهراء (في حلب)»)
                boolean located = d.container != null || a.container != null || d.designator != null
                        || a.designator != null;
                if (!d.accepted && a.accepted && (d.designator != null || (!d.names.isEmpty() && located))) {
                    d.accepted = true;
                } else if (!a.accepted && d.accepted && !a.names.isEmpty() && !d.names.isEmpty() && located) {
                    a.accepted = true;
                }
            }
        }
        // an unknown name under a weak designator needs more than the designator; so does one that
        // looks like a participle or a plural («مدينة متطورة», «قرى مدمرة»)
        for (Draft d : drafts) {
            boolean weakDesignator = d.designator != null
                    && (!d.designator.strong() || participle(tokens.get(d.first)));
            if (d.names.isEmpty() && d.type == EntityType.LOCATION && weakDesignator
                    && d.container == null && d.direction == null && d.coordinatedWith == null && !d.hasFollower) {
                d.accepted = false;
            }
            if (d.container != null && !d.container.accepted) {
                d.container = null;
            }
        }
    }

    /** An indefinite word of the shape م…ة or م…ين: more likely an adjective than a village. */
    private static boolean participle(Token t) {
        String k = t.key();
        return k.equals(t.norm()) && k.length() >= 5 && k.charAt(0) == '\u0645'
                && (k.endsWith("\u0647") || k.endsWith("\u064A\u0646") || k.endsWith("\u0648\u0646"));
    }

    /**
     * «مقاتلة سورية», «مدينة سورية»: an indefinite one-word name in «ية» right after an indefinite word
     * (for a country, even after a designator); «مبلغ مالي», «فساد مالي»: a country whose name ends in
     * «ي» right after an indefinite word, without a designator, is the masculine adjective («إلى مالي»,
     * «شمال مالي» stay places; a possessor, «لطلب زيمبابوي», is dropped too, wrongly); «مقاتلا سوريًا»: a name with tanween, which place names
     * never take; «العاصمة السورية»: a country adjective matched by dropping its article.
     */
    private boolean isAdjective(PlaceCues.Marks m, String text, List<Token> tokens, Draft d) {
        if (d.first != d.last || d.names.isEmpty()) {
            return false;
        }
        Token self = tokens.get(d.first);
        for (int i = self.begin(); i < self.end(); i++) {
            char ch = text.charAt(i);
            if (ch >= '\u064B' && ch <= '\u064D') {
                return true;
            }
        }
        if (d.weak && m.adjectiveCountry(d.first).isPresent()) {
            return true;
        }
        boolean country = d.names.allCountry();
        if (d.first == 0 || (d.designator != null && !country)) {
            return false;
        }
        Token t = tokens.get(d.first);
        String key = t.key();
        // «ية» names, or a country whose name ends in «ي» without a designator («مبلغ مالي», «فساد مالي»)
        boolean nisba = key.endsWith("\u064A\u0647") || (country && d.designator == null && key.endsWith("\u064A"));
        if (!key.equals(t.norm()) || !nisba) {
            return false;
        }
        Token p = tokens.get(d.first - 1);
        boolean designator = m.designator(d.first - 1).isPresent();
        if (p.kind() != Token.Kind.WORD || (m.isFunctional(d.first - 1) && !(country && designator))
                || p.norm().length() < 3) {
            return false;
        }
        return p.key().equals(p.norm()) || m.adjectiveCountry(d.first - 1).isPresent();
    }

    private static boolean crossesSentence(boolean[] ends, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ends[k]) {
                return true;
            }
        }
        return false;
    }

    static boolean isQuote(Token t) {
        return t.kind() == Token.Kind.PUNCT && (t.norm().equals("\"") || t.norm().equals("'"));
    }

    private static boolean startsWithWaw(Token t) {
        return t.kind() == Token.Kind.WORD && t.norm().length() > 2 && t.norm().charAt(0) == '\u0648'
                && t.stems().size() > 1;
    }

    /** «بجنوب», «لحلب», «كدمشق»: a preposition on the word (not a conjunction, not the article). */
    private static boolean startsWithPreposition(Token t) {
        if (t.kind() != Token.Kind.WORD || t.stems().size() < 2) {
            return false;
        }
        char c = t.norm().charAt(0);
        if (c == '\u0648' || c == '\u0641') {
            c = t.norm().length() > 1 ? t.norm().charAt(1) : c;
        }
        return (c == '\u0628' || c == '\u0643' || (c == '\u0644' && !t.norm().startsWith("\u0627\u0644")));
    }

    private static boolean startsWithBa(Token t) {
        if (t.kind() != Token.Kind.WORD || t.norm().length() < 3 || t.stems().size() < 2) {
            return false;
        }
        String n = t.norm();
        return n.charAt(0) == '\u0628' || (n.charAt(0) == '\u0648' && n.charAt(1) == '\u0628');
    }
}
