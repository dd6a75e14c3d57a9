package org.marsad.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layer;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.PlaceMention;
import org.marsad.document.Token;
import org.marsad.knowledge.Gazetteer;
import org.marsad.knowledge.PlaceKind;
import org.marsad.pipeline.Stage;
import org.marsad.recognize.place.PlaceCandidate;
import org.marsad.recognize.place.PlaceScanner;
import org.marsad.resolve.geo.MentionLookup;
import org.marsad.resolve.geo.PlaceAnalysis;
import org.marsad.resolve.geo.PlaceResolver;
import org.marsad.resolve.geo.Resolution;

/**
 * Geocodes the LOCATION and FACILITY mentions of a document into {@link Layers#PLACES}: one
 * {@link PlaceMention} per mention that resolves, sorted by begin, each with the gazetteer entry,
 * ACLED's precision and why it won (see {@link PlaceResolver} for the scoring). The rules:
 * <ol>
 *   <li>the places of the text are found and resolved together ({@link PlaceScanner},
 *       {@link PlaceResolver}), so that a container, a list or the article's focus country decides
 *       between places that share a name;</li>
 *   <li>only spans that are LOCATION or FACILITY mentions of the MENTIONS layer count, and none
 *       inside an ORGANIZATION or PERSON mention («قوات سوريا الديمقراطية» names no place);</li>
 *   <li>a LOCATION mention from another finder (a trained model) that the scanner did not produce is
 *       looked up by its exact name ({@link MentionLookup});</li>
 *   <li>a place after a compass or proximity word is a reference point: its {@code why} begins with
 *       {@value #REFERENCE} and {@link #mostSpecific} prefers any other place of equal or finer kind.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class Geocoder implements Stage {
    /** Start of {@link PlaceMention#why()} for places the text uses as reference points. */
    public static final String REFERENCE = "reference point";
    private final PlaceScanner scanner;
    private final PlaceResolver resolver;
    private final MentionLookup lookup;

    public Geocoder(PlaceScanner scanner, PlaceResolver resolver) {
        this.scanner = scanner;
        this.resolver = resolver;
        this.lookup = new MentionLookup(scanner.gazetteer(), resolver);
    }

    public static Geocoder standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Geocoder STANDARD = create();

        private static Geocoder create() {
            return new Geocoder(PlaceScanner.standard(), PlaceResolver.standard());
        }
    }

    public Gazetteer gazetteer() {
        return scanner.gazetteer();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.STRUCTURE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PLACES);
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(Layers.PLACES, List.copyOf(geocode(doc)));
    }

    /** The place mentions of a document that has tokens, sentences and mentions. */
    public List<PlaceMention> geocode(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<Mention> mentions = doc.get(Layers.MENTIONS);
        PlaceAnalysis a = PlaceAnalysis.of(doc, scanner, resolver);
        List<PlaceCandidate> cands = a.candidates();
        List<Optional<Resolution>> res = a.resolutions();
        // the candidates' spans in two small arrays (a few dozen per article), searched from the end
        // so that the last candidate of a span wins, as it did in a map by span
        int[] begins = new int[cands.size()];
        int[] ends = new int[cands.size()];
        for (int i = 0; i < cands.size(); i++) {
            begins[i] = cands.get(i).begin();
            ends[i] = cands.get(i).end();
        }
        List<Mention> blockers = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON) {
                blockers.add(m);
            }
        }
        List<PlaceMention> out = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        List<PlaceCandidate> extra = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.LOCATION && m.type() != EntityType.FACILITY) {
                continue;
            }
            if (insideBlocker(m, blockers)) {
                continue;
            }
            int i = candidateAt(begins, ends, m.begin(), m.end());
            if (i >= 0) {
                res.get(i).ifPresent(x -> out.add(place(m, x)));
            } else {
                Optional<PlaceCandidate> c = lookup.candidate(m, tokens);
                if (c.isPresent()) {
                    others.add(m);
                    extra.add(c.get());
                }
            }
        }
        List<Optional<Resolution>> extraRes = lookup.resolve(extra, tokens, cands);
        for (int k = 0; k < others.size(); k++) {
            Mention m = others.get(k);
            extraRes.get(k).ifPresent(x -> out.add(place(m, x)));
        }
        out.sort(Comparator.comparingInt(PlaceMention::begin).thenComparingInt(PlaceMention::end));
        return out;
    }

    private static PlaceMention place(Mention m, Resolution x) {
        return new PlaceMention(m.begin(), m.end(), m.text(), x.place(), x.precision(), x.why());
    }

    /** True for a place the text names as a reference point («شمالي العاصمة بغداد»), not a location. */
    public static boolean isReference(PlaceMention pm) {
        return pm.why().startsWith(REFERENCE);
    }

    /**
     * The most specific place mentioned in {@code [begin, end)} of a geocoded document: a facility or
     * district before a town, a town before a division, region or country; a reference point only
     * when nothing of its kind or finer is named; the first mention on a tie.
     */
    public static Optional<PlaceMention> mostSpecific(Document doc, int begin, int end) {
        PlaceMention best = null;
        int bestRank = -1;
        for (PlaceMention pm : doc.find(Layers.PLACES).orElse(List.of())) {
            if (pm.begin() < begin || pm.end() > end) {
                continue;
            }
            int rank = 2 * specificity(pm.place().kind()) + (isReference(pm) ? 0 : 1);
            if (rank > bestRank) {
                best = pm;
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int specificity(PlaceKind k) {
        return switch (k) {
            case FACILITY -> 5;
            case NEIGHBOURHOOD -> 4;
            case CITY -> 3;
            case ADMIN2 -> 2;
            case REGION, ADMIN1 -> 1;
            case COUNTRY -> 0;
        };
    }

    private static boolean insideBlocker(Mention m, List<Mention> blockers) {
        for (Mention b : blockers) {
            if (b.contains(m) && (b.begin() != m.begin() || b.end() != m.end())) {
                return true;
            }
        }
        return false;
    }

    /** The last {@code i} with {@code begins[i] == begin} and {@code ends[i] == end}, or -1. */
    private static int candidateAt(int[] begins, int[] ends, int begin, int end) {
        for (int i = begins.length - 1; i >= 0; i--) {
            if (begins[i] == begin && ends[i] == end) {
                return i;
            }
        }
        return -1;
    }
}
