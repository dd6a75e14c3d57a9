package org.marsad.link;

import java.util.List;

/**
 * Reports of one event that disagree on a field: the values given and who gave each (fatalities 27
 * according to two articles, 31 according to a third).
 *
 * @param field  {@code date}, {@code fatalities}, {@code injured}, {@code type}, {@code actor},
 *               {@code target}, {@code place}, {@code facility} or {@code modality}
 * @param values each distinct value, in the order first reported
 */
public record Disagreement(String field, List<Value> values) {
    public Disagreement {
        values = List.copyOf(values);
    }

    /**
     * @param value    the value as text (a number, an ISO date, a name, a type)
     * @param articles the articles that gave it
     * @param sources  their outlets (or article ids where the outlet is unknown), each once
     */
    public record Value(String value, List<String> articles, List<String> sources) {
        public Value {
            articles = List.copyOf(articles);
            sources = List.copyOf(sources);
        }
    }
}
