package org.marsad.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.document.Token;
import org.marsad.knowledge.Gazetteer;
import org.marsad.knowledge.Place;
import org.marsad.knowledge.PlaceKind;
import org.marsad.knowledge.PlaceName;
import org.marsad.knowledge.PlaceNames;
import org.marsad.knowledge.PlacePriors;
import org.marsad.recognize.place.PlaceCandidate;
import org.marsad.recognize.place.PlaceCues;

/**
 * Picks one gazetteer entry for each place candidate of a document. Each entry sharing the name
 * gets a score, the sum of:
 * <ol>
 *   <li><b>prior</b>: countries, then capitals and division seats, then towns by GeoNames feature
 *       code and population, curated regions and facilities; a place in the news region
 *       ({@link Gazetteer#coreCountries()}) gains a little;</li>
 *   <li><b>focus</b>: the share of the article's unambiguous place mentions that lie in the entry's
 *       country (names with a single entry, and countries);</li>
 *   <li><b>designator</b>: «محافظة» wants a division, «مدينة/بلدة/قرية» a town, «حي» a district;</li>
 *   <li><b>containment</b>: the text's container («الفيصلية، في الموصل»): inside it, strongly up;
 *       elsewhere in the same country, down; another country, far down; near a reference point
 *       («بعاج (غرب الموصل)»): within 60 km, up;</li>
 *   <li><b>country adjective</b> («مدينة الحسكة السورية»): the same country, up; another, down;</li>
 *   <li><b>neighbours</b>: a place listed with it («نبّل والزهراء») or another unambiguous place of the
 *       article lies near (30 km, 100 km) or in the same division;</li>
 *   <li><b>common word</b>: an entry named here only by a name that is also a common word or a small
 *       place abroad (the many small Washingtons) loses to one that is not.</li>
 * </ol>
 * Candidates are resolved containers first. A name the gazetteer lacks gets its container's place
 * (precision 2, or 3 for a region). A place after a compass or proximity word is a reference point
 * (precision at least 2). A capital that is not the object of a locative preposition is flagged as a
 * possible metonymy for its government («سعي أنقرة»).
 *
 * <p>Immutable and thread-safe.
 */
