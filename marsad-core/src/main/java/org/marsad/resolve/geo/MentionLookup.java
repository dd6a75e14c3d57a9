package org.marsad.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.document.Mention;
import org.marsad.document.Token;
import org.marsad.knowledge.Gazetteer;
import org.marsad.knowledge.PlaceName;
import org.marsad.recognize.place.PlaceCandidate;
import org.marsad.text.PhraseMatcher;

/**
 * Geocodes a LOCATION or FACILITY mention that another finder (a trained model) found: the
 * gazetteer name must cover every word of the mention; the entry is chosen as the
 * {@link PlaceResolver} would, with the article's other places as context.
 *
 * <p>Immutable and thread-safe.
 */
public final class MentionLookup {
    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;

    public MentionLookup(Gazetteer gazetteer, PlaceResolver resolver) {
        this.gazetteer = gazetteer;
        this.resolver = resolver;
    }

    /** The candidate of a mention whose words are exactly a gazetteer name, if they are. */
    public Optional<PlaceCandidate> candidate(Mention m, List<Token> tokens) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > m.begin() && t.begin() < m.end()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            } else if (t.begin() >= m.end()) {
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        while (last > first && tokens.get(last).kind() == Token.Kind.PUNCT) {
            last--;
        }
        for (PhraseMatcher.Match<PlaceName> match : gazetteer.names().matchAt(tokens, first)) {
            if (match.last() == last) {
                return Optional.of(new PlaceCandidate(first, last, m.begin(), m.end(), m.type(), match.values(), false,
                        Optional.empty(), Optional.empty(), -1, -1, false, -1, Optional.empty(), -1));
            }
        }
        return Optional.empty();
    }

    /**
     * Resolutions of extra candidates (from other finders' mentions) in the context of the
     * scanner's candidates, one resolver run for all of them.
     */
    public List<Optional<Resolution>> resolve(List<PlaceCandidate> extra, List<Token> tokens,
                                              List<PlaceCandidate> cands) {
        if (extra.isEmpty()) {
            return List.of();
        }
        List<PlaceCandidate> all = new ArrayList<>(cands.size() + extra.size());
        all.addAll(cands);
        all.addAll(extra);
        List<Optional<Resolution>> r = resolver.resolve(all, tokens);
        return r.subList(cands.size(), r.size());
    }
}
