package org.marsad.knowledge;

import java.util.List;

/**
 * A country as the actor dictionary knows it: its state actor and the Arabic words that point at
 * it (names, nisba adjectives, capitals, plural demonyms).
 *
 * @param iso2      ISO 3166-1 alpha-2 code, upper case
 * @param adjective English adjective ("Turkish"), used to name composed actors
 * @param state     the state actor (id {@code state:tr})
 */
public record ActorCountry(String iso2, String name, String adjective, Actor state, List<String> names,
                           List<String> adjectives, List<String> capitals, List<String> people) {
    public ActorCountry {
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
        people = List.copyOf(people);
    }

    /**
     * True when the one-word name whose lookup key (folded, article stripped) is {@code key} is
     * written with the article («العراق»); false for names that never take it («مالي», «تركيا»).
     */
    public boolean nameTakesArticle(String key) {
        for (String n : names) {
            String f = org.marsad.text.ArabicNormalizer.fold(n).strip();
            if (f.indexOf(' ') < 0 && f.startsWith("\u0627\u0644") && org.marsad.text.Clitics.stripArticle(f).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** A country word found in text: what kind of word it is. */
    public record Form(ActorCountry country, Kind kind) {
    }

    public enum Kind { NAME, ADJECTIVE, CAPITAL, PEOPLE }
}
