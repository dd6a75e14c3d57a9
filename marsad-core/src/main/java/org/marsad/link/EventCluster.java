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
 *   <li>{@link #date()}: the tightest interval, the one most reports give on a tie, then the earliest;</li>
 *   <li>{@link #fatalities()}, {@link #injured()}: the lowest figure reported;</li>
 *   <li>{@link #actor()}, {@link #target()}, {@link #facility()}: the one most reports give;</li>
 *   <li>{@link #sources()}: the union of outlets, copies included; {@link #speakers()} the union of
 *       the speakers the articles quote;</li>
 *   <li>{@link #disagreements()}: every field on which reports differ, with who said what.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: {@link #with(EventMention)}, {@link #withCopy(Copy)} and
 * {@link #merge(EventCluster)} return new clusters. They update the consensus from counts of
 * distinct values instead of rereading every report, and successive versions share the list of
 * articles ({@code Ordinals}), so adding a report to a cluster of thousands (one kidnapping
 * reported by hundreds of outlets) costs about as much as adding one to a cluster of three, apart
 * from copying the list of reports.
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
    private final SharedList<EventMention> mentionLog;
    private final SharedList<Copy> copyLog;
    private final List<EventMention> mentions;
    private final List<Copy> copies;
    private final Agg agg;
    private final String type;
    private final Optional<Location> place;
    private final Optional<DateRange> date;
    private final Optional<Party> actor;
    private final Optional<Party> target;
    private final Optional<String> facility;

    private EventCluster(long number, SharedList<EventMention> mentionLog, int mentionCount, SharedList<Copy> copyLog,
                         int copyCount, Agg agg) {
        if (mentionCount == 0) {
            throw new IllegalArgumentException("a cluster holds at least one report");
        }
        this.number = number;
        this.mentionLog = mentionLog;
        this.copyLog = copyLog;
        this.mentions = mentionLog.view(mentionCount);
        this.copies = copyLog.view(copyCount);
        this.agg = agg;
        this.type = mode(agg.typeCount).orElseThrow();
        this.place = consensusPlace();
        this.date = consensusDate();
        this.actor = mode(agg.actorCount).map(agg.actors::get);
        this.target = mode(agg.targetCount).map(agg.targets::get);
        this.facility = mode(agg.facilityCount).map(agg.facilities::get);
    }

    /**
     * What a cluster knows of its reports, kept up to date one report at a time so that adding a
     * report costs the same in a cluster of three reports as in one of three thousand: distinct
     * values with their counts (few), the outlets (one entry per outlet), and the articles
     * ({@link Ordinals}, shared between snapshots). A snapshot's {@code Agg} is never changed
     * after the snapshot is made; a new report is added to a copy, which shares the snapshot's
     * maps and copies one only when the report changes it (copy on write: a report without a
     * facility or a target, of a place already known, leaves those maps shared).
     */
    private static final class Agg {
        private static final int PLACES = 1;
        private static final int PLACE_COUNT = 1 << 1;
        private static final int DATE_COUNT = 1 << 2;
        private static final int FACILITIES = 1 << 3;
        private static final int FACILITY_COUNT = 1 << 4;
        private static final int ACTORS = 1 << 5;
        private static final int ACTOR_COUNT = 1 << 6;
        private static final int TARGETS = 1 << 7;
        private static final int TARGET_COUNT = 1 << 8;
        private static final int SPECIFIC = 1 << 9;
        private static final int PARTY_KEYS = 1 << 10;
        private static final int TYPE_COUNT = 1 << 11;
        private static final int COUNTRIES = 1 << 12;
        private static final int ALL = (1 << 13) - 1;
        String family;
        boolean factual;
        LinkedHashMap<String, Location> places;
        HashMap<String, Integer> placeCount;
        LinkedHashMap<DateRange, Integer> dateCount;
        LinkedHashMap<String, String> facilities;
        LinkedHashMap<String, Integer> facilityCount;
        LinkedHashMap<String, Party> actors;
        LinkedHashMap<String, Integer> actorCount;
        LinkedHashMap<String, Party> targets;
        LinkedHashMap<String, Integer> targetCount;
        LinkedHashMap<String, String> specificParties;
        LinkedHashSet<String> partyKeys;
        LinkedHashMap<String, Integer> typeCount;
        LinkedHashSet<String> countries;
        /** which of the maps this Agg made itself (the others are its snapshot's, not to be changed) */
        private int owned;
        Ordinals sources;
        int sourceCount;
        OptionalInt fatalities = OptionalInt.empty();
        OptionalInt injured = OptionalInt.empty();
        Optional<LocalDate> first = Optional.empty();
        Optional<LocalDate> last = Optional.empty();
        Ordinals articles;
        int articleCount;

        Agg() {
            places = new LinkedHashMap<>(4);
            placeCount = new HashMap<>(4);
            dateCount = new LinkedHashMap<>(4);
            facilities = new LinkedHashMap<>(4);
            facilityCount = new LinkedHashMap<>(4);
            actors = new LinkedHashMap<>(4);
            actorCount = new LinkedHashMap<>(4);
            targets = new LinkedHashMap<>(4);
            targetCount = new LinkedHashMap<>(4);
            specificParties = new LinkedHashMap<>(4);
            partyKeys = new LinkedHashSet<>(4);
            typeCount = new LinkedHashMap<>(4);
            countries = new LinkedHashSet<>(4);
            owned = ALL;
            sources = new Ordinals();
            articles = new Ordinals();
        }

        /** A copy of {@code o} that shares its maps until it changes them. */
        Agg(Agg o) {
            family = o.family;
            factual = o.factual;
            places = o.places;
            placeCount = o.placeCount;
            dateCount = o.dateCount;
            facilities = o.facilities;
            facilityCount = o.facilityCount;
            actors = o.actors;
            actorCount = o.actorCount;
            targets = o.targets;
            targetCount = o.targetCount;
            specificParties = o.specificParties;
            partyKeys = o.partyKeys;
            typeCount = o.typeCount;
            countries = o.countries;
            owned = 0;
            sources = o.sources;
            sourceCount = o.sourceCount;
            fatalities = o.fatalities;
            injured = o.injured;
            first = o.first;
            last = o.last;
            articles = o.articles;
            articleCount = o.articleCount;
        }

        /** Whether the map of {@code bit} is this Agg's own; when not, the caller copies it now. */
        private boolean own(int bit) {
            if ((owned & bit) != 0) {
                return true;
            }
            owned |= bit;
            return false;
        }

        private <K, V> LinkedHashMap<K, V> mutable(LinkedHashMap<K, V> m, int bit) {
            return own(bit) ? m : new LinkedHashMap<>(m);
        }

        void add(EventMention m) {
            if (typeCount.isEmpty()) {
                family = m.family();
                factual = m.factual();
            }
            typeCount = mutable(typeCount, TYPE_COUNT);
            typeCount.merge(m.type(), 1, Integer::sum);
            if (m.place().isPresent()) {
                Location p = m.place().get();
                if (!places.containsKey(p.key())) {
                    places = mutable(places, PLACES);
                    places.put(p.key(), p);
                }
                if (!own(PLACE_COUNT)) {
                    placeCount = new HashMap<>(placeCount);
                }
                placeCount.merge(p.key(), 1, Integer::sum);
                if (!countries.contains(p.country())) {
                    if (!own(COUNTRIES)) {
                        countries = new LinkedHashSet<>(countries);
                    }
                    countries.add(p.country());
                }
            }
            if (m.date().isPresent()) {
                dateCount = mutable(dateCount, DATE_COUNT);
                dateCount.merge(m.date().get(), 1, Integer::sum);
            }
            if (m.facility().isPresent()) {
                String f = m.facility().get();
                String k = Names.key(f);
                if (!facilities.containsKey(k)) {
                    facilities = mutable(facilities, FACILITIES);
                    facilities.put(k, f);
                }
                facilityCount = mutable(facilityCount, FACILITY_COUNT);
                facilityCount.merge(k, 1, Integer::sum);
            }
            if (m.actor().isPresent()) {
                Party p = m.actor().get();
                if (!actors.containsKey(p.key())) {
                    actors = mutable(actors, ACTORS);
                    actors.put(p.key(), p);
                }
                actorCount = mutable(actorCount, ACTOR_COUNT);
                actorCount.merge(p.key(), 1, Integer::sum);
            }
            if (m.target().isPresent()) {
                Party p = m.target().get();
                if (!targets.containsKey(p.key())) {
                    targets = mutable(targets, TARGETS);
                    targets.put(p.key(), p);
                }
                targetCount = mutable(targetCount, TARGET_COUNT);
                targetCount.merge(p.key(), 1, Integer::sum);
            }
            m.actor().ifPresent(this::party);
            m.target().ifPresent(this::party);
            fatalities = min(fatalities, m.fatalities());
            injured = min(injured, m.injured());
            seen(m.article(), m.sourceKey(), m.published());
        }

        private void party(Party p) {
            if (!partyKeys.contains(p.key())) {
                if (!own(PARTY_KEYS)) {
                    partyKeys = new LinkedHashSet<>(partyKeys);
                }
                partyKeys.add(p.key());
            }
            if (p.specific() && !specificParties.containsKey(p.key())) {
                specificParties = mutable(specificParties, SPECIFIC);
                specificParties.put(p.key(), p.canonical());
            }
        }

        void addCopy(Copy k) {
            seen(k.article(), k.sourceKey(), k.published());
        }

        private void seen(String article, String source, Optional<LocalDate> published) {
            if (!sources.contains(source, sourceCount)) {
                sources = sources.extend(sourceCount, source);
                sourceCount++;
            }
            published.ifPresent(d -> {
                first = Optional.of(first.filter(f -> f.isBefore(d)).orElse(d));
                last = Optional.of(last.filter(l -> l.isAfter(d)).orElse(d));
            });
            if (!articles.contains(article, articleCount)) {
                articles = articles.extend(articleCount, article);
                articleCount++;
            }
        }

        private static OptionalInt min(OptionalInt a, OptionalInt b) {
            if (b.isEmpty()) {
                return a;
            }
            return a.isEmpty() || b.getAsInt() < a.getAsInt() ? b : a;
        }
    }

    /** A new cluster of one report. */
    public static EventCluster of(long number, EventMention m) {
        Agg a = new Agg();
        a.add(m);
        return new EventCluster(number, new SharedList<EventMention>().append(0, m), 1, new SharedList<>(), 0, a);
    }

    /** This cluster with one more report. */
    public EventCluster with(EventMention m) {
        Agg a = new Agg(agg);
        a.add(m);
        return new EventCluster(number, mentionLog.append(mentions.size(), m), mentions.size() + 1, copyLog,
                copies.size(), a);
    }

    /** This cluster with one more near-duplicate copy. */
    public EventCluster withCopy(Copy c) {
        Agg a = new Agg(agg);
        a.addCopy(c);
        return new EventCluster(number, mentionLog, mentions.size(), copyLog.append(copies.size(), c), copies.size() + 1,
                a);
    }

    /** The reports and copies of both clusters, under this cluster's number (this cluster's articles first). */
    public EventCluster merge(EventCluster other) {
        Agg a = new Agg(agg);
        SharedList<EventMention> ms = mentionLog;
        int nm = mentions.size();
        for (EventMention m : other.mentions) {
            a.add(m);
            ms = ms.append(nm++, m);
        }
        SharedList<Copy> cs = copyLog;
        int nc = copies.size();
        for (Copy c : other.copies) {
            a.addCopy(c);
            cs = cs.append(nc++, c);
        }
        return new EventCluster(number, ms, nm, cs, nc, a);
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
        return agg.family;
    }

    /** False for clusters of planned or hypothetical events. */
    public boolean factual() {
        return agg.factual;
    }

    /** The distinct places the reports give, in the order first reported. */
    public List<Location> places() {
        return List.copyOf(agg.places.values());
    }

    /** The distinct dates the reports give, in the order first reported. */
    public List<DateRange> dates() {
        return List.copyOf(agg.dateCount.keySet());
    }

    /**
     * {@link #places()} without the copy, for scoring a report against many clusters (a snapshot's
     * values never change).
     */
    java.util.Collection<Location> placeValues() {
        return Collections.unmodifiableCollection(agg.places.values());
    }

    /** {@link #dates()} without the copy, for scoring. */
    java.util.Collection<DateRange> dateValues() {
        return Collections.unmodifiableSet(agg.dateCount.keySet());
    }

    /**
     * The distinct dates as epoch days, for scoring a report against many clusters without date
     * arithmetic: {@code start[i]}, {@code end[i]} and whether date {@code i} is day-precise
     * ({@link DatePrecision#DAY}, at most two days), in the order of {@link #dates()}. Made the first
     * time it is asked (a snapshot's dates never change).
     */
    static final class Days {
        final long[] start;
        final long[] end;
        final boolean[] day;

        private Days(java.util.Collection<DateRange> dates) {
            int n = dates.size();
            start = new long[n];
            end = new long[n];
            day = new boolean[n];
            int i = 0;
            for (DateRange d : dates) {
                start[i] = d.start().toEpochDay();
                end[i] = d.end().toEpochDay();
                day[i] = d.precision() == org.marsad.document.DatePrecision.DAY && end[i] - start[i] + 1 <= 2;
                i++;
            }
        }

        int size() {
            return start.length;
        }
    }

    private Days days;

    /** {@link #dates()} as epoch days ({@link Days}). */
    Days days() {
        Days d = days;
        if (d == null) {
            d = new Days(agg.dateCount.keySet());
            days = d;
        }
        return d;
    }

    /** Articles whose reports or copies are in the cluster, in the order they joined it. */
    public Set<String> articles() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(agg.articles.slice(0, agg.articleCount)));
    }

    /** Whether a report or copy of the article is in the cluster. */
    public boolean hasArticle(String article) {
        return agg.articles.contains(article, agg.articleCount);
    }

    /**
     * The articles that joined after the first {@code from}, in order. A cluster made from this one
     * by {@link #with}, {@link #withCopy} or {@link #merge} lists this one's articles first, so a
     * store can register only the new ones.
     */
    public List<String> articlesFrom(int from) {
        return agg.articles.slice(Math.min(from, agg.articleCount), agg.articleCount);
    }

    Set<String> facilityKeys() {
        return Collections.unmodifiableSet(agg.facilities.keySet());
    }

    /** Canonical names of the facilities the reports name, each once. */
    public List<String> facilities() {
        return List.copyOf(agg.facilities.values());
    }

    Set<String> partyKeys() {
        return Collections.unmodifiableSet(agg.partyKeys);
    }

    Set<String> specificPartyKeys() {
        return Collections.unmodifiableSet(agg.specificParties.keySet());
    }

    /** The actors and targets known to the actor dictionary, canonical names by comparison key. */
    Map<String, String> specificParties() {
        return Collections.unmodifiableMap(agg.specificParties);
    }

    /** The distinct types the reports give. */
    public Set<String> types() {
        return Collections.unmodifiableSet(agg.typeCount.keySet());
    }

    /** Countries of the cluster's places; a single empty string when it has none. */
    Set<String> countries() {
        return agg.countries.isEmpty() ? Set.of("") : Collections.unmodifiableSet(agg.countries);
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
        return agg.fatalities;
    }

    public OptionalInt injured() {
        return agg.injured;
    }

    public Optional<Party> actor() {
        return actor;
    }

    public Optional<Party> target() {
        return target;
    }

    public Optional<String> facility() {
        return facility;
    }

    /** Outlets of the reports and copies (article ids where the outlet is unknown), each once. */
    public List<String> sources() {
        return agg.sources.slice(0, agg.sourceCount);
    }

    /** Speakers quoted by the reports, each once. */
    public List<String> speakers() {
        Set<String> s = new LinkedHashSet<>();
        mentions.forEach(m -> s.addAll(m.sources()));
        return List.copyOf(s);
    }

    public int numArticles() {
        return agg.articleCount;
    }

    public int numSources() {
        return agg.sourceCount;
    }

    /** The earliest publication date of a report or copy. */
    public Optional<LocalDate> firstReported() {
        return agg.first;
    }

    /** The latest publication date of a report or copy. */
    public Optional<LocalDate> lastReported() {
        return agg.last;
    }

    /**
     * The interval the cluster is indexed under: from the earliest start to the latest end of its
     * dates; for a cluster of undated reports, the {@value LinkRules#UNDATED_WINDOW_DAYS} days up to
     * their publication.
     */
    public Optional<DateRange> hull() {
        Set<DateRange> dates = agg.dateCount.keySet();
        if (!dates.isEmpty()) {
            DateRange one = dates.iterator().next();
            LocalDate s = one.start();
            LocalDate e = one.end();
            for (DateRange d : dates) {
                s = d.start().isBefore(s) ? d.start() : s;
                e = d.end().isAfter(e) ? d.end() : e;
            }
            return Optional.of(new DateRange(s, e, dates.size() == 1 ? one.precision()
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

    /** The key counted most often; the first counted on a tie. */
    private static Optional<String> mode(Map<String, Integer> counts) {
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Location> consensusPlace() {
        Location best = null;
        int bestCount = 0;
        for (Location p : agg.places.values()) {
            int count = agg.placeCount.get(p.key());
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
        for (Map.Entry<DateRange, Integer> e : agg.dateCount.entrySet()) {
            DateRange d = e.getKey();
            int n = e.getValue();
            if (best == null || d.days() < best.days()
                    || (d.days() == best.days() && (n > bestSources || (n == bestSources && d.start().isBefore(best.start()))))) {
                best = d;
                bestSources = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** One line in English, built from the consensus fields. */
    public String summary() {
        StringBuilder b = new StringBuilder(type);
        actor.ifPresent(a -> b.append(" by ").append(a.canonical()));
        target.ifPresent(t -> b.append(" against ").append(t.canonical()));
        facility.ifPresent(f -> b.append(" at ").append(f));
        place.ifPresent(p -> b.append(facility.isPresent() ? ", " : " in ").append(p.name())
                .append(p.country().isEmpty() ? "" : " (" + p.country() + ")"));
        date.ifPresent(d -> b.append(", ").append(d.days() == 1 ? d.start().toString() : d.start() + ".." + d.end()));
        if (agg.fatalities.isPresent()) {
            b.append(", ").append(agg.fatalities.getAsInt()).append(" killed");
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
