package org.marsad.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.marsad.Marsad;

/**
 * The tables {@code extract} writes, and the task that fills them: each article's nested row
 * ({@link Extraction#row}, {@link Tables#NESTED}) becomes a row of {@code articles} and one row per
 * entity, place, event and claim in the other tables, written straight to the task's files
 * ({@link PartitionFiles}); an input that failed becomes a row of {@code errors}. The columns are
 * those the nested row's fields give, in the same order as when the tables were selected from the
 * nested rows with Spark SQL ({@code inline} of each array after the article's own columns).
 */
final class TableRows {
    static final int ARTICLES = 0;
    static final int ENTITIES = 1;
    static final int PLACES = 2;
    static final int EVENTS = 3;
    static final int CLAIMS = 4;
    static final int ERRORS = 5;

    private static final StructType N = Tables.NESTED;
    private static final int ID = N.fieldIndex("id");
    private static final int ORIGIN = N.fieldIndex("origin");
    private static final int FORMAT = N.fieldIndex("format");
    private static final int DATE = N.fieldIndex(Tables.PARTITION);
    private static final int ERROR = N.fieldIndex("error");
    private static final int MILLIS = N.fieldIndex("millis");
    private static final int URL = N.fieldIndex("url");
    private static final int SOURCE = N.fieldIndex("source");
    private static final int JSON = N.fieldIndex("json");
    private static final String[] ARTICLE_COLUMNS = {"id", "origin", "format", "title", "url", "source",
            "related_links", "text", "signature", "shingles", "millis"};
    private static final String[] COUNTED = {"entities", "places", "events", "claims"};
    private static final int[] ARTICLE_INDEX = indexes(ARTICLE_COLUMNS);
    private static final int[] COUNTED_INDEX = indexes(COUNTED);

    /** The tables in the order of the constants above. */
    static final List<TableWrite.Table> TABLES = List.of(
            new TableWrite.Table("articles", articles(), true),
            new TableWrite.Table("entities", exploded("entities", "article_id"), true),
            new TableWrite.Table("places", exploded("places", "article_id"), true),
            new TableWrite.Table("events", exploded("events", "article_id", "article_url", "article_source"), true),
            new TableWrite.Table("claims", exploded("claims", "article_id"), true),
            new TableWrite.Table("errors", DataTypes.createStructType(new StructField[] {
                    N.fields()[ORIGIN], N.fields()[FORMAT], N.fields()[ERROR]}), false));

    private TableRows() {
    }

    private static int[] indexes(String[] names) {
        int[] out = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = N.fieldIndex(names[i]);
        }
        return out;
    }

    private static StructType articles() {
        List<StructField> f = new ArrayList<>();
        for (int i : ARTICLE_INDEX) {
            f.add(N.fields()[i]);
        }
        for (String c : COUNTED) {
            f.add(DataTypes.createStructField("n_" + c, DataTypes.IntegerType, false));
        }
        f.add(N.fields()[JSON]);
        return DataTypes.createStructType(f);
    }

    /** {@code article_id} (and the article's url and source when named), then the fields of the array's elements. */
    private static StructType exploded(String array, String... article) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField(article[0], DataTypes.StringType, true));
        if (article.length > 1) {
            f.add(DataTypes.createStructField(article[1], N.fields()[URL].dataType(), true));
            f.add(DataTypes.createStructField(article[2], N.fields()[SOURCE].dataType(), true));
        }
        StructType element = (StructType) ((ArrayType) N.apply(array).dataType()).elementType();
        f.addAll(List.of(element.fields()));
        return DataTypes.createStructType(f);
    }

    /**
     * The task: runs the pipeline on the partition's articles, writes their rows to the task's
     * files, commits them, and returns the partition's figures with the commit's message. A
     * failure removes the attempt's files before it propagates (Spark retries the task).
     */
    static Iterator<RunStats.Part> write(TableWrite write, Iterator<RawArticle> in) {
        Marsad marsad = Marsad.standard();
        PartitionFiles files = write.open();
        try {
            if (TaskContext.get().partitionId() == 0) {
                files.touch(ERRORS);
            }
            long ok = 0;
            long failed = 0;
            double millis = 0;
            Set<String> dates = new HashSet<>();
            String last = null;
            while (in.hasNext()) {
                Row r = Extraction.row(marsad, in.next());
                if (r.isNullAt(ERROR)) {
                    ok++;
                    millis += r.getDouble(MILLIS);
                    String date = r.isNullAt(DATE) ? "" : r.get(DATE).toString();
                    dates.add(date);
                    if (last != null && !last.equals(date)) {
                        files.closeDated();
                    }
                    last = date;
                    write(r, files);
                } else {
                    failed++;
                    files.write(ERRORS, null, RowFactory.create(r.get(ORIGIN), r.get(FORMAT), r.get(ERROR)));
                }
            }
            return List.of(new RunStats.Part(ok, failed, millis, dates, files.commit())).iterator();
        } catch (RuntimeException | Error e) {
            files.abort();
            throw e;
        }
    }

    /** Writes the rows of one processed article. */
    static void write(Row r, PartitionFiles files) {
        java.sql.Date date = (java.sql.Date) r.get(DATE);
        Object[] a = new Object[ARTICLE_INDEX.length + COUNTED.length + 1];
        for (int i = 0; i < ARTICLE_INDEX.length; i++) {
            a[i] = r.get(ARTICLE_INDEX[i]);
        }
        for (int i = 0; i < COUNTED.length; i++) {
            a[ARTICLE_INDEX.length + i] = r.getList(COUNTED_INDEX[i]).size();
        }
        a[a.length - 1] = r.get(JSON);
        files.write(ARTICLES, date, RowFactory.create(a));
        Object id = r.get(ID);
        exploded(files, ENTITIES, date, r.<Row>getList(COUNTED_INDEX[0]), id);
        exploded(files, PLACES, date, r.<Row>getList(COUNTED_INDEX[1]), id);
        exploded(files, EVENTS, date, r.<Row>getList(COUNTED_INDEX[2]), id, r.get(URL), r.get(SOURCE));
        exploded(files, CLAIMS, date, r.<Row>getList(COUNTED_INDEX[3]), id);
    }

    private static void exploded(PartitionFiles files, int table, java.sql.Date date, List<Row> items, Object... article) {
        for (Row e : items) {
            Object[] v = new Object[article.length + e.length()];
            System.arraycopy(article, 0, v, 0, article.length);
            for (int k = 0; k < e.length(); k++) {
                v[article.length + k] = e.get(k);
            }
            files.write(table, date, RowFactory.create(v));
        }
    }
}
