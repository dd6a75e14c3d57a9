package org.marsad.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import org.marsad.link.BlockKey;
import org.marsad.link.Disagreement;
import org.marsad.link.EventCluster;
import org.marsad.link.EventMention;
import org.marsad.link.LinkJson;
import org.marsad.link.Location;
import org.marsad.link.Party;
import org.marsad.link.StoryThreads;
import org.marsad.output.JsonOutput;

/**
 * Writes clusters and their members as rows, many per statement: a multi-row statement costs about
 * what a one-row statement does, so a batch's clusters are written in a handful of statements. A
 * cluster of one report and no copy (most of them) gets a narrow row: the columns queries filter,
 * sort and block on, the counts of one report as constants of the SQL, and no other consensus
 * column; readers derive those from the report's row ({@link #view}, {@code LinkReads.derive}).
 * Stateless and thread-safe.
 */
final class ClusterRows {
    /** The names of the consensus columns {@link #view} gives, in its order. */
    static final List<String> VIEW_COLUMNS = List.of(("type, family, factual, place_name, country, admin1, place_kind, "
            + "geo_precision, lat, lon, facility, date_start, date_end, date_precision, day, actor, actor_ref, target, "
            + "target_ref, fatalities, injured, num_reports, num_copies, num_articles, num_sources, sources, "
            + "first_reported, last_reported, disagreements, num_disagreements, summary").split(", "));
    private static final String BLOCK_COLUMNS = "blocks, week_from, week_to";
    private static final String ROW_COLUMNS = String.join(", ", VIEW_COLUMNS) + ", " + BLOCK_COLUMNS;
    /** The number, the consensus columns, the blocks and their weeks. */
    private static final int ROW_PARAMS = 1 + VIEW_COLUMNS.size() + 3;
    /** The columns of a single report's narrow row that are bound (besides the number). */
    private static final String SINGLE_COLUMNS = "type, family, factual, place_name, country, admin1, day, actor, "
            + "actor_ref, target, target_ref, " + BLOCK_COLUMNS;
    private static final int SINGLE_PARAMS = 1 + SINGLE_COLUMNS.split(", ").length;
    private static final String MEMBER_COLUMNS = "cluster, ord, is_copy, doc_id, event_key, copy_of, similarity, mention";
    private static final int MEMBER_PARAMS = 8;
    /**
     * Rows per statement (well under SQLite's 32,766 and PostgreSQL's 65,535 parameters), the rest
     * by powers of {@value #RATIO}: 64, 16, 4 and 1 rows, four shapes of each statement to compile
     * per connection (a store opened for one run compiles each once; powers of two made eight, the
     * 100-row one alone costing what 100 rows do).
     */
    private static final int CHUNK = 64;
    private static final int RATIO = 4;

    /** A report or copy to write: its cluster, its position in the cluster's join order. */
    record Member(long cluster, int ord, boolean copy, EventMention mention, String copyOf, double similarity) {
    }

    /** Whether single reports get narrow rows; tests turn it off to compare with full rows. */
    static volatile boolean narrow = true;
    /**
     * Whether a stored full row whose indexed columns keep their values is updated without them;
     * tests turn it off to compare with rows rewritten whole.
     */
    static volatile boolean keepIndexed = true;

    private ClusterRows() {
    }

    /**
     * A cluster's row: its consensus fields and the blocks it is registered under; {@code stored},
     * when known, the values of the indexed columns its stored row holds (null: not stored, or not
     * known).
     */
    record Row(EventCluster cluster, Set<BlockKey> blocks, Indexed stored) {
    }

    /**
     * The values of a row's columns that secondary indexes cover ({@code clusters_day},
     * {@code clusters_country}, {@code clusters_weeks}; {@code thread} is {@link ThreadRows}'), as
     * {@link #upsert} writes them.
     */
    record Indexed(String day, String country, String admin1, Integer weekTo) {
    }

    /** The columns of {@link Indexed}, in its order. */
    static final String INDEXED_COLUMNS = "day, country, admin1, week_to";

    /** The indexed columns' values of the row {@link #upsert} writes for the cluster. */
    static Indexed indexed(EventCluster c, Set<BlockKey> blocks) {
        Optional<Location> place = isSingle(c) ? c.mentions().get(0).place() : c.place();
        Location l = place.orElse(null);
        return new Indexed(StoryThreads.day(c).map(Object::toString).orElse(null),
                l == null || l.country().isEmpty() ? null : l.country(), l == null ? null : l.admin1().orElse(null),
                weeks(blocks)[1]);
    }

