package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.marsad.document.DateRange;
import org.marsad.document.Modality;
import org.marsad.knowledge.PlaceKind;

/**
 * One happening as reported by one or more articles: every report ({@link EventMention}) with its
 * source and evidence, the near-duplicate copies that repeat a report, and consensus fields.
 * Consensus, ACLED-style:
 * <ul>
 *   <li>{@link #type()}: the type most reports give (the first reported on a tie);</li>
 *   <li>{@link #place()}: the most specific place (lowest geo-precision, then facility or
 *       neighbourhood before town before area), the one most reports give on a tie;</li>
 *   <li>{@link #date()}: the tightest interval, the one most outlets give on a tie, then the earliest;</li>
 *   <li>{@link #fatalities()}, {@link #injured()}: the lowest figure reported;</li>
 *   <li>{@link #actor()}, {@link #target()}, {@link #facility()}: the one most reports give;</li>
 *   <li>{@link #sources()}: the union of outlets, copies included; {@link #speakers()} the union of
 *       the speakers the articles quote;</li>
 *   <li>{@link #disagreements()}: every field on which reports differ, with who said what.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: {@link #with(EventMention)}, {@link #withCopy(Copy)} and
 * {@link #merge(EventCluster)} return new clusters.
 */
public final class EventCluster {
    /**
     * A report from an article found to be a near-duplicate of one already in the cluster: it is
     * kept for reference but not counted as a report of its own (its fields take no part in the
     * consensus or the disagreements); it counts as an article and a source.
     *
     * @param mention    the copy's report that matched the cluster
     * @param copyOf     the earlier article it copies
     * @param similarity estimated Jaccard similarity of the two texts
     */
    public record Copy(EventMention mention, String copyOf, double similarity) {
        public String article() {
            return mention.article();
        }

        public String event() {
            return mention.event();
        }

        public Optional<String> outlet() {
            return mention.outlet();
        }

        public Optional<LocalDate> published() {
            return mention.published();
        }

        public String sourceKey() {
            return mention.sourceKey();
        }
    }

    private final long number;
    private final List<EventMention> mentions;
    private final List<Copy> copies;
    private final String family;
    private final boolean factual;
    private final List<Location> places;
    private final List<DateRange> dates;
    private final Set<String> articles;
    private final Set<String> facilityKeys;
    private final Set<String> partyKeys;
    private final Set<String> specificPartyKeys;
    private final Set<String> types;
    private final Set<String> countries;
    private final String type;
    private final Optional<Location> place;
    private final Optional<DateRange> date;
    private final OptionalInt fatalities;
    private final OptionalInt injured;
    private final List<String> sources;

