package org.marsad.recognize.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Token;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * Names in a document that look like actors but that the dictionary does not resolve, so that the
 * dictionary can grow from real text. The rules:
 * <ol>
 *   <li>PERSON mentions found by role patterns without a dictionary entry;</li>
 *   <li>an organization head noun (حزب، حركة، جبهة، منظمة، هيئة، لواء، كتائب، تجمع، فرقة، جيش ...)
 *       followed by one to three name words, where no dictionary name starts;</li>
 *   <li>one to four words in quotation marks after such a head noun or after a reporting verb.</li>
 * </ol>
 * The document must have gone through the {@code EntityStage} with an {@code ActorNameFinder}.
 * Immutable and thread-safe.
 */
public final class ActorCandidates {
    /** A candidate: its surface text, folded key, entity type and where it is. */
    public record Candidate(String text, String key, EntityType type, int begin, int end) {
    }

    private static final Set<String> HEADS = Set.of("حزب", "حركه", "جبهه", "منظمه", "هيئه", "لواء", "الويه",
            "كتائب", "كتيبه", "تجمع", "فرقه", "جيش", "ميليشيا", "مليشيا", "تنظيم", "جماعه", "فيلق", "سرايا", "تيار",
            "ائتلاف", "تحالف", "مجلس", "وكاله", "صحيفه", "قناه", "مؤسسه", "جمعيه", "اتحاد", "رابطه", "مركز", "شبكه",
            "مرصد", "غرفه", "قوات", "وحدات", "لجنه");
    private static final Set<String> NOT_NAMES = Set.of("محافظه", "عمليات", "انباء", "ارهابيه", "ارهابي", "مسلحه",
            "عسكريه", "امنيه", "حكوميه");

    private final ActorDictionary dict;

    public ActorCandidates(ActorDictionary dict) {
        this.dict = dict;
    }

    public List<Candidate> find(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<Candidate> out = new ArrayList<>();
        boolean[] known = new boolean[tokens.size()];
        for (PhraseMatcher.Match<?> m : dict.forms().findAll(tokens)) {
            for (int i = m.first(); i <= m.last(); i++) {
                known[i] = true;
            }
        }
        for (PhraseMatcher.Match<?> m : dict.agentForms().findAll(tokens)) {
            for (int i = m.first(); i <= m.last(); i++) {
                known[i] = true;
            }
        }
        for (Mention m : doc.get(Layers.MENTIONS)) {
            if (m.type() == EntityType.PERSON && m.ref().isEmpty() && m.text().strip().contains(" ")) {
                out.add(new Candidate(m.text(), key(m.text()), EntityType.PERSON, m.begin(), m.end()));
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD || known[i] || t.stems().stream().noneMatch(HEADS::contains)) {
                continue;
            }
            int j = i + 1;
            boolean quoted = j < tokens.size() && DictionaryNames.isQuote(tokens.get(j));
            if (DictionaryNames.definite(t) && !quoted) {
                continue;
            }
            if (quoted) {
                j++;
            }
            int last = -1;
            while (j < tokens.size() && j - i <= 4) {
                Token w = tokens.get(j);
                if (w.kind() != Token.Kind.WORD || known[j] || PersonNames.isStop(w) || PersonNames.isVerb(w)) {
                    break;
                }
                if (!quoted && (!DictionaryNames.definite(w) && j > i + 1 || NOT_NAMES.contains(w.key()))) {
                    break;
                }
                last = j;
                j++;
            }
            if (quoted && (j >= tokens.size() || !DictionaryNames.isQuote(tokens.get(j)))) {
                continue;
            }
            if (last > i) {
                int begin = Surface.of(text, tokens, i, last, tokens.get(i).key()).begin();
                int end = quoted ? tokens.get(last + 1).end() : tokens.get(last).end();
                String s = text.substring(begin, end);
                out.add(new Candidate(s, key(s), EntityType.ORGANIZATION, begin, end));
                i = last;
            }
        }
        return out;
    }

    /** Folded, quote-free, single-spaced: the key candidates are counted by. */
    public static String key(String s) {
        return ArabicNormalizer.fold(s).replace("\"", "").replaceAll("[()]", "").strip().replaceAll("\\s+", " ");
    }
}
