package org.marsad.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.document.Document;
import org.marsad.document.Mention;
import org.marsad.recognize.place.PlaceCandidate;
import org.marsad.recognize.place.PlaceScanner;
import org.marsad.resolve.geo.PlaceAnalysis;
import org.marsad.resolve.geo.PlaceResolver;
import org.marsad.resolve.geo.Resolution;

/**
 * LOCATION and FACILITY mentions from the gazetteer and the place patterns of {@link PlaceScanner}:
 * countries, divisions, regions, towns, districts («الفيصلية»), facilities («مخيم الهول», «سجن
 * «التسفيرات»»), and names the gazetteer lacks when a designator introduces them («قرية شنف»).
 * The mention's span never includes a designator («محافظة نينوى» gives «نينوى»), except for
 * facilities, whose word is part of the name. Canonical name and ref come from the same resolution
 * the {@code Geocoder} makes (a name the gazetteer lacks has neither). Origin: {@code gazetteer}
 * for known names, {@code pattern} for the others.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlaceNameFinder implements MentionFinder {
    private final PlaceScanner scanner;
    private final PlaceResolver resolver;

    public PlaceNameFinder(PlaceScanner scanner, PlaceResolver resolver) {
        this.scanner = scanner;
        this.resolver = resolver;
    }

    public static PlaceNameFinder standard() {
        return new PlaceNameFinder(PlaceScanner.standard(), PlaceResolver.standard());
    }

    @Override
    public List<Mention> find(Document doc) {
        PlaceAnalysis a = PlaceAnalysis.of(doc, scanner, resolver);
        List<PlaceCandidate> cands = a.candidates();
        List<Optional<Resolution>> res = a.resolutions();
        List<Mention> out = new ArrayList<>(cands.size());
        for (int i = 0; i < cands.size(); i++) {
            PlaceCandidate c = cands.get(i);
            Optional<Resolution> r = res.get(i).filter(x -> !x.placedAt());
            out.add(new Mention(c.begin(), c.end(), doc.text().substring(c.begin(), c.end()), c.type(),
                    r.map(x -> x.place().name()), r.map(x -> x.place().id()),
                    c.unknown() ? "pattern" : "gazetteer"));
        }
        return out;
    }
}
