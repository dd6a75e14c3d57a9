package org.marsad.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * Converts UniversalPetrarch's Arabic actor dictionary ({@code actor_dict_ar_v4.txt}, MIT) into
 * Marsad's {@code actors/upetrarch.jsonl}. Re-runnable:
 * <pre>
 * ./mvnw -q -B -pl marsad-core exec:java ... or
 * java -cp marsad-core/target/classes:$(deps) org.marsad.knowledge.ActorUpetrarchConverter \
 *     ../shared/data/universalpetrarch_arabic marsad-core/src/main/resources/marsad/knowledge/actors
 * </pre>
 * (docs/ACTORS.md gives the exact command). Rules:
 * <ol>
 *   <li>an entry is a name line ({@code نوري_المالكي_}) with codes on the same line or on indented
 *       lines after it; codes are {@code [CODE]}, {@code [CODE FROM-TO]}, {@code [CODE >FROM]},
 *       {@code [CODE <TO]} with dates as YYYYMMDD; an end before the start, or 18000101, is open;</li>
 *   <li>entries with the same name are merged, their codes kept in file order;</li>
 *   <li>entries whose codes are only a country ({@code [IRQ]}: places, nationalities) are left out: the
 *       countries file and the gazetteer cover them; so are role-only codes ({@code [GOV]}, {@code [MIL]})
 *       unless international ({@code IGO}, {@code NGO}, {@code IMG}) or of three words or more,
 *       names of more than seven words, and names that a curated file already has;</li>
 *   <li>the type follows the name's head noun (حزب → party, وزارة → government, صحيفة → media ...), else
 *       the code's sector (MIL, COP, REB, MED, IGO ...), else PERSON for names of two to five words
 *       with a country-and-role code; a name with a nationality adjective after its head
 *       without the article («خارجية روسي», «مسؤول أميركي», «شعب عراقي»: the dictionary's lemma form)
 *       describes a body or an unnamed person and takes the sector's type, never PERSON («منصور
 *       التركي» stays a person);</li>
 *   <li>a name that is only a compound given name or a kunya («عبد الله», «أبو محمد») is marked
 *       ambiguous, like one-word names: it names thousands of people;</li>
 *   <li>a person's surname becomes an ambiguous short form unless it is a month name («حميد شباط»:
 *       «شباط» is February), a nationality adjective («السوري»), a given name («صدام حسين»: «حسين»
 *       names thousands) or an adjective without the article («سامي عسكري»: «عسكري» is military);</li>
 *   <li>lemma forms («وزارة_دفاع_أميركي_») also get a surface form with articles and agreement
 *       («وزارة الدفاع الأميركية»), the way the text writes them;</li>
 *   <li>the English name is a transliteration ({@link ActorTransliterator}); the id is
 *       {@code up:<slug>}, numbered when slugs collide.</li>
 * </ol>
 */
