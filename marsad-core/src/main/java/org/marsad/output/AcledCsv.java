package org.marsad.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.knowledge.ResourceFiles;

/**
 * Events as an ACLED-style CSV: ACLED's columns first (event_date, time_precision, event_type,
 * sub_event_type, actor1, assoc_actor_1, inter1, actor2, inter2, country, admin1, location,
 * latitude, longitude, geo_precision, source, source_scale, notes, fatalities), then Marsad's own
 * (event id, type, PLOVER codes, modality, background, confidence, article, evidence). RFC 4180 quoting, UTF-8,
 * one header line, ISO dates, empty cells for unknown values, so that pandas, R and DuckDB read it
 * as it is. Events whose type has no ACLED mapping (the codebook's "none": aid, accusations,
 * threats, demands) are not rows: ACLED has no code for them and none is invented; {@link #write}
 * returns how many were left out.
 *
 * <p>Stateless and thread-safe.
 */
public final class AcledCsv {
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "country", "iso", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
            "source_scale", "notes", "fatalities", "marsad_type", "plover_event_type", "plover_mode", "modality",
            "background", "confidence", "injured", "article_id", "article_url", "evidence_begin", "evidence_end", "evidence");

    private static final Map<String, String> COUNTRY_NAMES = countryNames();

    private AcledCsv() {
    }

    private static Map<String, String> countryNames() {
        Map<String, String> m = new HashMap<>();
        for (ResourceFiles.Line l : ResourceFiles.lines("export/acled-country-names.tsv")) {
            String[] f = l.fields();
            if (f.length < 2) {
                throw l.error("expected ISO code and name");
            }
            m.put(f[0].strip(), f[1].strip());
        }
        return Map.copyOf(m);
    }

    /** ACLED's name of a country given by its ISO 3166-1 alpha-2 code. */
    public static String countryName(String iso2) {
        if (iso2 == null || iso2.isEmpty()) {
            return "";
        }
        return COUNTRY_NAMES.getOrDefault(iso2, new Locale("", iso2).getDisplayCountry(Locale.ENGLISH));
    }

    /** Writes the header and one row per exportable event; returns the number of events left out. */
    public static int write(Iterable<EventRow> rows, Writer out) {
        try {
            line(out, COLUMNS);
            int skipped = 0;
            for (EventRow r : rows) {
                List<String> row = row(r);
                if (row == null) {
                    skipped++;
                } else {
                    line(out, row);
                }
            }
            out.flush();
            return skipped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of one event, or null when its type has no ACLED code. */
    static List<String> row(EventRow r) {
        JsonNode e = r.event();
        JsonNode acled = e.path("acled");
        String type = EventRow.text(acled, "event_type");
        String sub = EventRow.text(acled, "sub_event_type");
        if (type.isEmpty()) {
            return null;
        }
        JsonNode target = r.target().orElse(null);
        if (target != null && EventRow.text(target, "actor_type").equals("PEOPLE")
                && !EventRow.text(acled, "civilian_event_type").isEmpty()) {
            type = EventRow.text(acled, "civilian_event_type");
            sub = EventRow.text(acled, "civilian_sub_event_type");
        }
        JsonNode place = r.place().orElse(null);
        JsonNode date = r.date().orElse(null);
        String start = date == null ? "" : EventRow.text(date, "start");
        String iso = place == null ? "" : EventRow.text(place, "country");
        return List.of(
                "MARSAD-" + r.id(),
                start,
                start.length() >= 4 ? start.substring(0, 4) : "",
                date == null ? "" : acledTimePrecision(EventRow.text(date, "precision")),
                type,
                sub,
                r.actor().map(a -> EventRow.text(a, "canonical")).orElse(""),
                "",
                r.actor().map(a -> EventRow.text(a, "inter")).orElse(""),
                r.target().map(a -> EventRow.text(a, "canonical")).orElse(""),
                "",
                r.target().map(a -> EventRow.text(a, "inter")).orElse(""),
                countryName(iso),
                iso.isEmpty() ? "" : org.marsad.eval.GsrEvaluation.iso3(iso),
                place == null ? "" : EventRow.text(place, "admin1"),
                place == null ? "" : EventRow.text(place, "canonical"),
                place == null ? "" : EventRow.text(place, "lat"),
                place == null ? "" : EventRow.text(place, "lon"),
                place == null ? "" : EventRow.text(place, "precision"),
                source(r),
                "",
                EventRow.text(e, "summary"),
                e.hasNonNull("fatalities") ? e.get("fatalities").asText() : "0",
                EventRow.text(e, "type"),
                EventRow.text(e.path("plover"), "event_type"),
                EventRow.text(e.path("plover"), "mode"),
                EventRow.text(e, "modality"),
                e.path("background").asBoolean(false) ? "true" : "false",
                EventRow.text(e, "confidence"),
                EventRow.text(e, "injured"),
                r.articleId(),
                r.articleUrl(),
                EventRow.text(e, "begin"),
                EventRow.text(e, "end"),
                EventRow.text(e, "evidence"));
    }

    /** ACLED's time precision: 1 the day, 2 a range of days within a month, 3 the month or less precise. */
    static String acledTimePrecision(String precision) {
        return switch (precision) {
            case "day" -> "1";
            case "part-of-month" -> "2";
            default -> "3";
        };
    }

    private static String source(EventRow r) {
        StringBuilder b = new StringBuilder(r.articleSource());
        for (JsonNode s : r.event().path("sources")) {
            b.append(b.length() > 0 ? "; " : "").append(s.asText());
        }
        return b.toString();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180 quoting; a cell a spreadsheet would run as a formula gets a leading quote. */
    static String cell(String v) {
        if (v.isEmpty()) {
            return v;
        }
        String s = v;
        char c = s.charAt(0);
        if ((c == '=' || c == '+' || c == '-' || c == '@') && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
