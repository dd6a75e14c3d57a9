package org.marsad.recognize.ner;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Name lists from outside the training data that become {@link Gazetteer} entries (fold -1):
 * <ol>
 *   <li>the class-path lists {@value #CUES} (title, organization, place and reporting cues) and
 *       {@value #FIRST_NAMES} (Arabic personal names);</li>
 *   <li>Arabic names from Unicode CLDR as ICU4J ships them: countries and regions
 *       ({@code CLDR_COUNTRY}), the example cities of time zones ({@code CLDR_CITY}) and currencies
 *       ({@code CLDR_CURRENCY}, and the first word of each as {@code CLDR_CURWORD});</li>
 *   <li>the project's own knowledge ({@link #project()}): the places of the gazetteer by kind
 *       ({@code PL_COUNTRY}, {@code PL_ADMIN}, {@code PL_CITY}, {@code PL_NBHD}, {@code PL_REGION},
 *       {@code PL_FAC}), the actors of the actor dictionary by type ({@code AC_PERSON},
 *       {@code AC_STATE}, {@code AC_PEOPLE}, {@code AC_OTHER}, {@code AC_ORG} for every organized
 *       type), given names ({@code GIVEN}), month and weekday names ({@code MONTH}, {@code WEEKDAY})
 *       and place names that are also common words ({@code COMMON});</li>
 *   <li>optionally, a PETRARCH actor dictionary (UniversalPetrarch's {@code actor_dict_ar_v4.txt}):
 *       every actor name ({@code _} between words) as {@code ACTOR}, and as {@code ACTOR_DATED}
 *       when one of its codes has a date range (mostly people in office).</li>
 * </ol>
 * Stateless; every method reads its source afresh.
 */
public final class ReferenceLists {
    public static final String CUES = "marsad/models/ner/lists/cues.txt";
    public static final String FIRST_NAMES = "marsad/models/ner/lists/first-names.txt";
    private static final ULocale ARABIC = new ULocale("ar");
    private static final Pattern DATED = Pattern.compile("\\[[^\\]]*[0-9]{8}[^\\]]*\\]|\\[[^\\]]*>[0-9]+");

    private ReferenceLists() {
    }

    /** The class-path lists. */
    public static List<Gazetteer.Entry> builtIn() {
        List<Gazetteer.Entry> out = new ArrayList<>(classPath(CUES));
        out.addAll(classPath(FIRST_NAMES));
        return out;
    }

    private static List<Gazetteer.Entry> classPath(String resource) {
        InputStream in = ReferenceLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("NER list " + resource + " is not on the class path");
        }
        try (InputStream s = in) {
            return NerTrainer.readLists(s, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Typed names from the project's knowledge resources (gazetteer, actors, time words); see the class comment. */
    public static List<Gazetteer.Entry> project() {
        java.util.Map<String, Set<String>> byType = new java.util.TreeMap<>();
        for (org.marsad.knowledge.Place p : org.marsad.knowledge.Gazetteer.standard().places()) {
            String type = switch (p.kind()) {
                case COUNTRY -> "PL_COUNTRY";
                case ADMIN1, ADMIN2 -> "PL_ADMIN";
                case CITY -> "PL_CITY";
                case NEIGHBOURHOOD -> "PL_NBHD";
                case REGION -> "PL_REGION";
                case FACILITY -> "PL_FAC";
            };
            p.arabic().forEach(n -> add(byType.computeIfAbsent(type, k -> new TreeSet<>()), n));
        }
        for (org.marsad.knowledge.Actor a : org.marsad.knowledge.ActorDictionary.standard().actors()) {
            String type = switch (a.type()) {
                case PERSON -> "AC_PERSON";
                case STATE -> "AC_STATE";
                case PEOPLE -> "AC_PEOPLE";
                case OTHER -> "AC_OTHER";
                default -> "AC_ORG";
            };
            a.arabic().forEach(n -> add(byType.computeIfAbsent(type, k -> new TreeSet<>()), n));
        }
        words(byType, "GIVEN", "roles/given-names.txt");
        words(byType, "MONTH", "time/months.txt");
        words(byType, "WEEKDAY", "time/weekdays.txt");
        words(byType, "COMMON", "places/ambiguous-names.txt");
        List<Gazetteer.Entry> out = new ArrayList<>();
        byType.forEach((type, names) -> names.forEach(n -> out.add(new Gazetteer.Entry(type, -1, n))));
        return out;
    }

    private static void words(java.util.Map<String, Set<String>> byType, String type, String resource) {
        Set<String> set = byType.computeIfAbsent(type, k -> new TreeSet<>());
        org.marsad.knowledge.ResourceFiles.words(resource).forEach(w -> add(set, w));
    }

    /**
     * Names and words of another labelled corpus (not trained on): each name as {@code X_}+type,
     * and the clitic-stripped stem of each word seen outside names as {@code X_O}. They tell the
     * model which words are names or ordinary words in other text (Wikipedia, other news).
     */
    public static List<Gazetteer.Entry> fromCorpus(List<LabeledSentence> corpus) {
        java.util.Map<String, Set<String>> byType = new java.util.TreeMap<>();
        for (LabeledSentence s : corpus) {
            for (NerSpan e : NerSpan.fromBio(s.tags())) {
                add(byType.computeIfAbsent("X_" + e.type(), k -> new TreeSet<>()),
                        String.join(" ", s.tokens().subList(e.start(), e.end())));
            }
            for (int t = 0; t < s.size(); t++) {
                if (s.tags().get(t).equals(ConllFormat.OUTSIDE)) {
                    String norm = org.marsad.text.ArabicNormalizer.fold(s.tokens().get(t));
                    if (WordAnalysis.kind(norm) == org.marsad.document.Token.Kind.WORD && norm.length() >= 2) {
                        add(byType.computeIfAbsent("X_O", k -> new TreeSet<>()), WordAnalysis.stemOf(norm));
                    }
                }
            }
        }
        List<Gazetteer.Entry> out = new ArrayList<>();
        byType.forEach((type, names) -> names.forEach(n -> out.add(new Gazetteer.Entry(type, -1, n))));
        return out;
    }

    /** Country, region, city and currency names in Arabic from ICU4J's CLDR data. */
    public static List<Gazetteer.Entry> cldr() {
        Set<String> countries = new TreeSet<>();
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(ARABIC);
        for (String cc : ULocale.getISOCountries()) {
            add(countries, names.regionDisplayName(cc));
        }
        for (String region : new String[] {"001", "002", "003", "005", "009", "011", "013", "014", "015", "017", "018",
            "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150",
            "151", "154", "155", "419", "EU", "UN"}) {
            add(countries, names.regionDisplayName(region));
        }
        Set<String> cities = new TreeSet<>();
        TimeZoneNames tz = TimeZoneNames.getInstance(ARABIC);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            add(cities, tz.getExemplarLocationName(id));
        }
        Set<String> currencies = new TreeSet<>();
        Set<String> currencyWords = new TreeSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            String n = c.getName(ARABIC, Currency.LONG_NAME, null);
            if (n != null && !n.equalsIgnoreCase(c.getCurrencyCode()) && isArabic(n)) {
                currencies.add(n);
                currencyWords.add(n.split(" ")[0]);
            }
        }
        List<Gazetteer.Entry> out = new ArrayList<>();
        countries.forEach(n -> out.add(new Gazetteer.Entry("CLDR_COUNTRY", -1, n)));
        cities.forEach(n -> out.add(new Gazetteer.Entry("CLDR_CITY", -1, n)));
        currencies.forEach(n -> out.add(new Gazetteer.Entry("CLDR_CURRENCY", -1, n)));
        currencyWords.forEach(n -> out.add(new Gazetteer.Entry("CLDR_CURWORD", -1, n)));
        return out;
    }

    private static void add(Set<String> set, String name) {
        if (name != null && isArabic(name)) {
            String n = name.replace('\t', ' ').replace('\n', ' ').strip();
            if (!n.isEmpty()) {
                set.add(n);
            }
        }
    }

    private static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                return true;
            }
        }
        return false;
    }

    /**
     * Actor names from a PETRARCH actor dictionary: a line starting with a name
     * ({@code نوري_المالكي_}), optionally followed by {@code [CODE]}, then indented
     * {@code [CODE dates]} lines. Comment lines ({@code #}) and synonym lines ({@code +}) are skipped.
     */
    public static List<Gazetteer.Entry> petrarchActors(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor dictionary " + file, e);
        }
        Set<String> all = new TreeSet<>();
        Set<String> dated = new TreeSet<>();
        String current = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0)) && line.strip().startsWith("[");
            String l = line.strip();
            if (!indented) {
                if (l.startsWith("#") || l.startsWith("+") || l.startsWith("[") || l.startsWith("<")) {
                    current = null;
                    continue;
                }
                int bracket = l.indexOf('[');
                String name = (bracket >= 0 ? l.substring(0, bracket) : l).replace('_', ' ').strip();
                int hash = name.indexOf('#');
                if (hash >= 0) {
                    name = name.substring(0, hash).strip();
                }
                current = isArabic(name) ? name.toLowerCase(Locale.ROOT) : null;
                if (current != null) {
                    all.add(current);
                    if (bracket >= 0 && DATED.matcher(l).find()) {
                        dated.add(current);
                    }
                }
            } else if (current != null && DATED.matcher(l).find()) {
                dated.add(current);
            }
        }
        List<Gazetteer.Entry> out = new ArrayList<>();
        all.forEach(n -> out.add(new Gazetteer.Entry("ACTOR", -1, n)));
        dated.forEach(n -> out.add(new Gazetteer.Entry("ACTOR_DATED", -1, n)));
        return out;
    }
}
