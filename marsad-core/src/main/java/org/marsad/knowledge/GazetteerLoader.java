package org.marsad.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.marsad.document.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;
import org.marsad.text.Tokenizer;

/**
 * Reads the files of {@code marsad/knowledge/places/} into a {@link Gazetteer}:
 * <ul>
 *   <li>{@code geonames-ar.tsv.gz}: derived from GeoNames by {@link GazetteerBuilder};</li>
 *   <li>{@code geonames-overrides.tsv}: {@code gn:ID, field, value} corrections of GeoNames entries
 *       ({@code name} the usual English name, {@code arabic+} / {@code arabic-} names to add or
 *       drop, {@code parent}, {@code kind});</li>
 *   <li>{@code countries.tsv}: {@code iso2, name, lat, lon, arabic names};</li>
 *   <li>{@code admin1.tsv}: {@code id, name, country, GeoNames admin1 code, lat, lon, arabic
 *       names}; the code ties every GeoNames place to its division;</li>
 *   <li>{@code regions.tsv}, {@code localities.tsv}, {@code facilities.tsv}: {@code id, kind,
 *       name, country, lat, lon, parent, arabic names, source}; the kind may carry a GeoNames
 *       feature code ({@code CITY/PPLC} for a capital GeoNames gives no Arabic name);</li>
 *   <li>{@code ambiguous-names.txt}: names that are also common words or persons' names;</li>
 *   <li>{@code core-countries.txt}: the countries the news is mostly about.</li>
 * </ul>
 * Arabic names are separated by {@code |}. Errors name the file and line.
 */
final class GazetteerLoader {
    static final String DIR = "places/";
    private static final double SMALL_FOREIGN_POPULATION = 1_000_000;
    private static final double FOREIGN_SEAT_POPULATION = 100_000;

    private GazetteerLoader() {
    }

    /** A GeoNames row while overrides are applied. */
    private static final class Raw {
        long id;
        String name;
        List<String> arabic;
        double lat;
        double lon;
        String fcode;
        String country;
        String admin1;
        long population;
        String parent;
        PlaceKind kind;
    }

