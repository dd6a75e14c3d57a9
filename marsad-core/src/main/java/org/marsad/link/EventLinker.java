package org.marsad.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.document.DateRange;

/**
 * Links event reports across articles, one article at a time: near-duplicate copies are attached
 * to the reports they copy, every other report joins the best existing cluster it is compatible
 * with (see {@link LinkRules}) or starts a new one, and clusters are threaded into stories
 * ({@link StoryThreads}). Nothing is recomputed for old articles: a new report is compared only
 * with the clusters registered in the blocks around its place and date ({@link Blocking}).
 *
 * <p>The steps for each report of an article:
 * <ol>
 *   <li>if the article is a near-duplicate of an earlier one and a cluster holds a report of that
 *       earlier article (or of its group's original) of the same type, with compatible date and
 *       place, the report is recorded there as a copy;</li>
 *   <li>a report that is not {@linkplain LinkRules#linkable linkable} becomes a cluster of its own;</li>
 *   <li>the candidates are the clusters in its blocks; each is scored, and those at or above the
 *       threshold pass (best score first, then the larger cluster, then the older);</li>
 *   <li>otherwise it joins the best passing cluster, and every other passing cluster that is
 *       {@linkplain LinkRules#mergeable mergeable} with the result is merged into it (the report
 *       bridged them);</li>
 *   <li>with no passing cluster, it starts a new one.</li>
 * </ol>
 * The result depends on the order articles arrive in; adding them by publication date makes the
 * earliest publication the original of a near-duplicate group.
 *
 * <p>Thread-safe: {@link #add(ArticleRecord)} is synchronized (one article at a time); the
 * clusters returned are immutable snapshots.
 */
public final class EventLinker {
    private final LinkRules rules;
    private final MinHasher hasher;
    private final NearDuplicateIndex duplicates;
    private final ClusterStore store;
    private final StoryThreads threads;
    /** the date bounds of the clusters this linker wrote: candidates of other days are dropped unscored */
    private final DateBounds bounds = new DateBounds();

    public EventLinker(LinkRules rules, MinHasher hasher, NearDuplicateIndex duplicates, ClusterStore store,
                       StoryThreads threads) {
        this.rules = rules;
        this.hasher = hasher;
        this.duplicates = duplicates;
        this.store = store;
        this.threads = threads;
    }

    /** Default rules and thresholds, everything in memory. */
    public static EventLinker inMemory() {
        return new EventLinker(LinkRules.defaults(), MinHasher.standard(), new NearDuplicateIndex(),
                new InMemoryClusterStore(), new StoryThreads());
    }

    /** What happened to one report. */
    public enum Outcome {
        /** not linkable: a cluster of its own */
        ALONE,
        /** started a new cluster */
        NEW,
        /** joined an existing cluster */
        JOINED,
        /** recorded as a near-duplicate copy of a report already in a cluster */
        COPY
    }

    /** Where one report went. */
    public record Assignment(String mention, String cluster, Outcome outcome) {
    }

    /** The result of adding an article. */
    public record ArticleLink(String article, Optional<NearDuplicateIndex.Match> copyOf, List<Assignment> assignments) {
        public ArticleLink {
            assignments = List.copyOf(assignments);
        }
    }

    private record Scored(EventCluster cluster, double score) {
    }

    /**
     * Links one article's reports.
     *
     * @throws IllegalArgumentException if an article of the same id was linked before (nothing changes then)
     */
    public synchronized ArticleLink add(ArticleRecord a) {
        Signature sig = a.signature().filter(s -> hasher == MinHasher.standard() && s.size() == hasher.size())
                .orElseGet(() -> hasher.signature(a.dedupText()));
        return link(a, duplicates.add(a.id(), sig));
    }

    /**
     * Links one article's reports whose near-duplicate match was found elsewhere (by a distributed
     * LSH join over the whole corpus, as {@code marsad-spark} does): this linker's own
     * {@link NearDuplicateIndex} is neither consulted nor updated, so {@link #nearDuplicates()} and
     * {@link #articleCount()} leave such articles out. With the match the index would have given,
     * the result is the one {@link #add(ArticleRecord)} gives.
     */
    public synchronized ArticleLink add(ArticleRecord a, Optional<NearDuplicateIndex.Match> copyOf) {
        return link(a, copyOf);
    }

    private ArticleLink link(ArticleRecord a, Optional<NearDuplicateIndex.Match> dup) {
        Set<Long> copied = new HashSet<>();
        dup.ifPresent(d -> {
            copied.addAll(store.clustersOfArticle(d.matched()));
            copied.addAll(store.clustersOfArticle(d.original()));
        });
        List<Assignment> out = new ArrayList<>(a.mentions().size());
        for (EventMention m : a.mentions()) {
            out.add(link(m, dup, copied));
        }
        return new ArticleLink(a.id(), dup, out);
    }