    /**
     * Inserts or replaces the rows of the clusters: full rows, and narrow ones for single reports.
     * A full row already stored whose indexed columns keep their values ({@link Row#stored}) is
     * updated without them: its secondary indexes are left alone (SQLite updates an index only when
     * the update sets one of its columns; PostgreSQL can then update in place).
     */
    static void upsert(Statements st, List<Row> clusters) throws SQLException {
        List<Row> full = new ArrayList<>(clusters.size());
        List<Row> kept = new ArrayList<>(clusters.size());
        List<Row> single = new ArrayList<>(clusters.size());
        for (Row r : clusters) {
            if (isSingle(r.cluster())) {
                single.add(r);
            } else if (keepIndexed && r.stored() != null && r.stored().equals(indexed(r.cluster(), r.blocks()))) {
                kept.add(r);
            } else {
                full.add(r);
            }
        }
        upsert(st, full, "clusters.upsert", ClusterRows::upsertSql, ClusterRows::row);
        upsert(st, kept, "clusters.update", ClusterRows::updateSql, ClusterRows::row);
        upsert(st, single, "clusters.single", ClusterRows::singleSql, ClusterRows::singleRow);
    }

    /** Binds a cluster's own columns from parameter {@code i} on; returns the next parameter. */
    private interface Columns {
        int bind(PreparedStatement p, int i, EventCluster c) throws SQLException;
    }

    private static void upsert(Statements st, List<Row> rows, String name, java.util.function.IntFunction<String> sql,
                               Columns columns) throws SQLException {
        Statements.inChunks(rows, CHUNK, RATIO, part -> {
            PreparedStatement p = st.getToSetAll(Statements.sql(name, part.size(), sql));
            int i = 1;
            for (Row r : part) {
                i = columns.bind(p, i, r.cluster());
                i = blocks(p, i, r.blocks());
            }
            p.executeUpdate();
        });
    }

    /**
     * Whether the cluster's row is written narrow ({@code clusters.one_report} 1): one report and no
     * copy. Its consensus is that report, so what the API shows beyond the columns it filters and
     * sorts on is derived from the report's row on read ({@link #view}); most clusters are such.
     */
    static boolean isSingle(EventCluster c) {
        return narrow && c.mentions().size() == 1 && c.copies().isEmpty();
    }

    private static int blocks(PreparedStatement p, int i, Set<BlockKey> blocks) throws SQLException {
        p.setString(i++, blocks(blocks));
        Integer[] weeks = weeks(blocks);
        for (Integer w : weeks) {
            if (w == null) {
                p.setNull(i++, Types.INTEGER);
            } else {
                p.setInt(i++, w);
            }
        }
        return i;
    }