    static Gazetteer load() {
        Map<Long, Raw> raws = readGeonames();
        applyOverrides(raws);
        Set<String> ambiguous = new HashSet<>();
        for (String w : ResourceFiles.words(DIR + "ambiguous-names.txt")) {
            ambiguous.add(ArabicNormalizer.fold(w));
        }
        Set<String> core = new HashSet<>(ResourceFiles.words(DIR + "core-countries.txt"));

        List<Place> places = new ArrayList<>(raws.size() + 1000);
        Map<String, Place> byId = new HashMap<>(raws.size() * 2);
        Map<String, Place> countries = new HashMap<>();
        Map<String, Place> admin1ByCode = new HashMap<>();
        Map<String, String> admin1Code = new HashMap<>();
        Map<String, String> fcodes = new HashMap<>(raws.size() * 2);

        for (ResourceFiles.Line l : ResourceFiles.lines(DIR + "countries.tsv")) {
            String[] f = fields(l, 5);
            String iso = f[0].strip();
            if (!iso.matches("[A-Z]{2}")) {
                throw l.error("country code must be two capital letters");
            }
            Place p = new Place("mr:" + iso, f[1].strip(), arabic(l, f[4]), num(l, f[2]), num(l, f[3]),
                    PlaceKind.COUNTRY, iso, Optional.empty(), 0, Optional.empty(), OptionalLong.empty(),
                    "curated");
            add(l, p, places, byId);
            countries.put(iso, p);
        }
        for (ResourceFiles.Line l : ResourceFiles.lines(DIR + "admin1.tsv")) {
            String[] f = fields(l, 7);
            String cc = f[2].strip();
            requireCountry(l, cc, countries);
            String code = f[3].strip();
            Place p = new Place(f[0].strip(), f[1].strip(), arabic(l, f[6]), num(l, f[4]), num(l, f[5]),
                    PlaceKind.ADMIN1, cc, Optional.of(f[1].strip()), 0, Optional.of("mr:" + cc),
                    OptionalLong.empty(), "curated");
            add(l, p, places, byId);
            if (!code.isEmpty()) {
                String key = cc + "." + code;
                if (admin1ByCode.putIfAbsent(key, p) != null) {
                    throw l.error("two divisions share the GeoNames admin1 code " + key);
                }
                admin1Code.put(p.id(), key);
            }
        }
        for (Raw r : raws.values()) {
            String code = r.admin1.isEmpty() ? null : r.country + "." + r.admin1;
            Place a = code == null ? null : admin1ByCode.get(code);
            Place p = new Place("gn:" + r.id, r.name, r.arabic, r.lat, r.lon, r.kind, r.country,
                    a == null ? Optional.empty() : Optional.of(a.name()), r.population,
                    Optional.ofNullable(r.parent), OptionalLong.of(r.id), "geonames");
            places.add(p);
            byId.put(p.id(), p);
            fcodes.put(p.id(), r.fcode);
            if (code != null) {
                admin1Code.put(p.id(), code);
            }
        }
        Map<String, List<Place>> gnByCountry = new HashMap<>();
        for (Place p : places) {
            if (p.geonames().isPresent() && admin1Code.containsKey(p.id())) {
                gnByCountry.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
            }
        }
        for (String file : List.of("regions.tsv", "localities.tsv", "facilities.tsv")) {
            for (ResourceFiles.Line l : ResourceFiles.lines(DIR + file)) {
                String[] f = fields(l, 8);
                String cc = f[3].strip();
                String[] kf = f[1].strip().split("/", 2); // «CITY/PPLC»: a kind and a GeoNames feature code
                PlaceKind kind = kind(l, kf[0]);
                if (!(cc.isEmpty() && kind == PlaceKind.REGION)) {
                    requireCountry(l, cc, countries); // only seas, rivers and the like lie in no country
                }
                String parent = f[6].strip();
                String source = f.length > 8 && !f[8].isBlank() ? "curated: " + f[8].strip() : "curated";
                Place p = new Place(f[0].strip(), f[2].strip(), arabic(l, f[7]), num(l, f[4]), num(l, f[5]), kind,
                        cc, Optional.empty(), 0, parent.isEmpty() ? Optional.empty() : Optional.of(parent),
                        OptionalLong.empty(), source);
                add(l, p, places, byId);
                if (kf.length > 1) {
                    fcodes.put(p.id(), kf[1].strip());
                }
            }
        }
        // second pass: parents must exist; divisions of curated entries through parent or nearest town
        List<Place> fixed = new ArrayList<>(places.size());
        for (Place p : places) {
            if (p.parent().isPresent() && !byId.containsKey(p.parent().get())) {
                throw new KnowledgeException("places: " + p.id() + " has unknown parent " + p.parent().get());
            }
            if (p.source().startsWith("curated") && p.kind() != PlaceKind.COUNTRY && p.kind() != PlaceKind.ADMIN1) {
                String code = curatedAdmin1(p, byId, admin1Code, gnByCountry);
                if (code != null) {
                    admin1Code.put(p.id(), code);
                    Place a = admin1ByCode.get(code);
                    if (a != null && p.admin1().isEmpty()) {
                        p = new Place(p.id(), p.name(), p.arabic(), p.lat(), p.lon(), p.kind(), p.country(),
                                Optional.of(a.name()), p.population(), p.parent(), p.geonames(), p.source());
                        byId.put(p.id(), p);
                    }
                }
            }
            fixed.add(p);
        }
        Set<String> starts = new HashSet<>();
        PhraseMatcher<PlaceName> matcher = buildMatcher(fixed, fcodes, ambiguous, core, starts);
        return new Gazetteer(fixed, byId, countries, admin1ByCode, admin1Code, fcodes, core, matcher, starts);
    }

