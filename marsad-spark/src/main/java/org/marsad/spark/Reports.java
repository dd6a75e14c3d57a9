package org.marsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.document.DateRange;
import org.marsad.eval.CanonicalNames;
import org.marsad.knowledge.Codebook;
import org.marsad.link.BlockKey;
import org.marsad.link.Blocking;
import org.marsad.link.EventCluster;
import org.marsad.link.EventMention;
import org.marsad.link.LinkRules;
import org.marsad.output.JsonOutput;

/**
 * Event reports as the linker sees them ({@link EventMention}), rebuilt from the {@code events}
 * table exactly as {@code marsad link} builds them from {@code marsad extract}'s JSON, and the
 * blocking and pairing rules the Spark linker uses to cut the corpus into independent components.
 *
 * <p>Two reports interact (one may join, copy or merge with a cluster holding the other) only if
 * they share a block of {@link Blocking} and pass {@link #mayInteract}: same family and modality
 * class, different articles, dates within the linker's reach, and compatible places or the same
 * facility. The test is looser than {@link LinkRules#score}'s hard rules, never stricter, so that
 * every report that joins a cluster is connected to one of its reports.
 */
final class Reports {
    private static final CanonicalNames NAMES = CanonicalNames.plain();

    private Reports() {
    }

    /** The report of one row of the events table. */
    static EventMention mention(String articleId, String source, String published, String eventJson) {
        ObjectNode article = JsonOutput.mapper().createObjectNode();
        article.put("id", articleId);
        article.put("source", source);
        article.put("published", published);
        JsonNode event;
        try {
            event = JsonOutput.mapper().readTree(eventJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return EventMention.fromJson(article, event, Codebook.standard());
    }

    /** The blocks a report registers under when it starts a cluster (none when it cannot be linked). */
    static List<String> registered(EventMention m, LinkRules rules) {
        if (!rules.linkable(m) || rules.linkDate(m).isEmpty()) {
            return List.of();
        }
        return keys(Blocking.keys(EventCluster.of(0, m)));
    }

    /** The blocks a report looks in for clusters to join (none when it cannot be linked). */
    static List<String> queried(EventMention m, LinkRules rules) {
        Optional<DateRange> when = rules.linkDate(m);
        if (!rules.linkable(m) || when.isEmpty()) {
            return List.of();
        }
        return keys(Blocking.queryKeys(m, when.get(), rules));
    }

    private static List<String> keys(java.util.Set<BlockKey> ks) {
        List<String> out = new ArrayList<>(ks.size());
        for (BlockKey k : ks) {
            out.add(k.space() + "|" + k.week());
        }
        out.sort(null);
        return out;
    }

    /** Whether two linkable reports could end up in one cluster (see the class comment). */
    static boolean mayInteract(EventMention a, EventMention b, LinkRules rules) {
        if (!a.family().equals(b.family()) || a.factual() != b.factual() || a.article().equals(b.article())) {
            return false;
        }
        Optional<DateRange> da = rules.linkDate(a);
        Optional<DateRange> db = rules.linkDate(b);
        if (da.isEmpty() || db.isEmpty()) {
            return false;
        }
        long reach = rules.maxDayGap() + rules.coarseSlackDays() + LinkRules.UNDATED_WINDOW_DAYS;
        if (gap(da.get(), db.get()) > reach) {
            return false;
        }
        if (a.place().isPresent() && b.place().isPresent() && rules.placesCompatible(a.place().get(), b.place().get())) {
            return true;
        }
        return a.facility().isPresent() && b.facility().isPresent()
                && facilityKey(a.facility().get()).equals(facilityKey(b.facility().get()));
    }

    static long gap(DateRange a, DateRange b) {
        long g1 = ChronoUnit.DAYS.between(a.end(), b.start());
        long g2 = ChronoUnit.DAYS.between(b.end(), a.start());
        return Math.max(0, Math.max(g1, g2));
    }

    /** A facility's comparison key, as the linker makes it (folded canonical name without apostrophes). */
    static String facilityKey(String name) {
        return NAMES.key(name).replace("'", "").replace("\u2019", "");
    }

    /** Days since the epoch of a report's link date start, to order a component's reports in time. */
    static long linkDay(EventMention m, LinkRules rules) {
        return rules.linkDate(m).map(d -> d.start().toEpochDay()).orElse(m.published().orElse(LocalDate.MAX).toEpochDay());
    }
}
