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
import java.util.OptionalInt;
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
 * what a one-row statement does, so a batch's clusters are written in a handful of statements.
 * Stateless and thread-safe.
 */
final class ClusterRows {
    private static final String ROW_COLUMNS = "type, family, factual, place_name, country, admin1, place_kind, "
            + "geo_precision, lat, lon, facility, date_start, date_end, date_precision, day, actor, actor_ref, target, "
            + "target_ref, fatalities, injured, num_reports, num_copies, num_articles, num_sources, sources, "
            + "first_reported, last_reported, disagreements, num_disagreements, summary, blocks, week_from, week_to";
    private static final int ROW_PARAMS = 35;
    private static final String MEMBER_COLUMNS = "cluster, ord, is_copy, doc_id, event_key, copy_of, similarity, mention";
    private static final int MEMBER_PARAMS = 8;
    /** Rows per statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
    private static final int CHUNK = 100;

    /** A report or copy to write: its cluster, its position in the cluster's join order. */
    record Member(long cluster, int ord, boolean copy, EventMention mention, String copyOf, double similarity) {
    }

    private ClusterRows() {
    }

    /** A cluster's row: its consensus fields and the blocks it is registered under. */
    record Row(EventCluster cluster, Set<BlockKey> blocks) {
    }

    /** Inserts or replaces the consensus rows of the clusters. */
    static void upsert(Statements st, List<Row> clusters) throws SQLException {
        Statements.inChunks(clusters, CHUNK, part -> {
            PreparedStatement p = st.get(Statements.sql("clusters.upsert", part.size(), ClusterRows::upsertSql));
            int i = 1;
            for (Row r : part) {
                i = row(p, i, r.cluster());
                p.setString(i++, blocks(r.blocks()));
                if (r.blocks().isEmpty()) {
                    p.setNull(i++, Types.INTEGER);
                    p.setNull(i++, Types.INTEGER);
                } else {
                    p.setInt(i++, r.blocks().stream().mapToInt(BlockKey::week).min().getAsInt());
                    p.setInt(i++, r.blocks().stream().mapToInt(BlockKey::week).max().getAsInt());
                }
            }
            p.executeUpdate();
        });
    }

    private static String upsertSql(int rows) {
        StringBuilder set = new StringBuilder();
        for (String col : ROW_COLUMNS.split(", ")) {
            set.append(set.length() == 0 ? "" : ", ").append(col).append(" = excluded.").append(col);
        }
        return "INSERT INTO clusters (number, " + ROW_COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, "(" + Statements.marks(ROW_PARAMS) + ")"))
                + " ON CONFLICT (number) DO UPDATE SET " + set;
    }

    private static int row(PreparedStatement p, int i, EventCluster c) throws SQLException {
        p.setLong(i++, c.number());
        p.setString(i++, c.type());
        p.setString(i++, c.family());
        p.setInt(i++, c.factual() ? 1 : 0);
        Optional<Location> pl = c.place();
        p.setString(i++, pl.map(Location::name).orElse(null));
        p.setString(i++, pl.map(Location::country).filter(s -> !s.isEmpty()).orElse(null));
        p.setString(i++, pl.flatMap(Location::admin1).orElse(null));
        p.setString(i++, pl.map(l -> l.kind().name().toLowerCase(Locale.ROOT)).orElse(null));
        setInt(p, i++, pl.map(l -> OptionalInt.of(l.precision())).orElse(OptionalInt.empty()));
        setDouble(p, i++, pl.flatMap(Location::point).map(Location.LatLon::lat));
        setDouble(p, i++, pl.flatMap(Location::point).map(Location.LatLon::lon));
        p.setString(i++, c.facility().orElse(null));
        p.setString(i++, c.date().map(d -> d.start().toString()).orElse(null));
        p.setString(i++, c.date().map(d -> d.end().toString()).orElse(null));
        p.setString(i++, c.date().map(d -> d.precision().label()).orElse(null));
        p.setString(i++, StoryThreads.day(c).map(Object::toString).orElse(null));
        p.setString(i++, c.actor().map(Party::canonical).orElse(null));
        p.setString(i++, c.actor().flatMap(Party::ref).orElse(null));
        p.setString(i++, c.target().map(Party::canonical).orElse(null));
        p.setString(i++, c.target().flatMap(Party::ref).orElse(null));
        setInt(p, i++, c.fatalities());
        setInt(p, i++, c.injured());
        p.setInt(i++, c.mentions().size());
        p.setInt(i++, c.copies().size());
        p.setInt(i++, c.numArticles());
        p.setInt(i++, c.numSources());
        p.setString(i++, c.numSources() == 1 ? "[" + JsonOutput.write(TextNode.valueOf(c.sources().get(0))) + "]"
                : JsonOutput.write(strings(c.sources())));
        p.setString(i++, c.firstReported().map(Object::toString).orElse(null));
        p.setString(i++, c.lastReported().map(Object::toString).orElse(null));
        // one report cannot disagree with itself: the common case costs nothing
        List<Disagreement> dis = c.mentions().size() < 2 ? List.of() : c.disagreements();
        p.setString(i++, dis.isEmpty() ? "[]" : JsonOutput.write(LinkJson.disagreements(dis)));
        p.setInt(i++, dis.size());
        p.setString(i++, c.summary());
        return i;
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
        Statements.inChunks(members, CHUNK, part -> {
            PreparedStatement p = st.get(Statements.sql("cluster_members.insert", part.size(),
                    n -> "INSERT INTO cluster_members (" + MEMBER_COLUMNS + ") VALUES "
                            + String.join(", ", Collections.nCopies(n, "(" + Statements.marks(MEMBER_PARAMS) + ")"))));
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
        Statements.inChunks(numbers, CHUNK, part -> {
            PreparedStatement p = st.get(Statements.sql("clusters.delete", part.size(),
                    n -> "DELETE FROM clusters WHERE number IN (" + Statements.marks(n) + ")"));
            Statements.setLongs(p, part);
            p.executeUpdate();
        });
    }

    static void setInt(PreparedStatement p, int i, OptionalInt v) throws SQLException {
        if (v.isPresent()) {
            p.setInt(i, v.getAsInt());
        } else {
            p.setNull(i, Types.INTEGER);
        }
    }

    static void setDouble(PreparedStatement p, int i, Optional<Double> v) throws SQLException {
        if (v.isPresent()) {
            p.setDouble(i, v.get());
        } else {
            p.setNull(i, Types.DOUBLE);
        }
    }
}
