package org.marsad.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.marsad.document.DateRange;
import org.marsad.link.ArticleRecord;
import org.marsad.link.EventCluster;
import org.marsad.link.EventLinker;
import org.marsad.link.EventMention;
import org.marsad.link.Location;
import org.marsad.link.NearDuplicateIndex;

/**
 * Links the reports of one component (or slice of one) with marsad-core's {@link EventLinker}: the
 * articles in publication order (undated last, then by id), each with its reports in the order the
 * article gives them and the near-duplicate match the corpus-wide join found for it. A cluster's id
 * is its first report's id ({@code article#event}), the same whichever machine links it.
 */
final class ComponentLinker {
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("mention_id", DataTypes.StringType, false),
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("event_id", DataTypes.StringType, false),
            DataTypes.createStructField("cluster_id", DataTypes.StringType, false),
            DataTypes.createStructField("role", DataTypes.StringType, false),
            DataTypes.createStructField("component", DataTypes.LongType, false),
            DataTypes.createStructField("type", DataTypes.StringType, false),
            DataTypes.createStructField("date_start", DataTypes.DateType, true),
            DataTypes.createStructField("date_end", DataTypes.DateType, true),
            DataTypes.createStructField("date_precision", DataTypes.StringType, true),
            DataTypes.createStructField("place", DataTypes.StringType, true),
            DataTypes.createStructField("country", DataTypes.StringType, true),
            DataTypes.createStructField("admin1", DataTypes.StringType, true),
            DataTypes.createStructField("lat", DataTypes.DoubleType, true),
            DataTypes.createStructField("lon", DataTypes.DoubleType, true),
            DataTypes.createStructField("fatalities", DataTypes.IntegerType, true),
            DataTypes.createStructField("injured", DataTypes.IntegerType, true),
            DataTypes.createStructField("n_reports", DataTypes.IntegerType, false),
            DataTypes.createStructField("n_copies", DataTypes.IntegerType, false),
            DataTypes.createStructField("n_articles", DataTypes.IntegerType, false),
            DataTypes.createStructField("n_sources", DataTypes.IntegerType, false),
            DataTypes.createStructField("first_reported", DataTypes.DateType, true),
            DataTypes.createStructField("summary", DataTypes.StringType, false)));

    private ComponentLinker() {
    }

    /** Rows of {@link LinkJob}'s component table, one per report: the link rows of the clusters they form. */
    static List<Row> link(Iterable<Row> component) {
        List<Row> rows = new ArrayList<>();
        component.forEach(rows::add);
        rows.sort(Comparator.comparing((Row r) -> r.<java.sql.Date>getAs("d"))
                .thenComparing(r -> r.<String>getAs("article_id"))
                .thenComparingInt(r -> r.<Integer>getAs("event_index")));
        long componentId = rows.get(0).<Long>getAs("component");
        EventLinker linker = EventLinker.inMemory();
        int i = 0;
        while (i < rows.size()) {
            String article = rows.get(i).getAs("article_id");
            List<EventMention> ms = new ArrayList<>();
            Row first = rows.get(i);
            while (i < rows.size() && rows.get(i).<String>getAs("article_id").equals(article)) {
                Row r = rows.get(i++);
                ms.add(Reports.mention(article, r.getAs("article_source"), r.getAs("published"), r.getAs("json")));
            }
            Optional<NearDuplicateIndex.Match> match = first.isNullAt(first.fieldIndex("matched")) ? Optional.empty()
                    : Optional.of(new NearDuplicateIndex.Match(article, first.getAs("matched"), first.getAs("original"),
                    first.<Double>getAs("similarity")));
            ArticleRecord rec = new ArticleRecord(article, ms.get(0).outlet(), ms.get(0).published(), Optional.empty(),
                    "", false, ms);
            linker.add(rec, match);
        }
        List<Row> out = new ArrayList<>();
        for (EventCluster c : linker.clusters()) {
            String id = c.mentions().get(0).id();
            for (EventMention m : c.mentions()) {
                out.add(row(m, id, "report", componentId, c));
            }
            for (EventCluster.Copy k : c.copies()) {
                out.add(row(k.mention(), id, "copy", componentId, c));
            }
        }
        return out;
    }

    private static Row row(EventMention m, String cluster, String role, long component, EventCluster c) {
        Optional<DateRange> d = c.date();
        Optional<Location> p = c.place();
        return RowFactory.create(m.id(), m.article(), m.event(), cluster, role, component, c.type(),
                d.map(x -> java.sql.Date.valueOf(x.start())).orElse(null),
                d.map(x -> java.sql.Date.valueOf(x.end())).orElse(null),
                d.map(x -> x.precision().label()).orElse(null),
                p.map(Location::name).orElse(null), p.map(Location::country).orElse(null),
                p.flatMap(Location::admin1).orElse(null),
                p.flatMap(Location::point).map(Location.LatLon::lat).orElse(null),
                p.flatMap(Location::point).map(Location.LatLon::lon).orElse(null),
                c.fatalities().isPresent() ? c.fatalities().getAsInt() : null,
                c.injured().isPresent() ? c.injured().getAsInt() : null,
                c.mentions().size(), c.copies().size(), c.numArticles(), c.numSources(),
                c.firstReported().map(java.sql.Date::valueOf).orElse(null), c.summary());
    }
}