public final class ActorUpetrarchConverter {
    private static final Pattern CODE = Pattern.compile("\\[\\s*([A-Z~]+)\\s*(?:([<>])?\\s*(\\d{8}))?\\s*(?:-\\s*(\\d{8}))?\\s*\\]");
    private static final Set<String> ORG_HEADS = Set.of("حزب", "حركه", "جبهه", "منظمه", "مجلس", "وزاره", "وكاله",
            "جيش", "قوه", "قوات", "شرطه", "حكومه", "اتحاد", "جمعيه", "هيئه", "لجنه", "مكتب", "جامعه", "شركه", "بنك",
            "صحيفه", "جريده", "قناه", "تلفزيون", "اذاعه", "محكمه", "برلمان", "رئاسه", "ديوان", "سفاره", "مؤسسه",
            "جماعه", "تنظيم", "كتائب", "كتيبه", "لواء", "فرقه", "ائتلاف", "تحالف", "تيار", "نقابه", "مركز", "معهد",
            "مصرف", "صندوق", "برنامج", "مجموعه", "عصبه", "سلطه", "اداره", "دائره", "مديريه", "امانه", "قياده",
            "رابطه", "كتله", "منتدى", "مرصد", "شبكه", "مجلة", "مجله", "موقع", "فيلق", "سرايا", "الويه", "حرس",
            "مليشيا", "ميليشيا", "قوى", "اجهزه", "جهاز", "مصلحه", "هلال", "صليب", "دوله", "امارة", "اماره",
            "وحدات", "وحده", "شرطة", "مخابرات", "استخبارات", "اكاديميه", "مستشفى", "حلف", "منظمات", "جبهة",
            "اقليم", "نظام");
    private static final Set<String> TITLES = Set.of("رئيس", "وزير", "امين", "ملك", "شيخ", "امير", "سفير", "نائب",
            "عاهل", "قائد", "زعيم", "رئيسه", "وزيره", "جنرال", "عقيد", "لواء", "عميد", "مدير", "مستشار", "سابق",
            "ولي", "عهد", "مبعوث", "متحدث", "ناطق", "مندوب", "سيد", "دكتور", "رئيس_وزير", "عام", "خادم");

    /** Folded nationality adjectives of {@code actors/countries.jsonl} («روسي», «عراقي»). */
    private static final Set<String> NATIONALITIES = nationalities();

    /** Folded given names of {@code roles/given-names.txt}: «حسين», «عمر» are no one's short form. */
    private static final Set<String> GIVEN_NAMES = Set.copyOf(ResourceFiles.words("roles/given-names.txt").stream()
            .map(ArabicNormalizer::fold).toList());

    /** Folded month names of {@code time/months.txt}. */
    private static final Set<String> MONTHS = Set.copyOf(ResourceFiles.words("time/months.txt").stream()
            .map(ActorUpetrarchConverter::bare).toList());

    private static final Set<String> FUNCTION_WORDS = Set.of("في", "من", "علي", "الي", "عن", "مع", "لدي", "و", "ل",
            "ب", "بين", "حول", "ضد", "بعد", "قبل");

    private ActorUpetrarchConverter() {
    }

