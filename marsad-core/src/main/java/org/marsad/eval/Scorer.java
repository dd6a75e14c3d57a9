package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.knowledge.Geo;
import org.marsad.text.ArabicNormalizer;

/**
 * Scores one article's system output against its gold file, exactly as {@code gold/FORMAT.md}
 * specifies:
 * <ul>
 *   <li><b>entities</b>: sets of (type, normalized surface text) per file;</li>
 *   <li><b>dates</b>: a gold expression is resolved when a system date's text overlaps it and its
 *       interval equals the gold interval;</li>
 *   <li><b>places</b>: a gold place is resolved when a system place lies within 25 km (for regions
 *       without coordinates: the same country and canonical name);</li>
 *   <li><b>events</b>: equal type, same country and within 50 km where the gold has coordinates,
 *       overlapping dates (a null gold date matches any); paired one to one, best first; then the
 *       share of matched pairs with the right actor and target (null equals null), and with the
 *       right fatalities over pairs whose gold has a number;</li>
 *   <li><b>claims</b>: named speakers only (unnamed claims are left out on both sides), matched on
 *       speaker one to one; then the share with the right organization and channel.</li>
 * </ul>
 * Channels are compared by their kind: the last word, lower-cased, without a plural "s", so
 * "Reuters interview" and "interview" agree, as do "conferences" and "press conference".
 *
 * <p>Immutable and thread-safe.
 */
public final class Scorer {
    static final double PLACE_KM = 25;
    static final double EVENT_KM = 50;

    private final CanonicalNames names;

    public Scorer(CanonicalNames names) {
        this.names = names;
    }

    public FileScore score(String id, JsonNode gold, JsonNode system, String text) {
        Prf entities = entities(gold.path("entities"), system.path("entities"));
        Ratio dates = dates(gold.path("dates"), system.path("dates"), text);
        Ratio[] places = places(gold.path("places"), system.path("places"));
        int wrongCountry = wrongCountry(gold.path("places"), system.path("places"));
        EventMatch ev = events(gold.path("events"), system.path("events"));
        ClaimMatch cl = claims(gold.path("claims"), system.path("claims"));
        return new FileScore(id, entities, dates, places[0], places[1], wrongCountry, ev.prf, ev.actor, ev.target,
                ev.fatalities, cl.prf, cl.organization, cl.channel);
    }

    // ---- entities ----

    static String normalizeSurface(String s) {
        String f = ArabicNormalizer.fold(s);
        StringBuilder b = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u2039'
                    || c == '\u203A') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static Prf entities(JsonNode gold, JsonNode sys) {
        Set<String> g = entitySet(gold);
        Set<String> s = entitySet(sys);
        int tp = 0;
        for (String x : s) {
            if (g.contains(x)) {
                tp++;
            }
        }
        return new Prf(tp, s.size() - tp, g.size() - tp);
    }

    private static Set<String> entitySet(JsonNode arr) {
        Set<String> out = new HashSet<>();
        for (JsonNode e : arr) {
            String type = e.path("type").asText("").toUpperCase(Locale.ROOT);
            String text = normalizeSurface(e.path("text").asText(""));
            if (!text.isEmpty()) {
                out.add(type + "\t" + text);
            }
        }
        return out;
    }

    // ---- dates ----

    private static Ratio dates(JsonNode gold, JsonNode sys, String text) {
        int right = 0;
        int total = 0;
        String normText = text == null ? null : normalizeSurface(text);
        for (JsonNode g : gold) {
            total++;
            String gt = g.path("text").asText("");
            for (JsonNode s : sys) {
                if (!sameInterval(g, s)) {
                    continue;
                }
                if (textsOverlap(gt, s, normText)) {
                    right++;
                    break;
                }
            }
        }
        return new Ratio(right, total);
    }

    private static boolean sameInterval(JsonNode g, JsonNode s) {
        return g.path("start").asText("").equals(s.path("start").asText("x"))
                && g.path("end").asText("").equals(s.path("end").asText("x"));
    }

