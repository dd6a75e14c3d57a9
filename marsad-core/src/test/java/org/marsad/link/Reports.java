package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.document.Modality;
import org.marsad.knowledge.Codebook;
import org.marsad.knowledge.PlaceKind;

/** Builders of event reports for tests. */
final class Reports {
    static final Location HASAKAH = town("Al-Hasakah", "SY", "Al-Hasakah", 36.50237, 40.74772);
    static final Location QAMISHLI = town("Qamishli", "SY", "Al-Hasakah", 37.05215, 41.23142);
    static final Location GHWAYRAN = new Location("Ghwayran", "SY", Optional.of("Al-Hasakah"), PlaceKind.NEIGHBOURHOOD, 1,
            Optional.of(new Location.LatLon(36.4747, 40.7442)));
    static final Location HASAKAH_GOV = new Location("Al-Hasakah Governorate", "SY", Optional.empty(), PlaceKind.ADMIN1, 3,
            Optional.of(new Location.LatLon(36.6, 40.9)));
    static final Location ALEPPO_GOV = new Location("Aleppo Governorate", "SY", Optional.empty(), PlaceKind.ADMIN1, 3,
            Optional.empty());
    static final Location NORTHERN_SYRIA = new Location("Northern Syria", "SY", Optional.empty(), PlaceKind.REGION, 3,
            Optional.empty());
    static final Location BAGHDAD = town("Baghdad", "IQ", "Baghdad", 33.34058, 44.40088);
    static final Location BASRA = town("Basra", "IQ", "Basra", 30.50852, 47.7804);
    static final Location AZAZ = town("Azaz", "SY", "Aleppo", 36.58662, 37.04628);
    static final Location MAREA = town("Marea", "SY", "Aleppo", 36.4811, 37.1872);
    static final Location NEAR_MAREA = new Location("Marea", "SY", Optional.of("Aleppo"), PlaceKind.CITY, 2,
            Optional.of(new Location.LatLon(36.4811, 37.1872)));
    static final Party ISIS = new Party("ISIS", Optional.of("isis"));
    static final Party SDF = new Party("SDF", Optional.of("sdf"));
    static final Party SYRIAN_ARMY = new Party("Syrian Army", Optional.of("syrian-army"));
    static final Party GUNMEN = Party.named("Unidentified gunmen");

    private Reports() {
    }

    static Location town(String name, String cc, String admin1, double lat, double lon) {
        return new Location(name, cc, Optional.of(admin1), PlaceKind.CITY, 1, Optional.of(new Location.LatLon(lat, lon)));
    }

    static Builder report(String id, String type) {
        return new Builder(id, type);
    }

    static ArticleRecord article(String id, String outlet, String published, String text, EventMention... ms) {
        return new ArticleRecord(id, Optional.ofNullable(outlet), Optional.ofNullable(published).map(LocalDate::parse),
                Optional.empty(), text, true, List.of(ms));
    }

    /** A report {@code article#event}; the article id is the part before '#'. */
    static final class Builder {
        private final String article;
        private final String event;
        private final String type;
        private Optional<String> outlet = Optional.empty();
        private Optional<LocalDate> published = Optional.empty();
        private Optional<Location> place = Optional.empty();
        private Optional<String> facility = Optional.empty();
        private Optional<DateRange> date = Optional.empty();
        private Optional<Party> actor = Optional.empty();
        private Optional<Party> target = Optional.empty();
        private OptionalInt fatalities = OptionalInt.empty();
        private OptionalInt injured = OptionalInt.empty();
        private Modality modality = Modality.ASSERTED;
        private boolean habitual;
        private boolean background;
        private final List<String> sources = new ArrayList<>();

        private Builder(String id, String type) {
            int i = id.indexOf('#');
            this.article = i < 0 ? id : id.substring(0, i);
            this.event = i < 0 ? "e1" : id.substring(i + 1);
            this.type = type;
        }

        Builder outlet(String o) {
            outlet = Optional.of(o);
            return this;
        }

        Builder published(String d) {
            published = Optional.of(LocalDate.parse(d));
            return this;
        }

        Builder at(Location l) {
            place = Optional.of(l);
            return this;
        }

        Builder facility(String f) {
            facility = Optional.of(f);
            return this;
        }

        Builder day(String d) {
            date = Optional.of(DateRange.day(LocalDate.parse(d)));
            return this;
        }

        Builder month(String yyyyMm) {
            LocalDate s = LocalDate.parse(yyyyMm + "-01");
            date = Optional.of(new DateRange(s, s.withDayOfMonth(s.lengthOfMonth()), DatePrecision.MONTH));
            return this;
        }

        Builder year(int y) {
            date = Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR));
            return this;
        }

        Builder actor(Party p) {
            actor = Optional.of(p);
            return this;
        }

        Builder target(Party p) {
            target = Optional.of(p);
            return this;
        }

        Builder killed(int n) {
            fatalities = OptionalInt.of(n);
            return this;
        }

        Builder injured(int n) {
            injured = OptionalInt.of(n);
            return this;
        }

        Builder modality(Modality m) {
            modality = m;
            return this;
        }

        Builder habitual() {
            habitual = true;
            return this;
        }

        Builder background() {
            background = true;
            return this;
        }

        Builder speaker(String s) {
            sources.add(s);
            return this;
        }

        EventMention build() {
            String family = Codebook.standard().require(type).family();
            return new EventMention(article, event, outlet, published, type, family, place, facility, date, actor,
                    target, fatalities, injured, modality, habitual, background, sources, 0, 0, "");
        }
    }
}