    /** The first and last week of the blocks ({@code week_from}, {@code week_to}); nulls when none. */
    private static Integer[] weeks(Set<BlockKey> blocks) {
        if (blocks.isEmpty()) {
            return new Integer[2];
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (BlockKey b : blocks) {
            lo = Math.min(lo, b.week());
            hi = Math.max(hi, b.week());
        }
        return new Integer[] {lo, hi};
    }

    private static String upsertSql(int rows) {
        return fullRows(rows, setAll());
    }

    /**
     * A stored full row whose indexed columns keep their values: the same values as
     * {@link #upsertSql}, and on conflict (always: the row is stored) every column but the indexed
     * ones set.
     */
    private static String updateSql(int rows) {
        return fullRows(rows, set(UNINDEXED));
    }

    private static String fullRows(int rows, String set) {
        return "INSERT INTO clusters (number, " + ROW_COLUMNS + ", one_report) VALUES "
                + String.join(", ", Collections.nCopies(rows, "(" + Statements.marks(ROW_PARAMS) + ", 0)"))
                + " ON CONFLICT (number) DO UPDATE SET " + set;
    }

    /**
     * A single report's row: the columns queries filter and sort on are bound, the counts are the
     * constants of one report (in the SQL: no parameter to bind), the rest is left NULL and derived
     * on read.
     */
    private static String singleSql(int rows) {
        return "INSERT INTO clusters (number, " + SINGLE_COLUMNS + ", num_reports, num_copies, num_articles, "
                + "num_sources, sources, disagreements, num_disagreements, summary, one_report) VALUES "
                + String.join(", ", Collections.nCopies(rows, "(" + Statements.marks(SINGLE_PARAMS)
                        + ", 1, 0, 1, 1, '[]', '[]', 0, '', 1)"))
                + " ON CONFLICT (number) DO UPDATE SET " + setAll();
    }

    /** The columns of a full row that no secondary index covers. */
    private static final List<String> UNINDEXED = java.util.Arrays.stream((ROW_COLUMNS + ", one_report").split(", "))
            .filter(col -> !List.of(INDEXED_COLUMNS.split(", ")).contains(col)).toList();

    private static String setAll() {
        return set(List.of((ROW_COLUMNS + ", one_report").split(", ")));
    }

    private static String set(List<String> columns) {
        StringBuilder set = new StringBuilder();
        for (String col : columns) {
            set.append(set.length() == 0 ? "" : ", ").append(col).append(" = excluded.").append(col);
        }
        return set.toString();
    }

    private static int singleRow(PreparedStatement p, int i, EventCluster c) throws SQLException {
        EventMention m = c.mentions().get(0);
        p.setLong(i++, c.number());
        p.setString(i++, m.type());
        p.setString(i++, m.family());
        p.setInt(i++, m.factual() ? 1 : 0);
        if (m.place().isPresent()) {
            Location l = m.place().get();
            p.setString(i++, l.name());
            p.setString(i++, l.country().isEmpty() ? null : l.country());
            p.setString(i++, l.admin1().orElse(null));
        } else {
            p.setNull(i++, Types.VARCHAR);
            p.setNull(i++, Types.VARCHAR);
            p.setNull(i++, Types.VARCHAR);
        }
        p.setString(i++, StoryThreads.day(c).map(Object::toString).orElse(null));
        i = party(p, i, m.actor());
        i = party(p, i, m.target());
        return i;
    }

    private static int party(PreparedStatement p, int i, Optional<Party> party) throws SQLException {
        if (party.isPresent()) {
            p.setString(i++, party.get().canonical());
            p.setString(i++, party.get().ref().orElse(null));
        } else {
            p.setNull(i++, Types.VARCHAR);
            p.setNull(i++, Types.VARCHAR);
        }
        return i;
    }

    private static int row(PreparedStatement p, int i, EventCluster c) throws SQLException {
        p.setLong(i++, c.number());
        Object[] v = view(c);
        for (int k = 0; k < v.length; k++) {
            Object x = v[k];
            if (x == null) {
                p.setNull(i++, VIEW_TYPES[k]);
            } else if (x instanceof String s) {
                p.setString(i++, s);
            } else if (x instanceof Integer n) {
                p.setInt(i++, n);
            } else {
                p.setDouble(i++, (Double) x);
            }
        }
        return i;
    }

    private static final int T = Types.VARCHAR;
    private static final int N = Types.INTEGER;
    private static final int D = Types.DOUBLE;
    private static final int[] VIEW_TYPES = {T, T, N, T, T, T, T, N, D, D, T, T, T, T, T, T, T, T, T, N, N, N, N, N, N, T,
        T, T, T, N, T};

    /**
     * A cluster's consensus columns ({@link #VIEW_COLUMNS}) as stored in a full row: strings,
     * integers, doubles or null. Also what a single report's narrow row is read as.
     */
    static Object[] view(EventCluster c) {
        Object[] v = new Object[VIEW_TYPES.length];
        int i = 0;
        v[i++] = c.type();
        v[i++] = c.family();
        v[i++] = c.factual() ? 1 : 0;
        Location pl = c.place().orElse(null);
        v[i++] = pl == null ? null : pl.name();
        v[i++] = pl == null || pl.country().isEmpty() ? null : pl.country();
        v[i++] = pl == null ? null : pl.admin1().orElse(null);
        v[i++] = pl == null ? null : pl.kind().name().toLowerCase(Locale.ROOT);
        v[i++] = pl == null ? null : (Integer) pl.precision();
        v[i++] = pl == null ? null : pl.point().map(Location.LatLon::lat).orElse(null);
        v[i++] = pl == null ? null : pl.point().map(Location.LatLon::lon).orElse(null);
        v[i++] = c.facility().orElse(null);
        v[i++] = c.date().map(d -> d.start().toString()).orElse(null);
        v[i++] = c.date().map(d -> d.end().toString()).orElse(null);
        v[i++] = c.date().map(d -> d.precision().label()).orElse(null);
        v[i++] = StoryThreads.day(c).map(Object::toString).orElse(null);
        v[i++] = c.actor().map(Party::canonical).orElse(null);
        v[i++] = c.actor().flatMap(Party::ref).orElse(null);
        v[i++] = c.target().map(Party::canonical).orElse(null);
        v[i++] = c.target().flatMap(Party::ref).orElse(null);
        v[i++] = c.fatalities().isPresent() ? (Integer) c.fatalities().getAsInt() : null;
        v[i++] = c.injured().isPresent() ? (Integer) c.injured().getAsInt() : null;
        v[i++] = c.mentions().size();
        v[i++] = c.copies().size();
        v[i++] = c.numArticles();
        v[i++] = c.numSources();
        v[i++] = c.numSources() == 1 ? "[" + JsonOutput.write(TextNode.valueOf(c.sources().get(0))) + "]"
                : JsonOutput.write(strings(c.sources()));
        v[i++] = c.firstReported().map(Object::toString).orElse(null);
        v[i++] = c.lastReported().map(Object::toString).orElse(null);
        // one report cannot disagree with itself: the common case costs nothing
        List<Disagreement> dis = c.mentions().size() < 2 ? List.of() : c.disagreements();
        v[i++] = dis.isEmpty() ? "[]" : JsonOutput.write(LinkJson.disagreements(dis));
        v[i++] = dis.size();
        v[i++] = c.summary();
        return v;
    }

    /** Blocks as text: {@code week:space}, one a line. */
    static String blocks(Set<BlockKey> blocks) {
        StringBuilder b = new StringBuilder();
        for (BlockKey k : blocks) {
            b.append(b.length() == 0 ? "" : "\n").append(k.week()).append(':').append(k.space());
        }
        return b.toString();
    }

    static Set<BlockKey> blocks(String text) {
        Set<BlockKey> out = new HashSet<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n")) {
            int c = line.indexOf(':');
            out.add(new BlockKey(line.substring(c + 1), Integer.parseInt(line.substring(0, c))));
        }
        return out;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = JsonOutput.mapper().createArrayNode();
        values.forEach(a::add);
        return a;
    }

