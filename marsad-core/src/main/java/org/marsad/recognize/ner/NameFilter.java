package org.marsad.recognize.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.document.EntityType;
import org.marsad.document.Token;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.knowledge.TriggerLexicon;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * Decides which of the model's entities the pipeline keeps: the model is there to add names the
 * dictionaries do not know, so anything that is not plainly an unknown name goes. An entity over
 * tokens of one sentence is dropped when, in order:
 * <ol>
 *   <li>its confidence ({@link NerSpan#confidence}) is below the minimum;</li>
 *   <li>it is a known name, or part of one: it lies inside (or crosses) a match of the gazetteer's
 *       place names or of the actor dictionary's names; the dictionary finders decide there, with
 *       the right type and the context rules the model lacks («الحسكة» is a place, not an
 *       organization);</li>
 *   <li>one of its words is a month or weekday name («أيار», «الأحد») or an event trigger
 *       («استهدف», «قصف»): a name does not contain them, the model has glued words together;</li>
 *   <li>it is one word that is a common word listed in {@code places/ambiguous-names.txt}
 *       («البلدة», «ليل»);</li>
 *   <li>it is one word carrying the article («الشارع», «الأكراد»): names the dictionaries lack are
 *       mostly foreign or rare names, which take no article, while single words with the article
 *       are mostly common nouns, demonyms and surnames cut from their first name;</li>
 *   <li>one of its words ends in a plural nisba ending ({@code يون يين}: «معارضون سوريون»), or it
 *       is one word ending in the feminine one ({@code ية}: «كردية»): an adjective or a people, not
 *       a name (the masculine {@code ي} ends too many names, «علي», «مجدي», to count);</li>
 *   <li>it has fewer than three letters;</li>
 *   <li>it is one cue word of the recognizer's lists ({@code lists/cues.txt}: titles, organization
 *       and place head nouns, reporting verbs: «ريف», «منظمة»);</li>
 *   <li>it is a head noun followed only by adjectives of relation: an organization or place cue,
 *       then words ending in {@code ي}/{@code ية} («منظمة إرهابية», «المنظمة الدولية»), a
 *       description rather than a name;</li>
 *   <li>it is a PERSON whose first word carries the article («الجيب التركي»): a person's name
 *       starts with a given name or a kunya, not with a definite noun.</li>
 * </ol>
 * {@link #proclitic} tells the finder which conjunction or preposition to leave out of a kept
 * entity's text.
 * Immutable and thread-safe; {@link #standard()} loads the lexicons once.
 */
public final class NameFilter {
    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';
    private static final char YEH = '\u064A';
    private static final char WAW = '\u0648';
    private static final char NOON = '\u0646';
    private static final char HEH = '\u0647';
    private static final char FEH = '\u0641';
    private static final char BEH = '\u0628';
    private static final char KAF = '\u0643';
    private static final String ARTICLE = "" + ALEF + LAM;

    /** Words in the longest known name worth looking back for. */
    private static final int LONGEST_NAME = 12;

    private final double minConfidence;
    private final PhraseMatcher<?> places;
    private final PhraseMatcher<?> actors;
    private final PhraseMatcher<?> triggers;
    private final Set<String> timeWords;
    private final Set<String> commonWords;
    /** Cue words by type (TITLE, ORGCUE, LOCCUE, SAY, NAMEPART), folded, without the article. */
    private final java.util.Map<String, Set<String>> cues;
    private final ActorDictionary actorDictionary;

    NameFilter(double minConfidence, PhraseMatcher<?> places, PhraseMatcher<?> actors, PhraseMatcher<?> triggers,
               Set<String> timeWords, Set<String> commonWords, java.util.Map<String, Set<String>> cues,
               ActorDictionary actorDictionary) {
        this.minConfidence = minConfidence;
        this.places = places;
        this.actors = actors;
        this.triggers = triggers;
        this.timeWords = Set.copyOf(timeWords);
        this.commonWords = Set.copyOf(commonWords);
        this.cues = java.util.Map.copyOf(cues);
        this.actorDictionary = actorDictionary;
    }

    private static final class Standard {
        static final NameFilter INSTANCE = load(0);
    }

    /**
     * The filter over the project's gazetteer, actor dictionary, triggers and word lists, with no
     * minimum confidence (the scale is the model's: see {@link NerModel#minConfidence()}).
     */
    public static NameFilter standard() {
        return Standard.INSTANCE;
    }

    /** The standard lexicons with another minimum confidence. */
    public NameFilter withMinConfidence(double min) {
        return new NameFilter(min, places, actors, triggers, timeWords, commonWords, cues, actorDictionary);
    }

    private static NameFilter load(double min) {
        Set<String> time = new HashSet<>();
        for (String f : List.of("time/months.txt", "time/weekdays.txt")) {
            for (String w : ResourceFiles.words(f)) {
                String folded = ArabicNormalizer.fold(w);
                time.add(folded);
                time.add(org.marsad.text.Clitics.stripArticle(folded));
            }
        }
        Set<String> common = new HashSet<>();
        for (String w : ResourceFiles.words("places/ambiguous-names.txt")) {
            common.add(ArabicNormalizer.fold(w));
        }
        java.util.Map<String, Set<String>> cues = new java.util.HashMap<>();
        for (Gazetteer.Entry e : ReferenceLists.builtIn()) {
            if (e.phrase().indexOf(' ') < 0) {
                cues.computeIfAbsent(e.type(), k -> new HashSet<>())
                        .add(org.marsad.text.Clitics.stripArticle(ArabicNormalizer.fold(e.phrase())));
            }
        }
        cues.replaceAll((k, v) -> Set.copyOf(v));
        ActorDictionary actors = ActorDictionary.standard();
        return new NameFilter(min, org.marsad.knowledge.Gazetteer.standard().names(), actors.forms(),
                TriggerLexicon.standard().matcher(), time, common, cues, actors);
    }

    /**
     * Whether the entity over {@code tokens[from, to)} of a sentence is kept (see the class comment).
     *
     * @param sentence the sentence's tokens
     */
    public boolean keeps(List<Token> sentence, int from, int to, EntityType type, double confidence) {
        if (confidence < minConfidence) {
            return false;
        }
        if (known(places, sentence, from, to) || known(actors, sentence, from, to)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = sentence.get(i);
            for (String s : t.stems()) {
                if (timeWords.contains(s)) {
                    return false;
                }
            }
            if (timeWords.contains(t.norm())) {
                return false;
            }
        }
        if (!triggers.findAll(sentence, from, to).isEmpty()) {
            return false;
        }
        int letters = 0;
        for (int i = from; i < to; i++) {
            Token t = sentence.get(i);
            letters += letters(t.norm());
            if (isPluralNisba(t.norm())) {
                return false;
            }
        }
        if (letters < 3) {
            return false;
        }
        if (to - from == 1) {
            Token t = sentence.get(from);
            String key = t.stems().isEmpty() ? t.norm() : t.stems().get(t.stems().size() - 1);
            if (commonWords.contains(key) || commonWords.contains(t.norm()) || t.stems().stream().anyMatch(commonWords::contains)) {
                return false;
            }
            if (hasArticle(t) || isFeminineNisba(key)) {
                return false;
            }
            if (isCue(t, "TITLE", "ORGCUE", "LOCCUE", "SAY", "NAMEPART")) {
                return false;
            }
        }
        if (to - from >= 2 && isCue(sentence.get(from), "ORGCUE", "LOCCUE")) {
            boolean description = true;
            for (int i = from + 1; i < to && description; i++) {
                String n = org.marsad.text.Clitics.stripArticle(sentence.get(i).norm());
                description = n.length() >= 4 && (n.charAt(n.length() - 1) == YEH || isFeminineNisba(n));
            }
            if (description) {
                return false;
            }
        }
        if (type == EntityType.PERSON && hasArticle(sentence.get(from))) {
            return false;
        }
        return true;
    }

    private boolean isCue(Token t, String... types) {
        for (String type : types) {
            Set<String> words = cues.getOrDefault(type, Set.of());
            if (words.contains(org.marsad.text.Clitics.stripArticle(t.norm()))) {
                return true;
            }
            for (String s : t.stems()) {
                if (words.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many letters at the front of an entity's first word are a clitic to leave out of its
     * text: a conjunction {@code و} before a given name or a kunya («ومحمد» → «محمد», «وأبو» →
     * «أبو»), or before any first word of a PERSON that is not itself a given name («وغانم» →
     * «غانم», but «وليد» stays); a preposition {@code ل}/{@code ب} before an organization head
     * noun («لمنظمة» → «منظمة»); otherwise 0. (The article case, «والعراق», is the finder's own rule.)
     */
    public int proclitic(Token first, EntityType type) {
        String n = first.norm();
        if (first.kind() != Token.Kind.WORD || n.length() < 4) {
            return 0;
        }
        char c = n.charAt(0);
        String rest = n.substring(1);
        if (c == WAW && !actorDictionary.isGivenName(n)
                && (type == EntityType.PERSON || actorDictionary.isGivenName(rest)
                    || cues.getOrDefault("NAMEPART", Set.of()).contains(rest))) {
            return 1;
        }
        if ((c == LAM || c == BEH) && cues.getOrDefault("ORGCUE", Set.of()).contains(rest)) {
            return 1;
        }
        return 0;
    }

    private static boolean known(PhraseMatcher<?> m, List<Token> sentence, int from, int to) {
        // a known name that overlaps the entity starts at most a name's length before it
        for (PhraseMatcher.Match<?> x : m.findAll(sentence, Math.max(0, from - LONGEST_NAME), to)) {
            int a = x.first();
            int b = x.last() + 1;
            if (b <= from || a >= to) {
                continue;
            }
            boolean inside = a <= from && to <= b;
            boolean contains = from <= a && b <= to && (from < a || b < to);
            if (inside || !contains) {
                return true;
            }
        }
        return false;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The token's word carries the article, after any conjunction or preposition («والشارع», «للبلدة»). */
    static boolean hasArticle(Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        String w = t.norm();
        int i = 0;
        if (w.length() > 4 && (w.charAt(0) == WAW || w.charAt(0) == FEH)) {
            i = 1;
        }
        if (w.length() > i + 3 && (w.charAt(i) == BEH || w.charAt(i) == KAF || w.charAt(i) == LAM)) {
            if (w.charAt(i) == LAM && w.charAt(i + 1) == LAM || w.startsWith(ARTICLE, i + 1)) {
                return true;
            }
        }
        return w.startsWith(ARTICLE, i) && w.length() - i > 3;
    }

    /** Ends like a feminine adjective of relation: {@code يه} (ية folded), at least four letters. */
    static boolean isFeminineNisba(String w) {
        int n = w.length();
        return n >= 4 && w.charAt(n - 1) == HEH && w.charAt(n - 2) == YEH;
    }

    /** Ends like a plural adjective of relation: {@code يون}, {@code يين}, at least five letters. */
    static boolean isPluralNisba(String w) {
        int n = w.length();
        return n >= 5 && w.charAt(n - 1) == NOON && (w.charAt(n - 2) == WAW || w.charAt(n - 2) == YEH)
                && w.charAt(n - 3) == YEH;
    }
}