    /**
     * True when the system expression's text and the gold text overlap: one contains the other
     * after normalization, or they share a word.
     */
    static boolean textsOverlap(String goldText, JsonNode sys, String normDoc) {
        String g = normalizeSurface(goldText);
        String s = normalizeSurface(sys.path("text").asText(""));
        if (g.isEmpty() || s.isEmpty()) {
            return false;
        }
        if (g.contains(s) || s.contains(g)) {
            return true;
        }
        Set<String> gw = words(g);
        for (String w : words(s)) {
            if (gw.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split("[\\s()\\[\\]/,،.:;؛-]+")) {
            if (w.length() >= 2) {
                out.add(w);
            }
        }
        return out;
    }

    // ---- places ----

    private Ratio[] places(JsonNode gold, JsonNode sys) {
        int right = 0;
        int total = 0;
        int rightPt = 0;
        int totalPt = 0;
        for (JsonNode g : gold) {
            boolean hasPoint = g.hasNonNull("lat") && g.hasNonNull("lon");
            boolean ok = false;
            for (JsonNode s : sys) {
                if (hasPoint) {
                    if (s.hasNonNull("lat") && s.hasNonNull("lon") && Geo.distanceKm(g.get("lat").asDouble(),
                            g.get("lon").asDouble(), s.get("lat").asDouble(), s.get("lon").asDouble()) <= PLACE_KM) {
                        ok = true;
                        break;
                    }
                } else if (country(g).equals(country(s)) && names.same(g.path("canonical").asText(null),
                        s.path("canonical").asText(null))) {
                    ok = true;
                    break;
                }
            }
            total++;
            right += ok ? 1 : 0;
            if (hasPoint) {
                totalPt++;
                rightPt += ok ? 1 : 0;
            }
        }
        return new Ratio[] {new Ratio(right, total), new Ratio(rightPt, totalPt)};
    }

    private int wrongCountry(JsonNode gold, JsonNode sys) {
        int wrong = 0;
        for (JsonNode g : gold) {
            if (!g.hasNonNull("lat")) {
                continue;
            }
            for (JsonNode s : sys) {
                if (names.same(g.path("canonical").asText(null), s.path("canonical").asText(null))
                        && !country(g).equals(country(s))) {
                    wrong++;
                    break;
                }
            }
        }
        return wrong;
    }

    private static String country(JsonNode n) {
        return n.path("country").asText("").toUpperCase(Locale.ROOT);
    }

    // ---- events ----

    private record EventMatch(Prf prf, Ratio actor, Ratio target, Ratio fatalities) {
    }

    private record Pair(int g, int s, double quality) {
    }

    private EventMatch events(JsonNode gold, JsonNode sys) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < sys.size(); j++) {
                JsonNode g = gold.get(i);
                JsonNode s = sys.get(j);
                if (eventsMatch(g, s)) {
                    pairs.add(new Pair(i, j, eventQuality(g, s)));
                }
            }
        }
        List<Pair> chosen = oneToOne(pairs, gold.size(), sys.size());
        int actor = 0;
        int target = 0;
        int fat = 0;
        int fatTotal = 0;
        for (Pair p : chosen) {
            JsonNode g = gold.get(p.g);
            JsonNode s = sys.get(p.s);
            actor += names.same(name(g.get("actor")), name(s.get("actor"))) ? 1 : 0;
            target += names.same(name(g.get("target")), name(s.get("target"))) ? 1 : 0;
            if (g.hasNonNull("fatalities")) {
                fatTotal++;
                if (s.hasNonNull("fatalities") && s.get("fatalities").asLong() == g.get("fatalities").asLong()) {
                    fat++;
                }
            }
        }
        int tp = chosen.size();
        return new EventMatch(new Prf(tp, sys.size() - tp, gold.size() - tp), new Ratio(actor, tp),
                new Ratio(target, tp), new Ratio(fat, fatTotal));
    }

    /** Type, place and date agreement, as FORMAT.md defines an event match. */
    boolean eventsMatch(JsonNode g, JsonNode s) {
        if (!g.path("type").asText("").equalsIgnoreCase(s.path("type").asText(""))) {
            return false;
        }
        JsonNode gp = g.get("place");
        JsonNode sp = s.get("place");
        if (gp != null && !gp.isNull()) {
            if (sp == null || sp.isNull() || !country(gp).equals(country(sp))) {
                return false;
            }
            if (gp.hasNonNull("lat") && gp.hasNonNull("lon")) {
                if (!sp.hasNonNull("lat") || !sp.hasNonNull("lon") || Geo.distanceKm(gp.get("lat").asDouble(),
                        gp.get("lon").asDouble(), sp.get("lat").asDouble(), sp.get("lon").asDouble()) > EVENT_KM) {
                    return false;
                }
            }
        }
        JsonNode gd = g.get("date");
        if (gd == null || gd.isNull()) {
            return true;
        }
        JsonNode sd = s.get("date");
        if (sd == null || sd.isNull()) {
            return false;
        }
        try {
            LocalDate gs = LocalDate.parse(gd.path("start").asText());
            LocalDate ge = LocalDate.parse(gd.path("end").asText());
            LocalDate ss = LocalDate.parse(sd.path("start").asText());
            LocalDate se = LocalDate.parse(sd.path("end").asText());
            return !ge.isBefore(ss) && !se.isBefore(gs);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private double eventQuality(JsonNode g, JsonNode s) {
        double q = 0;
        q += names.same(name(g.get("actor")), name(s.get("actor"))) ? 1 : 0;
        q += names.same(name(g.get("target")), name(s.get("target"))) ? 1 : 0;
        q += names.same(name(g.get("place")), name(s.get("place"))) ? 1 : 0;
        JsonNode gd = g.get("date");
        JsonNode sd = s.get("date");
        if (gd != null && sd != null && !gd.isNull() && !sd.isNull()
                && gd.path("start").asText().equals(sd.path("start").asText())
                && gd.path("end").asText().equals(sd.path("end").asText())) {
            q += 1;
        }
        String gt = g.path("trigger").asText("");
        String st = s.path("trigger").isObject() ? s.path("trigger").path("text").asText("") : s.path("trigger").asText("");
        if (!gt.isEmpty() && !st.isEmpty() && (normalizeSurface(gt).contains(normalizeSurface(st))
                || normalizeSurface(st).contains(normalizeSurface(gt)))) {
            q += 2;
        }
        return q;
    }

    /** Greedy one-to-one assignment, best quality first; ties broken by gold then system order. */
    private static List<Pair> oneToOne(List<Pair> pairs, int ng, int ns) {
        pairs.sort(Comparator.comparingDouble(Pair::quality).reversed().thenComparingInt(Pair::g)
                .thenComparingInt(Pair::s));
        boolean[] gu = new boolean[ng];
        boolean[] su = new boolean[ns];
        List<Pair> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (!gu[p.g] && !su[p.s]) {
                gu[p.g] = true;
                su[p.s] = true;
                out.add(p);
            }
        }
        return out;
    }

    /** A name field that is a string, an object with {@code canonical}, or null. */
    static String name(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isObject()) {
            JsonNode c = n.get("canonical");
            return c == null || c.isNull() ? null : c.asText();
        }
        return n.asText();
    }

    // ---- claims ----

    private record ClaimMatch(Prf prf, Ratio organization, Ratio channel) {
    }

    private ClaimMatch claims(JsonNode gold, JsonNode sys) {
        List<JsonNode> g = named(gold);
        List<JsonNode> s = named(sys);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < s.size(); j++) {
                if (names.same(name(g.get(i).get("speaker")), name(s.get(j).get("speaker")))) {
                    double q = (names.same(name(g.get(i).get("organization")), name(s.get(j).get("organization"))) ? 1 : 0)
                            + (sameChannel(g.get(i).get("channel"), s.get(j).get("channel")) ? 1 : 0)
                            + (normalizeSurface(g.get(i).path("verb").asText("")).equals(
                                    normalizeSurface(s.get(j).path("verb").isObject()
                                            ? s.get(j).path("verb").path("text").asText("")
                                            : s.get(j).path("verb").asText(""))) ? 0.5 : 0);
                    pairs.add(new Pair(i, j, q));
                }
            }
        }
        List<Pair> chosen = oneToOne(pairs, g.size(), s.size());
        int org = 0;
        int ch = 0;
        for (Pair p : chosen) {
            org += names.same(name(g.get(p.g).get("organization")), name(s.get(p.s).get("organization"))) ? 1 : 0;
            ch += sameChannel(g.get(p.g).get("channel"), s.get(p.s).get("channel")) ? 1 : 0;
        }
        int tp = chosen.size();
        return new ClaimMatch(new Prf(tp, s.size() - tp, g.size() - tp), new Ratio(org, tp), new Ratio(ch, tp));
    }

    private static List<JsonNode> named(JsonNode arr) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : arr) {
            if (!c.path("unnamed").asBoolean(false)) {
                out.add(c);
            }
        }
        return out;
    }

    static boolean sameChannel(JsonNode a, JsonNode b) {
        String x = channelKind(name(a));
        String y = channelKind(name(b));
        return x == null ? y == null : x.equals(y);
    }

    static String channelKind(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        String[] w = channel.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String last = w[w.length - 1];
        if (last.endsWith("s") && last.length() > 3) {
            last = last.substring(0, last.length() - 1);
        }
        return last;
    }
}