    /** Inserts reports and copies. */
    static void insert(Statements st, List<Member> members) throws SQLException {
        Statements.inChunks(members, CHUNK, RATIO, part -> {
            String q = Statements.sql("cluster_members.insert", part.size(),
                    n -> "INSERT INTO cluster_members (" + MEMBER_COLUMNS + ") VALUES "
                            + String.join(", ", Collections.nCopies(n, "(" + Statements.marks(MEMBER_PARAMS) + ")")));
            PreparedStatement p = st.getToSetAll(q);
            int i = 1;
            for (Member x : part) {
                i = member(p, i, x);
            }
            p.executeUpdate();
        });
    }

    private static int member(PreparedStatement p, int i, Member x) throws SQLException {
        p.setLong(i++, x.cluster());
        p.setInt(i++, x.ord());
        p.setInt(i++, x.copy() ? 1 : 0);
        p.setString(i++, x.mention().article());
        p.setString(i++, x.mention().event());
        p.setString(i++, x.copyOf());
        setDouble(p, i++, x.copy() ? Optional.of(x.similarity()) : Optional.empty());
        p.setString(i++, MentionCodec.write(x.mention()));
        return i;
    }

    /** Deletes clusters (their members and thread memberships go with them; blocks are the caller's). */
    static void delete(Statements st, List<Long> numbers) throws SQLException {
        Statements.inChunks(numbers, CHUNK, RATIO, part -> {
            PreparedStatement p = st.get(Statements.sql("clusters.delete", part.size(),
                    n -> "DELETE FROM clusters WHERE number IN (" + Statements.marks(n) + ")"));
            Statements.setLongs(p, part);
            p.executeUpdate();
        });
    }

    static void setDouble(PreparedStatement p, int i, Optional<Double> v) throws SQLException {
        if (v.isPresent()) {
            p.setDouble(i, v.get());
        } else {
            p.setNull(i, Types.DOUBLE);
        }
    }
}
