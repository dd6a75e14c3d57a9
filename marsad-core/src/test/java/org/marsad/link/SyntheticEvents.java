package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.document.Modality;
import org.marsad.knowledge.Codebook;
import org.marsad.knowledge.EventType;
import org.marsad.knowledge.PlaceKind;

/**
 * A reproducible stream of realistic event reports for benchmarks and property tests: happenings in
 * real towns of Syria, Iraq, Yemen, Libya and Turkey, each reported by one to several articles of
 * different outlets with the noise real reports have (a day's difference, a region instead of the
 * town, a neighbourhood a few km off, no actor, disagreeing tolls), two or three reports per
 * article, and article texts of ~200 words drawn from a news vocabulary.
 */
final class SyntheticEvents {
    private record Town(String name, String country, String admin1, double lat, double lon) {
    }

    private static final Town[] TOWNS = {
        new Town("Aleppo", "SY", "Aleppo", 36.20124, 37.16117), new Town("Azaz", "SY", "Aleppo", 36.58662, 37.04628),
        new Town("Al-Bab", "SY", "Aleppo", 36.37051, 37.5157), new Town("Idlib", "SY", "Idlib", 35.93062, 36.63393),
        new Town("Maarat al-Numan", "SY", "Idlib", 35.6436, 36.67), new Town("Hama", "SY", "Hama", 35.13179, 36.75783),
        new Town("Homs", "SY", "Homs", 34.72682, 36.72339), new Town("Damascus", "SY", "Damascus", 33.5102, 36.29128),
        new Town("Douma", "SY", "Rif Dimashq", 33.57175, 36.40217), new Town("Daraa", "SY", "Daraa", 32.61889, 36.10213),
        new Town("Raqqa", "SY", "Raqqa", 35.95283, 39.00788), new Town("Deir ez-Zor", "SY", "Deir ez-Zor", 35.33588, 40.14084),
        new Town("Al-Hasakah", "SY", "Al-Hasakah", 36.50237, 40.74772), new Town("Qamishli", "SY", "Al-Hasakah", 37.05215, 41.23142),
        new Town("Baghdad", "IQ", "Baghdad", 33.34058, 44.40088), new Town("Mosul", "IQ", "Nineveh", 36.335, 43.11889),
        new Town("Kirkuk", "IQ", "Kirkuk", 35.46806, 44.39222), new Town("Tikrit", "IQ", "Salah ad-Din", 34.61581, 43.67861),
        new Town("Ramadi", "IQ", "Anbar", 33.42056, 43.30778), new Town("Fallujah", "IQ", "Anbar", 33.35, 43.78333),
        new Town("Basra", "IQ", "Basra", 30.50852, 47.7804), new Town("Nasiriyah", "IQ", "Dhi Qar", 31.05799, 46.25726),
        new Town("Karbala", "IQ", "Karbala", 32.61603, 44.02488), new Town("Samarra", "IQ", "Salah ad-Din", 34.1959, 43.88568),
        new Town("Aden", "YE", "Aden", 12.77944, 45.03667), new Town("Sanaa", "YE", "Amanat al-Asimah", 15.35472, 44.20667),
        new Town("Taiz", "YE", "Taiz", 13.57952, 44.02091), new Town("Marib", "YE", "Marib", 15.46253, 45.32581),
        new Town("Hodeidah", "YE", "Hodeidah", 14.79781, 42.95452), new Town("Mukalla", "YE", "Hadramawt", 14.54248, 49.12424),
        new Town("Tripoli", "LY", "Tripoli", 32.88743, 13.18733), new Town("Benghazi", "LY", "Benghazi", 32.11486, 20.06859),
        new Town("Misrata", "LY", "Misrata", 32.37535, 15.09254), new Town("Sirte", "LY", "Sirte", 31.20892, 16.58866),
        new Town("Derna", "LY", "Derna", 32.767, 22.63669), new Town("Istanbul", "TR", "Istanbul", 41.01384, 28.94966),
        new Town("Ankara", "TR", "Ankara", 39.91987, 32.85427), new Town("Diyarbakir", "TR", "Diyarbakir", 37.91363, 40.21721),
        new Town("Gaziantep", "TR", "Gaziantep", 37.05944, 37.3825), new Town("Sanliurfa", "TR", "Sanliurfa", 37.16708, 38.79392),
    };

