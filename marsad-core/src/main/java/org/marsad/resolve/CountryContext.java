package org.marsad.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.document.Token;
import org.marsad.knowledge.ActorCountry;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.recognize.actor.NameMatch;
import org.marsad.text.PhraseMatcher;

/**
 * Which country the text is talking about at each token, for bare agents («الشرطة», «قوات الأمن»):
 * the country of the nearest preceding country word (name, adjective, capital, demonym) or actor
 * with a country, within the same sentence or the two before it; failing that, the country the
 * whole text names most. A one-word country name that is written without the article does not
 * count when it carries one («الفساد المالي» is about money, not Mali); nor do news outlets and the
 * country words inside their names («وكالة الصحافة الفرنسية»). Built once per document;
 * not shared.
 */
final class CountryContext {
    private final String[] atToken;
    private final Optional<ActorCountry> dominant;

    CountryContext(ActorDictionary dict, List<Token> tokens, List<NameMatch> names, int[] sentenceOf) {
        atToken = new String[tokens.size()];
        String[] signal = new String[tokens.size()];
        Map<String, Integer> counts = new HashMap<>();
        boolean[] inOutlet = new boolean[tokens.size()];
        for (NameMatch n : names) {
            if (n.actor().type() == org.marsad.knowledge.ActorType.MEDIA) {
                for (int i = n.first(); i <= n.last(); i++) {
                    inOutlet[i] = true;
                }
            }
        }
        for (PhraseMatcher.Match<ActorCountry.Form> m : dict.countryForms().findAll(tokens)) {
            if (inOutlet[m.first()]) {
                continue; // «وكالة الصحافة الفرنسية» reports on Syria; the text is not about France
            }
            ActorCountry.Form f = m.values().get(0);
            if (f.kind() == ActorCountry.Kind.NAME && m.first() == m.last()
                    && org.marsad.recognize.actor.DictionaryNames.articleAdded(tokens.get(m.first()).norm(), m.firstKey())
                    && !f.country().nameTakesArticle(m.firstKey())) {
                continue; // «الفساد المالي» speaks of money, not of Mali: a name written without the article never takes it
            }
            String c = f.country().iso2();
            signal[m.first()] = c;
            counts.merge(c, 1, Integer::sum);
        }
        for (NameMatch n : names) {
            if (n.actor().type() == org.marsad.knowledge.ActorType.STATE
                    || n.actor().type() == org.marsad.knowledge.ActorType.MEDIA) {
                continue; // country words were read above; an outlet's seat (Reuters) is not the story's country
            }
            if (n.actor().country().isPresent() && signal[n.first()] == null) {
                signal[n.first()] = n.actor().country().get();
                counts.merge(n.actor().country().get(), 1, Integer::sum);
            }
        }
        String last = null;
        int lastSentence = -10;
        for (int i = 0; i < tokens.size(); i++) {
            if (last != null && sentenceOf[i] - lastSentence > 2) {
                last = null;
            }
            atToken[i] = last;
            if (signal[i] != null) {
                last = signal[i];
                lastSentence = sentenceOf[i];
            }
        }
        dominant = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).flatMap(e -> dict.country(e.getKey()));
        this.dict = dict;
    }

    private final ActorDictionary dict;

    /** The country in force just before token {@code i}. */
    Optional<ActorCountry> before(int i) {
        String c = atToken[i];
        return c != null ? dict.country(c) : dominant;
    }

    Optional<ActorCountry> dominant() {
        return dominant;
    }
}
