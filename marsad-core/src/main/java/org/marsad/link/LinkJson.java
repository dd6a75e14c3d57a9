package org.marsad.link;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.document.DateRange;
import org.marsad.output.JsonOutput;

/**
 * The JSON that {@code marsad link} writes: clusters with their consensus fields, disagreements,
 * reports and copies; story threads with their timelines; near-duplicate groups. The layout is
 * described in {@code docs/LINKING.md}. Stateless and thread-safe.
 */
public final class LinkJson {
    public static final String SCHEMA_VERSION = "1";

    private LinkJson() {
    }

    /**
     * @param reports whether to list every report with its evidence (the default of the CLI) or only
     *                the consensus fields
     */
    public static ObjectNode write(EventLinker linker, boolean reports) {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("schema", SCHEMA_VERSION);
        List<EventCluster> clusters = linker.clusters();
        List<StoryThread> threads = linker.threads();
        Map<Long, String> threadOf = new HashMap<>();
        threads.forEach(t -> t.clusters().forEach(c -> threadOf.put(c, t.id())));
        Map<Long, EventCluster> byNumber = new HashMap<>();
        clusters.forEach(c -> byNumber.put(c.number(), c));
        o.put("articles", linker.articleCount());
        o.put("reports", clusters.stream().mapToInt(c -> c.mentions().size()).sum());
        o.put("copies", clusters.stream().mapToInt(c -> c.copies().size()).sum());
        ArrayNode cs = o.putArray("clusters");
        for (EventCluster c : clusters) {
            cs.add(cluster(c, Optional.ofNullable(threadOf.get(c.number())), reports));
        }
        ArrayNode ts = o.putArray("threads");
        for (StoryThread t : threads) {
            ObjectNode to = ts.addObject();
            to.put("id", t.id());
            to.put("start", t.start().map(Object::toString).orElse(null));
            to.put("end", t.end().map(Object::toString).orElse(null));
            ArrayNode links = to.putArray("links");
            t.links().forEach(links::add);
            ArrayNode timeline = to.putArray("timeline");
            for (long n : t.clusters()) {
                EventCluster c = byNumber.get(n);
                ObjectNode e = timeline.addObject();
                e.put("date", StoryThreads.day(c).map(Object::toString).orElse(null));
                e.put("dated", c.date().isPresent());
                e.put("cluster", c.id());
                e.put("type", c.type());
                e.put("place", c.place().map(Location::name).orElse(null));
                e.put("summary", c.summary());
            }
        }
        ArrayNode ds = o.putArray("near_duplicates");
        for (NearDuplicateIndex.Group g : linker.nearDuplicates()) {
            ObjectNode go = ds.addObject();
            go.put("original", g.original());
            ArrayNode copies = go.putArray("copies");
            for (NearDuplicateIndex.Match m : g.copies()) {
                ObjectNode mo = copies.addObject();
                mo.put("article", m.article());
                mo.put("matched", m.matched());
                mo.put("similarity", round(m.similarity()));
            }
        }
        return o;
    }

    static ObjectNode cluster(EventCluster c, Optional<String> thread, boolean reports) {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("id", c.id());
        o.put("type", c.type());
        o.put("family", c.family());
        if (c.place().isPresent()) {
            place(o.putObject("place"), c.place().get());
        } else {
            o.putNull("place");
        }
        o.put("facility", c.facility().orElse(null));
        date(o, "date", c.date());
        o.put("actor", c.actor().map(Party::canonical).orElse(null));
        o.put("target", c.target().map(Party::canonical).orElse(null));
        putInt(o, "fatalities", c.fatalities());
        putInt(o, "injured", c.injured());
        o.put("num_articles", c.numArticles());
        o.put("num_sources", c.numSources());
        ArrayNode src = o.putArray("sources");
        c.sources().forEach(src::add);
        ArrayNode sp = o.putArray("speakers");
        c.speakers().forEach(sp::add);
        o.put("first_reported", c.firstReported().map(Object::toString).orElse(null));
        o.put("last_reported", c.lastReported().map(Object::toString).orElse(null));
        o.put("thread", thread.orElse(null));
        o.put("summary", c.summary());
        o.set("disagreements", disagreements(c.disagreements()));
        if (reports) {
            ArrayNode ms = o.putArray("reports");
            for (EventMention m : c.mentions()) {
                ObjectNode mo = ms.addObject();
                mo.put("article", m.article());
                mo.put("event", m.event());
                mo.put("source", m.outlet().orElse(null));
                mo.put("published", m.published().map(Object::toString).orElse(null));
                mo.put("type", m.type());
                mo.put("place", m.place().map(Location::name).orElse(null));
                mo.put("facility", m.facility().orElse(null));
                date(mo, "date", m.date());
                mo.put("actor", m.actor().map(Party::canonical).orElse(null));
                mo.put("target", m.target().map(Party::canonical).orElse(null));
                putInt(mo, "fatalities", m.fatalities());
                putInt(mo, "injured", m.injured());
                mo.put("modality", m.modality().label());
                mo.put("background", m.background());
                ArrayNode speakers = mo.putArray("speakers");
                m.sources().forEach(speakers::add);
                mo.put("begin", m.begin());
                mo.put("end", m.end());
                mo.put("evidence", m.evidence());
            }
            ArrayNode cp = o.putArray("copies");
            for (EventCluster.Copy k : c.copies()) {
                ObjectNode ko = cp.addObject();
                ko.put("article", k.article());
                ko.put("event", k.event());
                ko.put("source", k.outlet().orElse(null));
                ko.put("published", k.published().map(Object::toString).orElse(null));
                ko.put("copy_of", k.copyOf());
                ko.put("similarity", round(k.similarity()));
            }
        }
        return o;
    }

    /** Disagreements as JSON: {@code [{field, values: [{value, articles, sources}]}]}. */
    public static ArrayNode disagreements(List<Disagreement> disagreements) {
        ArrayNode dis = JsonOutput.mapper().createArrayNode();
        for (Disagreement d : disagreements) {
            ObjectNode dn = dis.addObject();
            dn.put("field", d.field());
            ArrayNode vs = dn.putArray("values");
            for (Disagreement.Value v : d.values()) {
                ObjectNode vn = vs.addObject();
                vn.put("value", v.value());
                ArrayNode arts = vn.putArray("articles");
                v.articles().forEach(arts::add);
                ArrayNode srcs = vn.putArray("sources");
                v.sources().forEach(srcs::add);
            }
        }
        return dis;
    }

    private static void place(ObjectNode o, Location p) {
        o.put("canonical", p.name());
        o.put("country", p.country());
        o.put("admin1", p.admin1().orElse(null));
        o.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        o.put("precision", p.precision());
        if (p.point().isPresent()) {
            o.put("lat", p.point().get().lat());
            o.put("lon", p.point().get().lon());
        } else {
            o.putNull("lat");
            o.putNull("lon");
        }
    }

    private static void date(ObjectNode o, String field, Optional<DateRange> d) {
        if (d.isEmpty()) {
            o.putNull(field);
            return;
        }
        ObjectNode n = o.putObject(field);
        n.put("start", d.get().start().toString());
        n.put("end", d.get().end().toString());
        n.put("precision", d.get().precision().label());
        n.put("time_precision", d.get().precision().acledTimePrecision());
    }

    private static void putInt(ObjectNode o, String field, OptionalInt v) {
        if (v.isPresent()) {
            o.put(field, v.getAsInt());
        } else {
            o.putNull(field);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