    private Assignment link(EventMention m, Optional<NearDuplicateIndex.Match> dup, Set<Long> copied) {
        if (dup.isPresent()) {
            Optional<EventCluster> target = copyTarget(m, dup.get(), copied);
            if (target.isPresent()) {
                EventCluster c = target.get().withCopy(new EventCluster.Copy(m, dup.get().matched(), dup.get().similarity()));
                store.put(c, Blocking.keys(c));
                bounds.put(c);
                threads.update(c);
                return new Assignment(m.id(), c.id(), Outcome.COPY);
            }
        }
        Optional<DateRange> when = rules.linkDate(m);
        if (!rules.linkable(m) || when.isEmpty()) {
            EventCluster c = EventCluster.of(store.newNumber(), m);
            store.put(c, Set.of());
            bounds.put(c);
            threads.update(c);
            return new Assignment(m.id(), c.id(), Outcome.ALONE);
        }
        List<Scored> passing = new ArrayList<>();
        long slack = Math.max(rules.maxDayGap(), rules.coarseSlackDays());
        long from = when.get().start().toEpochDay() - slack;
        long to = when.get().end().toEpochDay() + slack;
        for (long n : store.candidates(Blocking.query(m, when.get(), rules), m.family(), m.factual())) {
            if (bounds.rulesOut(n, from, to)) {
                continue; // a date of the cluster is too far from the report's: LinkRules.score would reject it
            }
            Optional<EventCluster> c = store.get(n);
            if (c.isEmpty()) {
                continue;
            }
            OptionalDouble s = rules.score(m, when.get(), c.get());
            if (s.isPresent() && s.getAsDouble() >= rules.threshold()) {
                passing.add(new Scored(c.get(), s.getAsDouble()));
            }
        }
        if (passing.isEmpty()) {
            EventCluster c = EventCluster.of(store.newNumber(), m);
            store.put(c, Blocking.keys(c));
            bounds.put(c);
            threads.update(c);
            return new Assignment(m.id(), c.id(), Outcome.NEW);
        }
        passing.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> -s.cluster().mentions().size())
                .thenComparingLong(s -> s.cluster().number()));
        EventCluster c = passing.get(0).cluster().with(m);
        for (int i = 1; i < passing.size(); i++) {
            EventCluster other = passing.get(i).cluster();
            if (rules.mergeable(c, other)) {
                c = c.merge(other);
                store.remove(other.number());
                bounds.remove(other.number());
                threads.merged(other.number(), c.number());
            }
        }
        store.put(c, Blocking.keys(c));
        bounds.put(c);
        threads.update(c);
        return new Assignment(m.id(), c.id(), Outcome.JOINED);
    }

    /**
     * The cluster of the copied article's report that {@code m} repeats: same type, and the same
     * (or compatible) date and place, both absent or both present.
     */
    private Optional<EventCluster> copyTarget(EventMention m, NearDuplicateIndex.Match d, Set<Long> copied) {
        Set<String> group = new HashSet<>(List.of(d.matched(), d.original()));
        for (long n : new TreeSet<>(copied)) {
            Optional<EventCluster> c = store.get(n);
            if (c.isEmpty()) {
                continue;
            }
            for (EventMention o : c.get().mentions()) {
                if (group.contains(o.article()) && repeats(m, o)) {
                    return c;
                }
            }
            for (EventCluster.Copy k : c.get().copies()) {
                if (group.contains(k.article()) && repeats(m, k.mention())) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private boolean repeats(EventMention m, EventMention o) {
        if (!m.type().equals(o.type()) || m.date().isPresent() != o.date().isPresent()
                || m.place().isPresent() != o.place().isPresent()) {
            return false;
        }
        return (m.date().isEmpty() || rules.datesCompatible(m.date().get(), o.date().get()))
                && (m.place().isEmpty() || rules.placesCompatible(m.place().get(), o.place().get()));
    }

    /** Every cluster so far, by number. */
    public synchronized List<EventCluster> clusters() {
        return store.all();
    }

    /** The story threads so far. */
    public synchronized List<StoryThread> threads() {
        return threads.threads(store);
    }

    /** The near-duplicate groups so far. */
    /** How many articles were added. */
    public synchronized int articleCount() {
        return duplicates.size();
    }

    public synchronized List<NearDuplicateIndex.Group> nearDuplicates() {
        return duplicates.groups();
    }

    public ClusterStore store() {
        return store;
    }

    public LinkRules rules() {
        return rules;
    }
}