    private static String curatedAdmin1(Place p, Map<String, Place> byId, Map<String, String> admin1Code,
                                        Map<String, List<Place>> gnByCountry) {
        for (Optional<String> q = p.parent(); q.isPresent(); ) {
            Place parent = byId.get(q.get());
            if (parent == null || parent.kind() == PlaceKind.COUNTRY) {
                break;
            }
            String code = admin1Code.get(parent.id());
            if (code != null) {
                return code;
            }
            q = parent.parent();
        }
        if (p.kind() == PlaceKind.REGION) {
            return null; // a region may span divisions
        }
        Place best = null;
        double bestD = 60;
        for (Place c : gnByCountry.getOrDefault(p.country(), List.of())) {
            double d = Geo.distanceKm(p.lat(), p.lon(), c.lat(), c.lon());
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best == null ? null : admin1Code.get(best.id());
    }

    private static PhraseMatcher<PlaceName> buildMatcher(List<Place> places, Map<String, String> fcodes,
                                                        Set<String> ambiguous, Set<String> core,
                                                        Set<String> starts) {
        PhraseMatcher.Builder<PlaceName> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (Place p : places) {
            String f = fcodes.get(p.id());
            boolean smallForeign = f != null && !core.contains(p.country())
                    && p.population() < SMALL_FOREIGN_POPULATION && !f.equals("PPLC")
                    && !(f.equals("PPLA") && p.population() >= FOREIGN_SEAT_POPULATION);
            Set<String> seen = new HashSet<>();
            for (String name : p.arabic()) {
                String folded = ArabicNormalizer.fold(name);
                if (!seen.add(folded)) {
                    continue;
                }
                List<String> keys = new ArrayList<>(3);
                int mask = keys(name, folded, keys);
                if (keys.isEmpty()) {
                    continue;
                }
                boolean needs = smallForeign || ambiguous.contains(folded)
                        || (keys.size() == 1 && keys.get(0).length() <= 2);
                b.addKeys(keys, new PlaceName(p, name, keys, mask, needs));
                starts.add(keys.get(0));
            }
        }
        // what the place finder and resolver ask about a name's places, worked out once
        return b.build(v -> PlaceNames.of(v, p -> fcodes.getOrDefault(p.id(), p.kind().name()), core));
    }

    /**
     * The lookup keys of a name, as {@link PhraseMatcher#keys(String)} makes them (one per word, the
     * article removed), and the mask of the words that carry the article. Names of letters and
     * spaces take a fast path; others go through the tokenizer.
     */
    static int keys(String name, String folded, List<String> keys) {
        boolean simple = !folded.isEmpty();
        for (int i = 0; i < folded.length() && simple; i++) {
            char c = folded.charAt(i);
            simple = c == ' ' || (c >= '\u0621' && c <= '\u064A');
        }
        int mask = 0;
        if (simple) {
            for (String w : folded.split(" ")) {
                if (w.isEmpty()) {
                    continue;
                }
                String key = org.marsad.text.Clitics.stripArticle(w);
                if (!key.equals(w) && keys.size() < 31) {
                    mask |= 1 << keys.size();
                }
                keys.add(key);
            }
            return mask;
        }
        for (Token t : Tokenizer.tokenize(ArabicNormalizer.normalize(name))) {
            if (t.kind() == Token.Kind.PUNCT) {
                continue;
            }
            if (!t.norm().equals(t.key()) && keys.size() < 31) {
                mask |= 1 << keys.size();
            }
            keys.add(t.key());
        }
        return mask;
    }

    private static Map<Long, Raw> readGeonames() {
        Map<Long, Raw> out = new LinkedHashMap<>(40_000);
        for (ResourceFiles.Line l : ResourceFiles.lines(DIR + "geonames-ar.tsv.gz")) {
            String[] f = fields(l, 9);
            Raw r = new Raw();
            try {
                r.id = Long.parseLong(f[0]);
                r.lat = Double.parseDouble(f[3]);
                r.lon = Double.parseDouble(f[4]);
                r.population = Long.parseLong(f[8]);
            } catch (NumberFormatException e) {
                throw l.error("bad number");
            }
            r.name = f[1];
            r.arabic = new ArrayList<>(Arrays.asList(f[2].split("\\|")));
            r.fcode = f[5];
            r.country = f[6];
            r.admin1 = f[7];
            r.parent = f.length > 9 && !f[9].isEmpty() ? f[9] : null;
            r.kind = r.fcode.equals("PPLX") ? PlaceKind.NEIGHBOURHOOD : PlaceKind.CITY;
            out.put(r.id, r);
        }
        return out;
    }

    private static void applyOverrides(Map<Long, Raw> raws) {
        for (ResourceFiles.Line l : ResourceFiles.lines(DIR + "geonames-overrides.tsv")) {
            String[] f = fields(l, 3);
            Raw r = raws.get(gnId(l, f[0].strip()));
            if (r == null) {
                throw l.error("no GeoNames entry " + f[0].strip() + " in geonames-ar.tsv.gz");
            }
            String value = f[2].strip();
            switch (f[1].strip()) {
                case "name" -> r.name = value;
                case "arabic+" -> {
                    for (String a : value.split("\\|")) {
                        if (!a.isBlank() && !r.arabic.contains(a.strip())) {
                            r.arabic.add(a.strip());
                        }
                    }
                }
                case "arabic-" -> {
                    String folded = ArabicNormalizer.fold(value);
                    if (!r.arabic.removeIf(a -> ArabicNormalizer.fold(a).equals(folded))) {
                        throw l.error("entry has no Arabic name " + value);
                    }
                }
                case "parent" -> r.parent = value.isEmpty() ? null : value;
                case "kind" -> r.kind = kind(l, value);
                case "population" -> r.population = (long) num(l, value);
                default -> throw l.error("unknown field '" + f[1].strip()
                        + "' (expected name, arabic+, arabic-, parent, kind, population)");
            }
        }
    }

    private static long gnId(ResourceFiles.Line l, String id) {
        if (!id.startsWith("gn:")) {
            throw l.error("expected a GeoNames id gn:NUMBER, got '" + id + "'");
        }
        try {
            return Long.parseLong(id.substring(3));
        } catch (NumberFormatException e) {
            throw l.error("expected a GeoNames id gn:NUMBER, got '" + id + "'");
        }
    }

    private static String[] fields(ResourceFiles.Line l, int min) {
        String[] f = l.fields();
        if (f.length < min) {
            throw l.error("expected at least " + min + " tab-separated fields, found " + f.length);
        }
        return f;
    }

    private static double num(ResourceFiles.Line l, String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw l.error("bad number '" + s + "'");
        }
    }

    private static List<String> arabic(ResourceFiles.Line l, String s) {
        List<String> out = new ArrayList<>();
        for (String a : s.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        if (out.isEmpty()) {
            throw l.error("no Arabic name");
        }
        return out;
    }

    private static PlaceKind kind(ResourceFiles.Line l, String s) {
        try {
            return PlaceKind.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw l.error("unknown place kind '" + s + "' (expected one of " + Arrays.toString(PlaceKind.values()) + ")");
        }
    }

    private static void requireCountry(ResourceFiles.Line l, String cc, Map<String, Place> countries) {
        if (!countries.containsKey(cc)) {
            throw l.error("unknown country " + cc + " (not in countries.tsv)");
        }
    }

    private static void add(ResourceFiles.Line l, Place p, List<Place> places, Map<String, Place> byId) {
        if (byId.putIfAbsent(p.id(), p) != null) {
            throw l.error("duplicate id " + p.id());
        }
        places.add(p);
    }
}
