package org.marsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The layout of the tables the extraction writes, read from the article JSON of {@code marsad
 * extract} ({@code docs/OUTPUT.md}): the same fields, flattened, with every offset kept. Each
 * table has {@code article_id} and the partition column {@code pub_date} (the article's
 * publication date; null for undated articles, which Parquet stores under
 * {@code pub_date=__HIVE_DEFAULT_PARTITION__}).
 */
final class Tables {
    static final String PARTITION = "pub_date";

    /** Named entities: the {@code entities} array. */
    static final Columns ENTITIES = new Columns()
            .integer("begin", "begin").integer("end", "end").string("text", "text").string("type", "type")
            .string("canonical", "canonical").string("ref", "ref").string("origin", "origin");

    /** Geocoded place mentions: the {@code places} array. */
    static final Columns PLACES = new Columns()
            .integer("begin", "begin").integer("end", "end").string("text", "text").string("canonical", "canonical")
            .string("country", "country").decimal("lat", "lat").decimal("lon", "lon").string("kind", "kind")
            .string("admin1", "admin1").string("place_id", "id").bigint("geonames", "geonames")
            .integer("precision", "precision").string("why", "why");

    /** Events (and, with {@code located} false, unlocated events); {@code json} is the event object as is. */
    static final Columns EVENTS = new Columns()
            .string("event_id", "id").string("type", "type")
            .string("trigger", "trigger", "text").integer("trigger_begin", "trigger", "begin")
            .integer("trigger_end", "trigger", "end")
            .string("actor", "actor", "canonical").string("actor_ref", "actor", "ref")
            .string("actor_type", "actor", "actor_type").string("actor_country", "actor", "country")
            .string("actor_text", "actor", "text").integer("actor_begin", "actor", "begin")
            .integer("actor_end", "actor", "end")
            .string("target", "target", "canonical").string("target_ref", "target", "ref")
            .string("target_type", "target", "actor_type").string("target_country", "target", "country")
            .string("target_text", "target", "text").integer("target_begin", "target", "begin")
            .integer("target_end", "target", "end")
            .string("place", "place", "canonical").string("place_id", "place", "id")
            .string("country", "place", "country").string("admin1", "place", "admin1")
            .decimal("lat", "place", "lat").decimal("lon", "place", "lon").string("place_kind", "place", "kind")
            .integer("geo_precision", "place", "precision").bigint("geonames", "place", "geonames")
            .string("place_text", "place", "text").integer("place_begin", "place", "begin")
            .integer("place_end", "place", "end")
            .string("facility", "facility", "canonical").string("facility_ref", "facility", "ref")
            .date("date_start", "date", "start").date("date_end", "date", "end")
            .string("date_precision", "date", "precision").integer("time_precision", "date", "time_precision")
            .string("date_text", "date", "text").integer("date_begin", "date", "span", "begin")
            .integer("date_end_offset", "date", "span", "end")
            .integer("fatalities", "fatalities").integer("injured", "injured").string("count", "count")
            .string("modality", "modality").bool("habitual", "habitual").bool("background", "background")
            .strings("sources", "sources").decimal("confidence", "confidence")
            .string("plover_event_type", "plover", "event_type").string("plover_mode", "plover", "mode")
            .string("acled_event_type", "acled", "event_type").string("acled_sub_event_type", "acled", "sub_event_type")
            .string("summary", "summary").integer("begin", "begin").integer("end", "end")
            .string("evidence", "evidence").json("json");

    /** Claims: who said what about which events, with the offsets of speaker, verb, content and sentence. */
    static final Columns CLAIMS = new Columns()
            .string("claim_id", "id").string("speaker", "speaker", "canonical").string("speaker_ref", "speaker", "ref")
            .string("speaker_text", "speaker", "text").integer("speaker_begin", "speaker", "begin")
            .integer("speaker_end", "speaker", "end").bool("unnamed", "unnamed").string("role", "role")
            .string("organization", "organization", "canonical").string("organization_ref", "organization", "ref")
            .string("channel", "channel").string("verb", "verb").integer("verb_begin", "verb_span", "begin")
            .integer("verb_end", "verb_span", "end").string("stance", "stance").strings("about", "about")
            .date("claim_date_start", "date", "start").date("claim_date_end", "date", "end")
            .integer("content_begin", "content", "begin").integer("content_end", "content", "end")
            .integer("begin", "begin").integer("end", "end").string("evidence", "evidence").json("json");

    /** The article's own fields (the rest of the nested row is added by {@link Extraction}). */
    static final Columns ARTICLE = new Columns()
            .string("title", "title").string("url", "url").string("source", "source")
            .strings("related_links", "related_links").json("json");

    /** The nested row of one article, as {@link Extraction} makes it. */
    static final StructType NESTED = nested();

    private Tables() {
    }

    private static StructType nested() {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("id", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("origin", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("format", DataTypes.StringType, false));
        f.add(DataTypes.createStructField(PARTITION, DataTypes.DateType, true));
        f.add(DataTypes.createStructField("text", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("signature", DataTypes.createArrayType(DataTypes.IntegerType, false), true));
        f.add(DataTypes.createStructField("shingles", DataTypes.IntegerType, true));
        f.add(DataTypes.createStructField("millis", DataTypes.DoubleType, true));
        f.add(DataTypes.createStructField("error", DataTypes.StringType, true));
        for (StructField a : ARTICLE.schema().fields()) {
            f.add(a);
        }
        f.add(DataTypes.createStructField("entities", DataTypes.createArrayType(ENTITIES.schema()), true));
        f.add(DataTypes.createStructField("places", DataTypes.createArrayType(PLACES.schema()), true));
        List<StructField> evf = new ArrayList<>();
        evf.add(DataTypes.createStructField("located", DataTypes.BooleanType, false));
        evf.add(DataTypes.createStructField("event_index", DataTypes.IntegerType, false));
        evf.addAll(List.of(EVENTS.schema().fields()));
        StructType ev = DataTypes.createStructType(evf);
        f.add(DataTypes.createStructField("events", DataTypes.createArrayType(ev), true));
        f.add(DataTypes.createStructField("claims", DataTypes.createArrayType(CLAIMS.schema()), true));
        return DataTypes.createStructType(f);
    }

    /** The rows of an array of the article JSON. */
    static scala.collection.immutable.Seq<Row> rows(JsonNode array, Columns c) {
        List<Row> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> out.add(c.row(n)));
        }
        return seq(out);
    }

    /**
     * Located events then unlocated events, each with its {@code located} flag and its position in
     * the article ({@code event_index}, counting on from the located events) first.
     */
    static scala.collection.immutable.Seq<Row> events(JsonNode article) {
        List<Row> out = new ArrayList<>();
        int index = 0;
        for (String field : new String[] {"events", "unlocated_events"}) {
            boolean located = field.equals("events");
            for (JsonNode n : article.path(field)) {
                Object[] v = EVENTS.values(n);
                Object[] w = new Object[v.length + 2];
                w[0] = located;
                w[1] = index++;
                System.arraycopy(v, 0, w, 2, v.length);
                out.add(RowFactory.create(w));
            }
        }
        return seq(out);
    }

    static <T> scala.collection.immutable.Seq<T> seq(List<T> l) {
        return scala.jdk.javaapi.CollectionConverters.asScala(l).toList();
    }
}