    private EventCluster(long number, List<EventMention> mentions, List<Copy> copies) {
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a cluster holds at least one report");
        }
        this.number = number;
        this.mentions = List.copyOf(mentions);
        this.copies = List.copyOf(copies);
        EventMention first = mentions.get(0);
        this.family = first.family();
        this.factual = first.factual();
        Map<String, Location> pl = new LinkedHashMap<>();
        Set<DateRange> ds = new LinkedHashSet<>();
        Set<String> arts = new LinkedHashSet<>();
        Set<String> fac = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        Set<String> specific = new LinkedHashSet<>();
        Set<String> ty = new LinkedHashSet<>();
        Set<String> cc = new LinkedHashSet<>();
        Set<String> src = new LinkedHashSet<>();
        Map<String, Integer> typeCount = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            m.place().ifPresent(p -> {
                pl.putIfAbsent(p.key(), p);
                cc.add(p.country());
            });
            m.date().ifPresent(ds::add);
            arts.add(m.article());
            m.facility().ifPresent(f -> fac.add(Names.key(f)));
            for (Party p : m.parties()) {
                parties.add(p.key());
                if (p.specific()) {
                    specific.add(p.key());
                }
            }
            ty.add(m.type());
            typeCount.merge(m.type(), 1, Integer::sum);
            src.add(m.sourceKey());
        }
        for (Copy c : copies) {
            arts.add(c.article());
            src.add(c.sourceKey());
        }
        if (cc.isEmpty()) {
            cc.add("");
        }
        this.places = List.copyOf(pl.values());
        this.dates = List.copyOf(ds);
        this.articles = Collections.unmodifiableSet(arts);
        this.facilityKeys = Collections.unmodifiableSet(fac);
        this.partyKeys = Collections.unmodifiableSet(parties);
        this.specificPartyKeys = Collections.unmodifiableSet(specific);
        this.types = Collections.unmodifiableSet(ty);
        this.countries = Collections.unmodifiableSet(cc);
        this.sources = List.copyOf(src);
        this.type = mode(typeCount);
        this.place = consensusPlace();
        this.date = consensusDate();
        this.fatalities = min(EventMention::fatalities);
        this.injured = min(EventMention::injured);
    }

    /** A new cluster of one report. */
    public static EventCluster of(long number, EventMention m) {
        return new EventCluster(number, List.of(m), List.of());
    }

    /** This cluster with one more report. */
    public EventCluster with(EventMention m) {
        List<EventMention> l = new ArrayList<>(mentions.size() + 1);
        l.addAll(mentions);
        l.add(m);
        return new EventCluster(number, l, copies);
    }

    /** This cluster with one more near-duplicate copy. */
    public EventCluster withCopy(Copy c) {
        List<Copy> l = new ArrayList<>(copies);
        l.add(c);
        return new EventCluster(number, mentions, l);
    }

    /** The reports and copies of both clusters, under this cluster's number. */
    public EventCluster merge(EventCluster other) {
        List<EventMention> l = new ArrayList<>(mentions);
        l.addAll(other.mentions);
        List<Copy> c = new ArrayList<>(copies);
        c.addAll(other.copies);
        return new EventCluster(number, l, c);
    }

    public long number() {
        return number;
    }

    /** {@code c<number>}. */
    public String id() {
        return "c" + number;
    }

    public List<EventMention> mentions() {
        return mentions;
    }

    public List<Copy> copies() {
        return copies;
    }

    public String family() {
        return family;
    }

    /** False for clusters of planned or hypothetical events. */
    public boolean factual() {
        return factual;
    }

    /** The distinct places the reports give, in the order first reported. */
    public List<Location> places() {
        return places;
    }

    /** The distinct dates the reports give, in the order first reported. */
    public List<DateRange> dates() {
        return dates;
    }

    /** Articles whose reports or copies are in the cluster. */
    public Set<String> articles() {
        return articles;
    }

    Set<String> facilityKeys() {
        return facilityKeys;
    }

    Set<String> partyKeys() {
        return partyKeys;
    }

    Set<String> specificPartyKeys() {
        return specificPartyKeys;
    }

    /** The distinct types the reports give. */
    public Set<String> types() {
        return types;
    }

    /** Countries of the cluster's places; a single empty string when it has none. */
    Set<String> countries() {
        return countries;
    }

    public String type() {
        return type;
    }

    public Optional<Location> place() {
        return place;
    }

    public Optional<DateRange> date() {
        return date;
    }

    public OptionalInt fatalities() {
        return fatalities;
    }

    public OptionalInt injured() {
        return injured;
    }

    public Optional<Party> actor() {
        return modeOf(EventMention::actor);
    }

    public Optional<Party> target() {
        return modeOf(EventMention::target);
    }

    public Optional<String> facility() {
        return modeOf(EventMention::facility);
    }

    /** Outlets of the reports and copies (article ids where the outlet is unknown), each once. */
    public List<String> sources() {
        return sources;
    }

    /** Speakers quoted by the reports, each once. */
    public List<String> speakers() {
        Set<String> s = new LinkedHashSet<>();
        mentions.forEach(m -> s.addAll(m.sources()));
        return List.copyOf(s);
    }

    public int numArticles() {
        return articles.size();
    }

    public int numSources() {
        return sources.size();
    }

    /** The earliest publication date of a report or copy. */
    public Optional<LocalDate> firstReported() {
        return published().min(Comparator.naturalOrder());
    }

    /** The latest publication date of a report or copy. */
    public Optional<LocalDate> lastReported() {
        return published().max(Comparator.naturalOrder());
    }

    private java.util.stream.Stream<LocalDate> published() {
        return java.util.stream.Stream.concat(mentions.stream().map(EventMention::published),
                copies.stream().map(Copy::published)).flatMap(Optional::stream);
    }

    /**
     * The interval the cluster is indexed under: from the earliest start to the latest end of its
     * dates; for a cluster of undated reports, the {@value LinkRules#UNDATED_WINDOW_DAYS} days up to
     * their publication.
     */
    public Optional<DateRange> hull() {
        if (!dates.isEmpty()) {
            LocalDate s = dates.get(0).start();
            LocalDate e = dates.get(0).end();
            for (DateRange d : dates) {
                s = d.start().isBefore(s) ? d.start() : s;
                e = d.end().isAfter(e) ? d.end() : e;
            }
            return Optional.of(new DateRange(s, e, dates.size() == 1 ? dates.get(0).precision()
                    : org.marsad.document.DatePrecision.OTHER));
        }
        Optional<LocalDate> first = firstReported();
        Optional<LocalDate> last = lastReported();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(first.get().minusDays(LinkRules.UNDATED_WINDOW_DAYS - 1L), last.get(),
                org.marsad.document.DatePrecision.OTHER));
    }

    /** Fields on which the reports differ (none for a single report). */
    public List<Disagreement> disagreements() {
        List<Disagreement> out = new ArrayList<>();
        disagreement(out, "type", m -> Optional.of(m.type()));
        disagreement(out, "date", m -> m.date().filter(d -> d.precision() == org.marsad.document.DatePrecision.DAY)
                .map(d -> d.days() == 1 ? d.start().toString() : d.start() + ".." + d.end()));
        disagreement(out, "place", m -> m.place().filter(p -> p.precision() == 1 && p.kind() == PlaceKind.CITY)
                .map(Location::name));
        disagreement(out, "facility", EventMention::facility);
        disagreement(out, "actor", m -> m.actor().map(Party::canonical));
        disagreement(out, "target", m -> m.target().map(Party::canonical));
        disagreement(out, "fatalities", m -> m.fatalities().isPresent()
                ? Optional.of(Integer.toString(m.fatalities().getAsInt())) : Optional.empty());
        disagreement(out, "injured", m -> m.injured().isPresent()
                ? Optional.of(Integer.toString(m.injured().getAsInt())) : Optional.empty());
        disagreement(out, "modality", m -> Optional.of(m.modality() == Modality.DENIED ? "denied" : "affirmed"));
        return out;
    }

    private void disagreement(List<Disagreement> out, String field, Function<EventMention, Optional<String>> f) {
        Map<String, Set<String>> arts = new LinkedHashMap<>();
        Map<String, Set<String>> srcs = new HashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            Optional<String> v = f.apply(m);
            if (v.isEmpty()) {
                continue;
            }
            String k = field.equals("actor") || field.equals("target") || field.equals("place")
                    || field.equals("facility") ? Names.key(v.get()) : v.get();
            display.putIfAbsent(k, v.get());
            arts.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(m.article());
            srcs.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(m.sourceKey());
        }
        if (arts.size() < 2) {
            return;
        }
        List<Disagreement.Value> values = new ArrayList<>();
        arts.forEach((k, a) -> values.add(new Disagreement.Value(display.get(k), new ArrayList<>(a),
                new ArrayList<>(srcs.get(k)))));
        out.add(new Disagreement(field, values));
    }

    private static String mode(Map<String, Integer> counts) {
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    private <T> Optional<T> modeOf(Function<EventMention, Optional<T>> f) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, T> first = new HashMap<>();
        for (EventMention m : mentions) {
            Optional<T> v = f.apply(m);
            if (v.isPresent()) {
                String k = v.get() instanceof Party p ? p.key() : Names.key(v.get().toString());
                counts.merge(k, 1, Integer::sum);
                first.putIfAbsent(k, v.get());
            }
        }
        return counts.isEmpty() ? Optional.empty() : Optional.of(first.get(mode(counts)));
    }

    private Optional<Location> consensusPlace() {
        Location best = null;
        int bestCount = 0;
        for (Location p : places) {
            int count = 0;
            for (EventMention m : mentions) {
                if (m.place().isPresent() && m.place().get().key().equals(p.key())) {
                    count++;
                }
            }
            if (best == null || p.specificity() < best.specificity()
                    || (p.specificity() == best.specificity() && count > bestCount)) {
                best = p;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<DateRange> consensusDate() {
        DateRange best = null;
        int bestSources = 0;
        for (DateRange d : dates) {
            Set<String> outlets = new LinkedHashSet<>();
            for (EventMention m : mentions) {
                if (m.date().isPresent() && m.date().get().equals(d)) {
                    outlets.add(m.sourceKey());
                }
            }
            int n = outlets.size();
            if (best == null || d.days() < best.days()
                    || (d.days() == best.days() && (n > bestSources || (n == bestSources && d.start().isBefore(best.start()))))) {
                best = d;
                bestSources = n;
            }
        }
        return Optional.ofNullable(best);
    }

    private OptionalInt min(Function<EventMention, OptionalInt> f) {
        OptionalInt best = OptionalInt.empty();
        for (EventMention m : mentions) {
            OptionalInt v = f.apply(m);
            if (v.isPresent() && (best.isEmpty() || v.getAsInt() < best.getAsInt())) {
                best = v;
            }
        }
        return best;
    }

    /** One line in English, built from the consensus fields. */
    public String summary() {
        StringBuilder b = new StringBuilder(type);
        actor().ifPresent(a -> b.append(" by ").append(a.canonical()));
        target().ifPresent(t -> b.append(" against ").append(t.canonical()));
        facility().ifPresent(f -> b.append(" at ").append(f));
        place.ifPresent(p -> b.append(facility().isPresent() ? ", " : " in ").append(p.name())
                .append(p.country().isEmpty() ? "" : " (" + p.country() + ")"));
        date.ifPresent(d -> b.append(", ").append(d.days() == 1 ? d.start().toString() : d.start() + ".." + d.end()));
        if (fatalities.isPresent()) {
            b.append(", ").append(fatalities.getAsInt()).append(" killed");
        }
        b.append(": ").append(numArticles()).append(numArticles() == 1 ? " article, " : " articles, ")
                .append(numSources()).append(numSources() == 1 ? " source" : " sources");
        return b.toString();
    }

    @Override
    public String toString() {
        return id() + "[" + summary() + "]";
    }
}