public final class PlaceResolver {
    private static final double FOCUS_WEIGHT = 8;
    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The resolver over the standard scanner's gazetteer, one per process: the place finder and the
     * geocoder share it, so that {@link PlaceAnalysis} computed for the first is reused by the second.
     */
    public static PlaceResolver standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PlaceResolver STANDARD =
                new PlaceResolver(org.marsad.recognize.place.PlaceScanner.standard().gazetteer());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** One resolution per candidate, empty where nothing fits. */
    public List<Optional<Resolution>> resolve(List<PlaceCandidate> cands, List<Token> tokens) {
        int n = cands.size();
        Focus focus = Focus.of(cands);
        List<Optional<Resolution>> out = new ArrayList<>(n);
        Place[] chosen = new Place[n];
        String[] why = new String[n];
        String[] codes = new String[n];
        for (int i = 0; i < n; i++) {
            out.add(Optional.empty());
        }
        // unambiguous names first (they are the anchors of the rest), then containers before the
        // places they contain, in rounds
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            PlaceCandidate c = cands.get(i);
            if (!c.unknown() && c.container() < 0 && c.placeNames().placeCount() == 1) {
                done[i] = true;
                choose(i, cands, chosen, why, codes, focus, Anchors.NONE);
            }
        }
        // the anchors of a round are the places chosen before it: worked out again only when a round
        // chose something
        Anchors anchors = null;
        boolean changed = true;
        for (int round = 0; round < 4; round++) {
            if (changed) {
                anchors = Anchors.of(chosen);
                changed = false;
            }
            for (int i = 0; i < n; i++) {
                if (done[i]) {
                    continue;
                }
                PlaceCandidate c = cands.get(i);
                int k = c.container();
                if (round < 3 && k >= 0 && !done[k] && k != i) {
                    continue;
                }
                done[i] = true;
                if (c.unknown()) {
                    continue;
                }
                choose(i, cands, chosen, why, codes, focus, anchors);
                changed |= chosen[i] != null;
            }
        }
        for (int i = 0; i < n; i++) {
            PlaceCandidate c = cands.get(i);
            boolean reference = c.direction().isPresent();
            if (chosen[i] != null) {
                Place p = chosen[i];
                int precision = p.kind().geoPrecision();
                String w = why[i];
                if (c.designator().isPresent() && c.designator().get().countryside()) {
                    Optional<Place> a = p.kind() == PlaceKind.CITY ? gazetteer.admin1Seated(p) : Optional.empty();
                    if (a.isPresent()) {
                        p = a.get();
                        precision = 3;
                        w = "countryside of " + chosen[i].name() + " → its division; " + w;
                    } else {
                        precision = Math.max(2, precision);
                        w = "countryside of " + p.name() + "; " + w;
                    }
                }
                if (reference) {
                    precision = Math.max(2, precision);
                    w = "reference point: " + c.direction().get().name().toLowerCase(Locale.ROOT)
                            + " of it; " + w;
                } else if (metonymy(c, p, p == chosen[i] ? codes[i] : gazetteer.featureCode(p), tokens)) {
                    w = w + "; possible metonymy: the capital may stand for its government";
                }
                out.set(i, Optional.of(new Resolution(p, precision, w, reference, false)));
            } else if (c.container() >= 0 && chosen[c.container()] != null) {
                Place p = chosen[c.container()];
                if (cands.get(c.container()).designator().map(PlaceCues.Designator::countryside).orElse(false)) {
                    p = out.get(c.container()).map(Resolution::place).orElse(p);
                }
                int precision = Math.max(2, p.kind().geoPrecision());
                String rel = c.containerRelative() ? "near" : "in";
                String what = c.unknown() ? "not in the gazetteer" : "no place of that name " + rel + " " + p.name();
                out.set(i, Optional.of(new Resolution(p, precision, what + "; placed at " + p.name()
                        + " (the text puts it " + rel + " it)", reference, true)));
            }
        }
        return out;
    }

    /** Places already chosen, split into divisions and points, each once. */
    private record Anchors(List<Place> divisions, List<Place> points) {
        static final Anchors NONE = new Anchors(List.of(), List.of());

        static Anchors of(Place[] chosen) {
            List<Place> divisions = new ArrayList<>();
            List<Place> points = new ArrayList<>();
            for (Place p : chosen) {
                if (p == null) {
                    continue;
                }
                List<Place> target = p.kind() == PlaceKind.ADMIN1 ? divisions : p.kind().isArea() ? null : points;
                if (target != null && !containsSame(target, p)) {
                    target.add(p);
                }
            }
            return new Anchors(divisions, points);
        }

        private static boolean containsSame(List<Place> list, Place p) {
            for (Place q : list) {
                if (q == p) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Chooses among the candidate's entries. Their feature codes and priors come from the
     * candidate's {@link PlaceNames} when the gazetteer worked them out at load; {@code codes[i]}
     * gets the chosen entry's feature code.
     */
    private void choose(int i, List<PlaceCandidate> cands, Place[] chosen, String[] why, String[] codes,
                        Focus focus, Anchors anchors) {
        PlaceCandidate c = cands.get(i);
        PlaceNames names = c.placeNames();
        boolean facts = names.hasFacts();
        Place container = c.container() >= 0 ? chosen[c.container()] : null;
        Place listed = c.coordinatedWith() >= 0 ? chosen[c.coordinatedWith()] : null;
        if (facts && names.placeCount() == 1 && container == null) {
            // most names: what is needed is kept in the list itself (issue 4)
            chosen[i] = names.firstPlace();
            codes[i] = names.firstFeatureCode();
            why[i] = names.onlyEntry();
            return;
        }
        List<Place> options = names.places();
        if (options.size() == 1 && container == null) {
            Place only = options.get(0);
            String code = facts ? names.featureCode(0) : gazetteer.featureCode(only);
            chosen[i] = only;
            codes[i] = code;
            why[i] = PlaceNames.onlyEntry(only, code);
            return;
        }
        int best = -1;
        int second = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double secondScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < options.size(); k++) {
            Place p = options.get(k);
            double prior = facts ? names.prior(k) : prior(p);
            double s = score(p, prior, c, container, listed, focus, anchors, null) - (names.onlyNeedingContext(k) ? 3 : 0);
            if (s > bestScore) {
                second = best;
                secondScore = bestScore;
                best = k;
                bestScore = s;
            } else if (s > secondScore) {
                second = k;
                secondScore = s;
            }
        }
        if (container != null && !c.containerRelative() && !container.kind().isArea() && allMinor(options)
                && noneNear(options, container)) {
            chosen[i] = null; // the text puts it in a town where no place of that name lies
            why[i] = null;
            return;
        }
        Place b = options.get(best);
        String code = facts ? names.featureCode(best) : gazetteer.featureCode(b);
        chosen[i] = b;
        codes[i] = code;
        StringBuilder reasons = new StringBuilder();
        score(b, facts ? names.prior(best) : prior(b), c, container, listed, focus, anchors, reasons);
        StringBuilder w = new StringBuilder(120);
        PlaceNames.appendLabel(w, b, code);
        if (reasons.length() > 0) {
            w.append(": ").append(reasons);
        }
        if (second >= 0) {
            Place sp = options.get(second);
            PlaceNames.appendLabel(w.append("; over "), sp, facts ? names.featureCode(second) : gazetteer.featureCode(sp))
                    .append(' ');
            Decimals.append(w, Math.round(secondScore * 10), 1);
            w.append(" < ");
            Decimals.append(w, Math.round(bestScore * 10), 1);
        } else {
            w.append("; only entry of that name");
        }
        why[i] = w.toString();
    }

    private boolean allMinor(List<Place> options) {
        for (Place p : options) {
            if (!minor(p)) {
                return false;
            }
        }
        return true;
    }

    /** No entry lies in the container, or in its country within 60 km of it. */
    private boolean noneNear(List<Place> options, Place container) {
        for (Place p : options) {
            if (inside(p, container) || (p.country().equals(container.country())
                    && p.distanceKm(container.lat(), container.lon()) < 60)) {
                return false;
            }
        }
        return true;
    }

    /** The score of one entry; {@code reasons}, when not null, collects why it scores. */
    private double score(Place p, double prior, PlaceCandidate c, Place container, Place listed,
                         Focus focus, Anchors anchors, StringBuilder reasons) {
        double s = prior;
        double f = focus.of(p.country());
        if (f > 0) {
            s += FOCUS_WEIGHT * f;
            if (reasons != null) {
                reasons.append("article focus ").append(p.country()).append(' ');
                Decimals.append(reasons, Math.round(f * 100), 2);
            }
        }
        if (c.designator().isPresent()) {
            PlaceCues.Designator d = c.designator().get();
            double ds = designatorFit(d, p);
            s += ds;
            if (ds > 0 && reasons != null) {
                sep(reasons).append("fits «").append(d.word()).append("»");
            }
        }
        if (container != null) {
            if (c.containerRelative()) {
                double km = p.distanceKm(container.lat(), container.lon());
                s += km < 60 ? 5 : -3;
                if (km < 60 && reasons != null) {
                    sep(reasons).append("near ").append(container.name());
                }
            } else if (inside(p, container)) {
                s += 7;
                if (reasons != null) {
                    sep(reasons).append("in ").append(container.name());
                }
            } else {
                s += p.country().equals(container.country()) ? -1 : -7;
            }
        }
        if (c.country().isPresent()) {
            boolean same = c.country().get().equals(p.country());
            s += same ? 5 : -5;
            if (same && reasons != null) {
                sep(reasons).append("adjective says ").append(p.country());
            }
        }
        if (listed != null) {
            double km = p.distanceKm(listed.lat(), listed.lon());
            if (km < 50) {
                s += 3;
                if (reasons != null) {
                    sep(reasons).append("listed with ").append(listed.name());
                }
            } else if (p.country().equals(listed.country())) {
                s += 1;
            }
        }
        for (Place a : anchors.divisions()) {
            if (a != p && a.country().equals(p.country()) && gazetteer.within(p, a)) {
                s += 1.5;
                if (reasons != null) {
                    sep(reasons).append("in ").append(a.name()).append(" named nearby");
                }
                break;
            }
        }
        if (!p.kind().isArea()) {
            double near = Double.MAX_VALUE;
            Place by = null;
            for (Place a : anchors.points()) {
                if (a == p || Math.abs(a.lat() - p.lat()) > 1.0) {
                    continue; // more than 100 km apart in latitude alone
                }
                double km = p.distanceKm(a.lat(), a.lon());
                if (km < near) {
                    near = km;
                    by = a;
                }
            }
            if (near < 30) {
                s += 2;
                if (reasons != null) {
                    sep(reasons).append("near ").append(by.name());
                }
            } else if (near < 100) {
                s += 1;
            }
        }
        return s;
    }

    /** A village, district or facility: not a country, division, region, capital or division seat. */
    private boolean minor(Place p) {
        if (p.kind().isArea()) {
            return false;
        }
        String f = gazetteer.featureCode(p);
        return !f.equals("PPLC") && !f.equals("PPLA");
    }

    /**
     * In the container; a town that is a division's seat also stands for its division («نبّل (في
     * حلب)»: Aleppo Governorate).
     */
    private boolean inside(Place p, Place container) {
        if (gazetteer.within(p, container)) {
            return true;
        }
        if (container.kind() == PlaceKind.CITY) {
            Optional<Place> a = gazetteer.admin1Seated(container);
            return a.isPresent() && gazetteer.within(p, a.get());
        }
        return false;
    }

    private static StringBuilder sep(StringBuilder sb) {
        if (sb.length() > 0) {
            sb.append(", ");
        }
        return sb;
    }

    /** Rule 1: what a place is worth before the text says anything. */
    double prior(Place p) {
        return PlacePriors.of(p, gazetteer.featureCode(p), gazetteer.coreCountries());
    }

    private static double designatorFit(PlaceCues.Designator d, Place p) {
        PlaceKind k = p.kind();
        if (d.countryside()) {
            return k == PlaceKind.CITY || k == PlaceKind.ADMIN1 ? 1 : 0;
        }
        switch (d.kind()) {
            case ADMIN1:
                return k == PlaceKind.ADMIN1 ? 8 : k == PlaceKind.CITY ? 0 : -2;
            case CITY:
                return k == PlaceKind.CITY ? 2 : k == PlaceKind.NEIGHBOURHOOD ? 0.5 : -4;
            case NEIGHBOURHOOD:
                return k == PlaceKind.NEIGHBOURHOOD ? 3 : k == PlaceKind.CITY ? 1 : -3;
            case REGION:
                return k == PlaceKind.COUNTRY || k == PlaceKind.ADMIN1 ? -2 : 1;
            default:
                return 0;
        }
    }

    /**
     * Rule 2: the share of the article's unambiguous mentions (and country adjectives) in each
     * country. A few countries per article: kept in two short arrays rather than a hash map. Not
     * thread-safe; one per {@link #resolve}.
     */
    private static final class Focus {
        private final String[] countries;
        private final double[] shares;
        private int size;

        private Focus(int capacity) {
            countries = new String[capacity];
            shares = new double[capacity];
        }

        static Focus of(List<PlaceCandidate> cands) {
            Focus f = new Focus(2 * cands.size());
            double total = 0;
            for (PlaceCandidate c : cands) {
                if (c.unknown() || c.weak()) {
                    continue;
                }
                String country = c.placeNames().country(); // null unless all in one country
                if (country != null && !country.isEmpty()) {
                    f.count(country);
                    total++;
                }
                if (c.country().isPresent()) {
                    f.count(c.country().get());
                    total++;
                }
            }
            for (int k = 0; k < f.size; k++) {
                f.shares[k] /= total;
            }
            return f;
        }

        private void count(String country) {
            for (int k = 0; k < size; k++) {
                if (same(countries[k], country)) {
                    shares[k]++;
                    return;
                }
            }
            countries[size] = country;
            shares[size++] = 1;
        }

        /** The share of {@code country}, 0 when the article names no place in it. */
        double of(String country) {
            for (int k = 0; k < size; k++) {
                if (same(countries[k], country)) {
                    return shares[k];
                }
            }
            return 0;
        }

        /**
         * {@code a.equals(b)}, answered from the strings' identity (the gazetteer's country codes are
         * interned, see {@link Place}) or hash codes where it can, without reading their characters.
         */
        private static boolean same(String a, String b) {
            return a == b || (b != null && a.hashCode() == b.hashCode() && a.equals(b));
        }
    }

    /** A capital named without a locative preposition («سعي أنقرة», «أن واشنطن تحقق»). */
    private boolean metonymy(PlaceCandidate c, Place p, String featureCode, List<Token> tokens) {
        if (!featureCode.equals("PPLC") || c.designator().isPresent() || c.container() >= 0) {
            return false;
        }
        Token t = tokens.get(c.first());
        String key = t.stems().isEmpty() ? t.norm() : t.stems().get(t.stems().size() - 1);
        String pro = PlaceCues.proclitics(t, key);
        if (pro.indexOf('\u0628') >= 0 || pro.indexOf('\u0644') >= 0) {
            return false; // «بأنقرة», «لأنقرة»
        }
        if (c.first() == 0) {
            return true;
        }
        Token prev = tokens.get(c.first() - 1);
        String n = prev.norm();
        return !(n.equals("\u0641\u064A") || n.equals("\u0645\u0646") || n.equals("\u0627\u0644\u064A")
                || n.equals("\u0627\u0644\u0649") || n.equals("\u0639\u0646") || n.equals("\u0646\u062D\u0648")
                || n.equals("\u062D\u062A\u064A") || n.equals("\u062F\u0627\u062E\u0644")
                || n.equals("\u0639\u0628\u0631") || n.equals("\u0632\u0627\u0631") || n.equals("\u0645\u0642\u0631\u0647"));
    }
}