    private static final String[][] ACTORS = {
        {"ISIS", "isis"}, {"SDF", "sdf"}, {"Syrian Army", "syrian-army"}, {"Russian Air Force", "russia-air-force"},
        {"Turkish Army", "turkish-army"}, {"Syrian National Army", "sna"}, {"HTS", "hts"}, {"Iraqi Army", "iraqi-army"},
        {"PMF", "pmf"}, {"Houthis", "houthis"}, {"Saudi-led coalition", "saudi-coalition"}, {"STC", "stc"},
        {"LNA", "lna"}, {"GNU forces", "gnu-libya"}, {"PKK", "pkk"}, {"Turkish Police", "turkish-police"},
        {"Protesters", null}, {"Civilians", null}, {"Unidentified gunmen", null},
    };

    private static final String[] WORDS = ("قتل أصيب هجوم انفجار قصف غارة اشتباكات مدينة ريف قرية شمال جنوب شرق غرب "
            + "مصادر محلية ناشطون المرصد وزارة الداخلية الدفاع الحكومة قوات الجيش فصائل المعارضة تنظيم مسلحون مدنيون "
            + "أطفال نساء سيارة مفخخة عبوة ناسفة طائرة مسيرة صواريخ قذائف مدفعية سجن مخيم مطار سوق مستشفى مدرسة "
            + "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء ليل أمس اليوم حصيلة ارتفعت بلغت أكثر من "
            + "على الأقل بحسب وفق قال أكد أعلن نفى اتهم طالب دعا بيان مؤتمر صحفي تغريدة مسؤول مصدر أمني طبي "
            + "الحسكة حلب إدلب بغداد الموصل عدن صنعاء طرابلس بنغازي إسطنبول أنقرة دير الزور الرقة كركوك البصرة")
            .split(" ");

    private static final String[] OUTLETS = {"dev-wire-a", "dev-wire-b", "dev-daily-c", "dev-site-d", "dev-tv-e",
        "dev-agency-f", "dev-radio-g", "dev-site-h", "dev-daily-i", "dev-site-j", "dev-site-k", "dev-site-l"};

    /** The types news reports most, drawn two times out of three. */
    private static final List<String> FREQUENT = List.of("AIRSTRIKE", "ATTACK", "BOMBING", "CLASH", "KILLING", "SHELLING");

    private SyntheticEvents() {
    }

