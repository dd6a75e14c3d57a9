package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Sentence;
import org.marsad.document.Token;
import org.marsad.recognize.MentionFinder;

/**
 * Mentions found by the trained recognizer ({@link NerModel}), for {@code EntityStage} to merge
 * after the dictionaries. It tags the normalized forms of the {@link Layers#TOKENS} of each sentence
 * of {@link Layers#SENTENCES}, makes the article's entities consistent
 * ({@link NerModel#tagDocument}), and turns each entity into a {@link Mention}:
 * <ol>
 *   <li>offsets run from the first token's begin to the last token's end in the original text;</li>
 *   <li>punctuation at either edge of an entity is left out, and an entity of only punctuation
 *       is dropped;</li>
 *   <li>a conjunction ({@code و ف}) and/or a preposition ({@code ب ك ل}) written onto the first
 *       word in front of its article is left out: «والعراق» → «العراق», «وبالموصل» → «الموصل»,
 *       when at least four letters remain (so «بالي» stays whole); the model tags whole tokens,
 *       as ANERcorp does, but a mention names the entity without them; with a {@link NameFilter},
 *       also a conjunction before a given name or kunya and a preposition before an organization
 *       head noun ({@link NameFilter#proclitic}: «ومحمد» → «محمد», «لمنظمة» → «منظمة»);</li>
 *   <li>types map {@code PERS}→PERSON, {@code ORG}→ORGANIZATION, {@code LOC}→LOCATION,
 *       {@code MISC}→MISC; types not in the finder's set (by default MISC) are not emitted;</li>
 *   <li>the origin is {@code "model"}; canonical name and reference are left to the resolvers;</li>
 *   <li>with a {@link NameFilter} (as {@link #standard()} has), only the entities it keeps are
 *       emitted: unknown names, not known ones, common words or glued phrases.</li>
 * </ol>
 * Thread-safe (the model is).
 */
public final class NerMentionFinder implements MentionFinder {
    public static final String ORIGIN = "model";
    private static final Set<EntityType> DEFAULT_TYPES =
            Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

    private final NerModel model;
    private final Set<EntityType> types;
    private final Optional<NameFilter> filter;

    /** Every entity of these types, unfiltered. */
    public NerMentionFinder(NerModel model, Set<EntityType> types) {
        this(model, types, Optional.empty());
    }

    public NerMentionFinder(NerModel model, Set<EntityType> types, Optional<NameFilter> filter) {
        this.model = model;
        this.types = Set.copyOf(types);
        this.filter = filter;
    }

    /** The shipped model, emitting the PERSON, ORGANIZATION and LOCATION names that {@link NameFilter#standard()} keeps. */
    public static NerMentionFinder standard() {
        NerModel m = NerModel.standard();
        return new NerMentionFinder(m, DEFAULT_TYPES, Optional.of(NameFilter.standard().withMinConfidence(m.minConfidence())));
    }

    /** The shipped model, every PERSON, ORGANIZATION and LOCATION entity, unfiltered. */
    public static NerMentionFinder unfiltered() {
        return new NerMentionFinder(NerModel.standard(), DEFAULT_TYPES);
    }

    @Override
    public List<Mention> find(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<List<Token>> sentences = new ArrayList<>();
        List<String[]> norms = new ArrayList<>();
        int t = 0;
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            while (t < tokens.size() && tokens.get(t).begin() < s.begin()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).end() <= s.end()) {
                t++;
            }
            if (t > from) {
                List<Token> sentence = tokens.subList(from, t);
                String[] n = new String[sentence.size()];
                for (int i = 0; i < n.length; i++) {
                    n[i] = sentence.get(i).norm();
                }
                sentences.add(sentence);
                norms.add(n);
            }
        }
        List<List<NerSpan>> found = model.tagDocument(norms);
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            add(doc, sentences.get(k), found.get(k), out);
        }
        return out;
    }

    static final char WAW = '\u0648';
    static final char FEH = '\u0641';
    static final char BEH = '\u0628';
    static final char KAF = '\u0643';
    static final char LAM = '\u0644';
    static final char ALEF = '\u0627';

    /** How many characters of the token's text are a conjunction/preposition before its article (rule 3). */
    static int procliticLength(String text, Token token) {
        int i = token.begin();
        int end = token.end();
        int start = i;
        if (i < end && (text.charAt(i) == WAW || text.charAt(i) == FEH)) {
            i = skipMarks(text, i + 1, end);
        }
        if (i < end && (text.charAt(i) == BEH || text.charAt(i) == KAF || text.charAt(i) == LAM)) {
            i = skipMarks(text, i + 1, end);
        }
        if (i == start || i + 1 >= end || text.charAt(i) != ALEF || text.charAt(i + 1) != LAM) {
            return 0;
        }
        int letters = 0;
        for (int k = i; k < end; k++) {
            if (Character.isLetter(text.charAt(k))) {
                letters++;
            }
        }
        return letters >= 4 ? i - start : 0;
    }

    private static int skipMarks(String text, int i, int end) {
        while (i < end && text.charAt(i) >= '\u064B' && text.charAt(i) <= '\u065F') {
            i++;
        }
        return i;
    }

    private void add(Document doc, List<Token> sentence, List<NerSpan> entities, List<Mention> out) {
        for (NerSpan e : entities) {
            EntityType type = NerTypes.entityType(e.type());
            if (!types.contains(type)) {
                continue;
            }
            int a = e.start();
            int b = e.end();
            while (a < b && sentence.get(a).kind() == Token.Kind.PUNCT) {
                a++;
            }
            while (b > a && sentence.get(b - 1).kind() == Token.Kind.PUNCT) {
                b--;
            }
            if (a == b) {
                continue;
            }
            if (filter.isPresent() && !filter.get().keeps(sentence, a, b, type, e.confidence())) {
                continue;
            }
            int skip = procliticLength(doc.text(), sentence.get(a));
            if (skip == 0 && filter.isPresent() && filter.get().proclitic(sentence.get(a), type) > 0) {
                skip = skipMarks(doc.text(), sentence.get(a).begin() + 1, sentence.get(a).end()) - sentence.get(a).begin();
            }
            int begin = sentence.get(a).begin() + skip;
            int end = sentence.get(b - 1).end();
            if (end <= begin) {
                continue; // tokens a ligature expanded into («ﷺ»): no letters of the original of their own
            }
            out.add(new Mention(begin, end, doc.text().substring(begin, end), type, Optional.empty(),
                    Optional.empty(), ORIGIN));
        }
    }
}