    /** An entry as read: its raw name and codes. */
    record Raw(String name, List<String[]> codes, int line) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ActorUpetrarchConverter UPETRARCH_DIR OUTPUT_ACTORS_DIR");
        }
        Path in = Path.of(args[0]).resolve("actor_dict_ar_v4.txt");
        Path outDir = Path.of(args[1]);
        Report r = convert(in, outDir);
        System.out.println(r);
    }

    /** What a conversion did, for PROVENANCE.md. */
    public record Report(int entries, int written, int nameForms, int countryOnly, int roleOnly, int curated,
                         int tooLong, int titles) {
    }

    public static Report convert(Path dictionary, Path actorsDir) throws IOException {
        List<Raw> raws = read(dictionary);
        Set<String> curated = curatedKeys(actorsDir);
        Map<String, Raw> merged = new LinkedHashMap<>();
        for (Raw r : raws) {
            String key = ArabicNormalizer.fold(clean(r.name()));
            Raw prev = merged.get(key);
            if (prev == null) {
                merged.put(key, new Raw(r.name(), new ArrayList<>(r.codes()), r.line()));
            } else {
                prev.codes().addAll(r.codes());
            }
        }
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        out.append("# Converted from UniversalPetrarch's Arabic actor dictionary (actor_dict_ar_v4.txt, branch arabic,\n")
           .append("# commit a0af422b2e6d4d47263c9eeca3e5b7fac1d9df0e, MIT, (c) 2016 Open Event Data Alliance) by\n")
           .append("# org.marsad.knowledge.ActorUpetrarchConverter: do not edit by hand, re-run it (docs/ACTORS.md).\n")
           .append("# English names are transliterations; \"codes\" keeps the original CAMEO codes and date ranges;\n")
           .append("# \"source\" gives the line of the original file.\n");
        Set<String> ids = new HashSet<>();
        Set<String> recovered = new HashSet<>();
        int written = 0;
        int forms = 0;
        int countryOnly = 0;
        int roleOnly = 0;
        int inCurated = 0;
        int tooLong = 0;
        int titles = 0;
        for (Raw r : merged.values()) {
            String surface = clean(r.name());
            String[] words = surface.split(" ");
            if (words.length > 7 || surface.length() < 2) {
                tooLong++;
                continue;
            }
            if (r.codes().isEmpty() || r.codes().stream().allMatch(c -> c[0].length() == 3 && isCountry(c[0]))) {
                countryOnly++;
                continue;
            }
            String code = r.codes().get(0)[0];
            boolean international = code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG")
                    || code.startsWith("MNC");
            boolean roleOnlyCode = !isCountry(code.substring(0, Math.min(3, code.length())));
            if (roleOnlyCode && !international) {
                roleOnly++;
                continue;
            }
            if (allTitles(words) || TITLES.contains(ArabicNormalizer.fold(words[0]).replaceFirst("^\u0627\u0644", ""))) {
                String[] rest = withoutTitles(words);
                String restKey = rest == null ? null : ArabicNormalizer.fold(String.join(" ", rest));
                if (rest == null || merged.containsKey(restKey) || !recovered.add(restKey)) {
                    titles++;
                    continue;
                }
                words = rest;
                surface = String.join(" ", rest);
            }
            List<String> variants = variants(words);
            boolean known = false;
            for (String v : variants) {
                if (curated.contains(String.join(" ", PhraseMatcher.keys(v)))) {
                    known = true;
                }
            }
            if (known) {
                inCurated++;
                continue;
            }
            ActorType type = type(words, code);
            String name = ActorTransliterator.name(variants.get(0));
            String slug = ActorTransliterator.slug(variants.get(0));
            String id = "up:" + slug;
            for (int k = 2; !ids.add(id); k++) {
                id = "up:" + slug + "-" + k;
            }
            ObjectNode o = json.createObjectNode();
            o.put("id", id);
            o.put("name", name);
            o.put("type", type.name());
            if (!roleOnlyCode) {
                String iso2 = iso2(code.substring(0, 3));
                if (iso2 != null) {
                    o.put("country", iso2);
                }
            }
            o.put("cameo", code);
            ArrayNode ar = o.putArray("ar");
            for (String v : variants) {
                ar.add(words.length == 1 || givenNameOnly(words) ? "?" + v : v);
                forms++;
            }
            String surname = type == ActorType.PERSON ? surname(words) : null;
            if (surname != null) {
                ar.add("?" + surname);
                forms++;
            }
            ArrayNode cs = o.putArray("codes");
            for (String[] c : r.codes()) {
                ObjectNode t = cs.addObject();
                t.put("code", c[0]);
                if (c[1] != null) {
                    t.put("from", c[1]);
                }
                if (c[2] != null) {
                    t.put("to", c[2]);
                }
            }
            o.put("source", "upetrarch:actor_dict_ar_v4.txt:" + r.line());
            out.append(json.writeValueAsString(o)).append('\n');
            written++;
        }
        Files.writeString(actorsDir.resolve("upetrarch.jsonl"), out.toString(), StandardCharsets.UTF_8);
        return new Report(merged.size(), written, forms, countryOnly, roleOnly, inCurated, tooLong, titles);
    }

    static List<Raw> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Raw> out = new ArrayList<>();
        Raw current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int bracket = s.indexOf('[');
            String name = bracket < 0 ? s : s.substring(0, bracket).strip();
            if (!name.isEmpty()) {
                current = new Raw(name, new ArrayList<>(), i + 1);
                out.add(current);
            }
            if (bracket >= 0 && current != null) {
                Matcher m = CODE.matcher(s.substring(bracket));
                while (m.find()) {
                    current.codes().add(code(m));
                }
            }
        }
        return out;
    }

    private static String[] code(Matcher m) {
        String code = m.group(1).replace("~", "");
        String from = null;
        String to = null;
        String op = m.group(2);
        String d1 = m.group(3);
        String d2 = m.group(4);
        if ("<".equals(op)) {
            to = iso(d1);
        } else {
            from = iso(d1);
            to = iso(d2);
        }
        if (to != null && (to.startsWith("1800") || (from != null && to.compareTo(from) < 0))) {
            to = null;
        }
        return new String[] {code, from, to};
    }

    private static String iso(String yyyymmdd) {
        if (yyyymmdd == null) {
            return null;
        }
        String s = yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6, 8);
        try {
            int year = java.time.LocalDate.parse(s).getYear();
            return year >= 1900 && year <= 2030 ? s : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Underscores to spaces, the separated preposition ل joined to its word, tatweel and marks dropped. */
    static String clean(String name) {
        String s = name.replace('_', ' ').replace("\u0670", "").strip().replaceAll("\\s+", " ");
        s = s.replaceAll("(^| )\u0644 \u0627\u0644", "$1\u0644\u0644").replaceAll("(^| )\u0644 ", "$1\u0644")
             .replaceAll("(^| )\u0628 ", "$1\u0628");
        return s;
    }

    /**
     * The name as written, plus the surface forms a lemma sequence stands for: nisba adjectives
     * agreeing with a feminine head («محكمة جنائي دولي» → «محكمة الجنائية الدولية») or with the noun
     * before them, articles on the words after the head, «عبد الله» and «عبدالله» both ways, and
     * «أميركي» also as «أمريكي».
     */
    static List<String> variants(String[] words) {
        Set<String> out = new java.util.LinkedHashSet<>();
        String raw = String.join(" ", words);
        if (words.length >= 2 && isOrgHead(words[0])) {
            boolean feminineHead = words[0].endsWith("\u0629");
            out.add(surface(words, feminineHead, true));
            out.add(surface(words, feminineHead, false));
        }
        out.add(raw);
        Set<String> spelled = new java.util.LinkedHashSet<>(out);
        for (String v : out) {
            spelled.add(v.replace("\u0623\u0645\u064A\u0631\u0643\u064A", "\u0623\u0645\u0631\u064A\u0643\u064A"));
            if (v.contains("\u0639\u0628\u062F ")) {
                spelled.add(v.replace("\u0639\u0628\u062F ", "\u0639\u0628\u062F"));
            }
            if (v.matches(".*\u0639\u0628\u062F\u0627\u0644.*")) {
                spelled.add(v.replace("\u0639\u0628\u062F\u0627\u0644", "\u0639\u0628\u062F \u0627\u0644"));
            }
        }
        return new ArrayList<>(spelled);
    }

    private static String surface(String[] words, boolean feminineHead, boolean agreeWithHead) {
        StringBuilder sb = new StringBuilder(words[0]);
        boolean feminine = feminineHead;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            boolean definite = w.startsWith("\u0627\u0644") || w.startsWith("\u0644\u0644") || w.length() < 3;
            boolean nisba = w.length() >= 4 && w.endsWith("\u064A") && !definite;
            if (nisba && feminine) {
                w = w + "\u0629";
            } else if (!nisba && !agreeWithHead) {
                feminine = w.endsWith("\u0629");
            }
            if (!definite) {
                w = "\u0627\u0644" + w;
            }
            sb.append(' ').append(w);
        }
        return sb.toString();
    }

    /**
     * A «title + name» entry («رئيس_وزير_غوردون_براون_») without its leading title words and the
     * nisba adjectives among them («رئيس سوداني عمر البشير» → «عمر البشير»); null unless two to four
     * name words remain and the first is no organization noun.
     */
    static String[] withoutTitles(String[] words) {
        int i = 0;
        while (i < words.length) {
            String f = ArabicNormalizer.fold(words[i]).replaceFirst("^\u0627\u0644", "");
            boolean nisba = f.endsWith("\u064A") && f.length() >= 4 && i > 0;
            if (TITLES.contains(f) || nisba || f.length() <= 1 || f.equals("\u0633\u0627\u0628\u0642")) {
                i++;
            } else {
                break;
            }
        }
        int left = words.length - i;
        if (i == 0 || left < 2 || left > 4 || isOrgHead(words[i])) {
            return null;
        }
        for (int k = i; k < words.length; k++) {
            if (FUNCTION_WORDS.contains(ArabicNormalizer.fold(words[k]))) {
                return null;
            }
        }
        return java.util.Arrays.copyOfRange(words, i, words.length);
    }

    /**
     * The family name of a two-to-four-word person name, as an ambiguous form: the last word, or the
     * last two after عبد / أبو / بن / آل / دي; null when it is short or a title.
     */
    static String surname(String[] words) {
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        String last = words[words.length - 1];
        String before = words[words.length - 2];
        String fb = ArabicNormalizer.fold(before);
        if (Set.of("\u0639\u0628\u062F", "\u0627\u0628\u0648", "\u0628\u0646", "\u0627\u0644",
                "\u062F\u064A").contains(fb)) {
            return words.length > 2 ? before + " " + last : null;
        }
        String f = ArabicNormalizer.fold(last).replaceFirst("^\u0627\u0644", "");
        boolean indefiniteNisba = f.equals(ArabicNormalizer.fold(last)) && f.endsWith("\u064A"); // «عسكري»
        if (f.length() < 4 || TITLES.contains(f) || f.endsWith("\u064A\u0647") || MONTHS.contains(bare(last))
                || NATIONALITIES.contains(bare(last)) || GIVEN_NAMES.contains(f) || indefiniteNisba) {
            return null;
        }
        return last;
    }

    private static boolean isOrgHead(String w) {
        return ORG_HEADS.contains(ArabicNormalizer.fold(w).replaceFirst("^\u0627\u0644", ""));
    }

    private static boolean allTitles(String[] words) {
        for (String w : words) {
            String f = ArabicNormalizer.fold(w).replaceFirst("^\u0627\u0644", "");
            if (!TITLES.contains(f) && w.length() > 1) {
                return false;
            }
        }
        return true;
    }

    static ActorType type(String[] words, String code) {
        String head = ArabicNormalizer.fold(words[0]).replaceFirst("^\u0627\u0644", "");
        if (Set.of("حزب", "تيار", "كتله", "ائتلاف").contains(head)) {
            return ActorType.PARTY;
        }
        if (Set.of("صحيفه", "جريده", "قناه", "تلفزيون", "اذاعه", "وكاله", "مجله", "موقع", "شبكه").contains(head)
                && code.contains("MED")) {
            return ActorType.MEDIA;
        }
        if (Set.of("وزاره", "حكومه", "رئاسه", "ديوان", "برلمان", "مجلس", "سفاره", "سلطه", "اداره", "هيئه", "لجنه",
                "محكمه", "بلديه").contains(head)) {
            return code.contains("IGO") ? ActorType.IGO : ActorType.GOVERNMENT;
        }
        String sector = code.length() > 3 && isCountry(code.substring(0, 3)) ? code.substring(3) : code;
        if (isOrgHead(words[0]) || TITLES.contains(head) || words.length == 1 || words.length > 5
                || nationalityAfterHead(words)) {
            return sectorType(sector);
        }
        return ActorType.PERSON;
    }

    /**
     * A word after the first is a nationality adjective without the article, as the dictionary's
     * lemma forms write a body's nationality («خارجية روسي», «مصدر أمني مصري»); with the article it
     * may be a surname («منصور التركي»).
     */
    static boolean nationalityAfterHead(String[] words) {
        for (int i = 1; i < words.length; i++) {
            String f = ArabicNormalizer.fold(words[i]);
            if (!f.startsWith("\u0627\u0644") && NATIONALITIES.contains(bare(words[i]))) {
                return true;
            }
        }
        return false;
    }

    /** «عبد الله», «أبو محمد», «عبدالرحمن»: a compound given name or a kunya and nothing else. */
    static boolean givenNameOnly(String[] words) {
        if (words.length != 2) {
            return false;
        }
        String first = ArabicNormalizer.fold(words[0]);
        return first.equals("\u0639\u0628\u062F") || first.equals("\u0627\u0628\u0648");
    }

    /** Folded, without the article, a feminine ending read as masculine («الروسية» → «روسي»). */
    private static String bare(String w) {
        String f = ArabicNormalizer.fold(w).replaceFirst("^\u0627\u0644", "");
        return f.endsWith("\u064A\u0647") ? f.substring(0, f.length() - 1) : f;
    }

    private static Set<String> nationalities() {
        Set<String> out = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (ResourceFiles.Line l : ResourceFiles.lines("actors/countries.jsonl")) {
            try {
                var n = json.readTree(l.text());
                if (n.has("adj_ar")) {
                    n.get("adj_ar").forEach(a -> out.add(bare(a.asText())));
                }
            } catch (IOException e) {
                throw l.error(e.getMessage());
            }
        }
        return Set.copyOf(out);
    }

    private static ActorType sectorType(String sector) {
        if (sector.startsWith("MIL")) {
            return ActorType.MILITARY;
        }
        if (sector.startsWith("COP")) {
            return ActorType.POLICE;
        }
        if (sector.startsWith("SPY")) {
            return ActorType.SECURITY;
        }
        if (sector.startsWith("REB") || sector.startsWith("INS") || sector.startsWith("IMG") || sector.startsWith("UAF")) {
            return ActorType.ARMED_GROUP;
        }
        if (sector.startsWith("PTY") || sector.startsWith("OPP")) {
            return ActorType.PARTY;
        }
        if (sector.startsWith("MED")) {
            return ActorType.MEDIA;
        }
        if (sector.startsWith("IGO")) {
            return ActorType.IGO;
        }
        if (sector.startsWith("NGO") || sector.startsWith("HRI")) {
            return ActorType.NGO;
        }
        if (sector.startsWith("GOV") || sector.startsWith("LEG") || sector.startsWith("JUD") || sector.startsWith("ELI")) {
            return ActorType.GOVERNMENT;
        }
        if (sector.startsWith("CVL") || sector.startsWith("REF")) {
            return ActorType.PEOPLE;
        }
        return ActorType.OTHER;
    }

    /** Three-letter codes that are countries (ISO 3166 alpha-3 as CAMEO uses them). */
    static boolean isCountry(String c3) {
        return iso2(c3) != null || Set.of("PSE", "KOS", "WST").contains(c3);
    }

    static String iso2(String alpha3) {
        return ALPHA3.get(alpha3);
    }

    private static final Map<String, String> ALPHA3 = alpha3();

    private static Map<String, String> alpha3() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            try {
                m.put(new Locale("", iso2).getISO3Country(), iso2);
            } catch (java.util.MissingResourceException e) {
                // no alpha-3 code for this one
            }
        }
        return m;
    }

    /** Key sequences of every Arabic name in the curated files, to skip what they already have. */
    private static Set<String> curatedKeys(Path actorsDir) {
        Set<String> out = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(actorsDir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("curated-")
                    || f.getFileName().toString().equals("countries.jsonl")).toList()) {
                for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (l.isBlank() || l.startsWith("#")) {
                        continue;
                    }
                    var n = json.readTree(l);
                    for (String f : new String[] {"ar", "adj_ar", "capital_ar"}) {
                        if (n.has(f)) {
                            for (var e : n.get(f)) {
                                String s = e.asText().replaceFirst("^[~?]", "");
                                out.add(String.join(" ", PhraseMatcher.keys(s)));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