    /**
     * About {@code reports} reports in articles of two or three, from happenings spread over
     * {@code days} days, in order of publication.
     */
    static List<ArticleRecord> articles(int reports, int days, long seed) {
        Random r = new Random(seed);
        // the codebook's iteration order is not fixed: sort, so that a seed always gives the same stream
        List<EventType> types = Codebook.standard().types().stream().filter(t -> !t.verbal())
                .sorted(java.util.Comparator.comparing(EventType::name)).toList();
        LocalDate day0 = LocalDate.of(2019, 1, 1);
        List<EventMention> all = new ArrayList<>(reports + 16);
        int happening = 0;
        while (all.size() < reports) {
            happening++;
            Town town = TOWNS[r.nextInt(TOWNS.length)];
            // half the happenings are in one of eight villages 8-30 km around the town
            int village = r.nextBoolean() ? r.nextInt(8) : -1;
            Town site = village < 0 ? town : village(town, village);
            EventType type = r.nextInt(3) == 0 ? types.get(r.nextInt(types.size())) : Codebook.standard().require(FREQUENT.get(r.nextInt(FREQUENT.size())));
            LocalDate date = day0.plusDays(r.nextInt(days));
            String[] actor = ACTORS[r.nextInt(ACTORS.length)];
            String[] target = ACTORS[r.nextInt(ACTORS.length)];
            int killed = r.nextInt(4) == 0 ? -1 : r.nextInt(40);
            int n = 1 + (int) Math.floor(-Math.log(1 - r.nextDouble()) * 2.2); // geometric, mean ~2.9
            for (int k = 0; k < n && all.size() < reports; k++) {
                LocalDate d = r.nextInt(5) == 0 ? date.plusDays(r.nextBoolean() ? 1 : -1) : date;
                DateRange dr = r.nextInt(12) == 0 ? new DateRange(d.withDayOfMonth(1),
                        d.withDayOfMonth(d.lengthOfMonth()), DatePrecision.MONTH) : DateRange.day(d);
                Location place;
                int p = r.nextInt(10);
                if (p == 0) {
                    place = new Location(town.admin1() + " Governorate", town.country(), Optional.empty(),
                            PlaceKind.ADMIN1, 3, Optional.empty());
                } else if (p <= 2) {
                    place = new Location(site.name() + " district " + r.nextInt(3), site.country(),
                            Optional.of(site.admin1()), PlaceKind.NEIGHBOURHOOD, 1, Optional.of(new Location.LatLon(
                            site.lat() + (r.nextDouble() - 0.5) * 0.05, site.lon() + (r.nextDouble() - 0.5) * 0.05)));
                } else if (village >= 0 && p == 3) {
                    place = new Location(town.name(), town.country(), Optional.of(town.admin1()), PlaceKind.CITY, 2,
                            Optional.of(new Location.LatLon(town.lat(), town.lon())));
                } else {
                    place = new Location(site.name(), site.country(), Optional.of(site.admin1()), PlaceKind.CITY, 1,
                            Optional.of(new Location.LatLon(site.lat(), site.lon())));
                }
                Optional<Party> a = r.nextInt(3) == 0 ? Optional.empty() : Optional.of(party(actor));
                Optional<Party> t = r.nextInt(2) == 0 ? Optional.empty() : Optional.of(party(target));
                OptionalInt f = killed < 0 || r.nextInt(3) == 0 ? OptionalInt.empty()
                        : OptionalInt.of(Math.max(0, killed + r.nextInt(7) - 3));
                LocalDate published = date.plusDays(r.nextInt(3));
                String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
                all.add(new EventMention("h" + happening + "-r" + k, "e1", Optional.of(outlet), Optional.of(published),
                        type.name(), type.family(), Optional.of(place), Optional.empty(), Optional.of(dr), a, t, f,
                        OptionalInt.empty(), Modality.ASSERTED, false, false, List.of(), 0, 0, ""));
            }
        }
        java.util.Collections.shuffle(all, r); // articles mix the reports of a day, not of one happening
        all.sort(java.util.Comparator.comparing((EventMention m) -> m.published().get()));
        List<ArticleRecord> out = new ArrayList<>();
        int i = 0;
        int art = 0;
        while (i < all.size()) {
            int size = Math.min(all.size() - i, 2 + r.nextInt(2));
            List<EventMention> ms = new ArrayList<>(size);
            String id = "a" + (++art);
            for (int k = 0; k < size; k++) {
                EventMention m = all.get(i + k);
                ms.add(new EventMention(id, "e" + (k + 1), m.outlet(), m.published(), m.type(), m.family(), m.place(),
                        m.facility(), m.date(), m.actor(), m.target(), m.fatalities(), m.injured(), m.modality(),
                        false, false, List.of(), 0, 0, m.article()));
            }
            StringBuilder text = new StringBuilder(1600);
            for (int w = 0; w < 200; w++) {
                text.append(WORDS[r.nextInt(WORDS.length)]).append(w % 15 == 14 ? ".\n" : " ");
            }
            out.add(new ArticleRecord(id, ms.get(0).outlet(), ms.get(0).published(), Optional.empty(), text.toString(),
                    true, ms));
            i += size;
        }
        return out;
    }

    /** Village {@code k} of a town: a fixed point 8-30 km away in a direction of its own. */
    private static Town village(Town t, int k) {
        Random v = new Random(t.name().hashCode() * 31L + k);
        double km = 8 + v.nextDouble() * 22;
        double bearing = v.nextDouble() * 2 * Math.PI;
        double lat = t.lat() + km * Math.cos(bearing) / 111.0;
        double lon = t.lon() + km * Math.sin(bearing) / (111.0 * Math.cos(Math.toRadians(t.lat())));
        return new Town(t.name() + " village " + k, t.country(), t.admin1(), lat, lon);
    }

    /**
     * Pairwise score of a linker's clusters against the happenings the stream was drawn from (each
     * synthetic report keeps its happening in its evidence field: {@code h<n>-r<k>}).
     */
    static LinkingEvaluator.Pairwise score(EventLinker linker) {
        java.util.Map<String, String> gold = new java.util.HashMap<>();
        java.util.Map<String, String> system = new java.util.HashMap<>();
        for (EventCluster c : linker.clusters()) {
            List<EventMention> ms = new ArrayList<>(c.mentions());
            c.copies().forEach(k -> ms.add(k.mention()));
            for (EventMention m : ms) {
                gold.put(m.id(), m.evidence().substring(0, m.evidence().indexOf("-r")));
                system.put(m.id(), c.id());
            }
        }
        return LinkingEvaluator.pairwise(gold, system);
    }

    private static Party party(String[] a) {
        return new Party(a[0], Optional.ofNullable(a[1]));
    }
}
