package org.marsad.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each export is read back the way a CSV or JSON reader would and checked field by field. */
class ExportsTest {
    private static final ObjectMapper M = new ObjectMapper();

    static final String ARTICLE = """
        {"id":"a1","url":"http://x/1","source":"outlet","published":"2020-03-30","events":[
          {"id":"e1","type":"AIRSTRIKE","actor":{"canonical":"Syrian Arab Air Force","inter":1,"actor_type":"MILITARY","country":"SY"},
           "target":{"canonical":"Civilians","actor_type":"PEOPLE","inter":7},
           "place":{"canonical":"Ariha","country":"SY","lat":35.81,"lon":36.61,"admin1":"Idlib","precision":1,"geonames":170000},
           "date":{"start":"2015-08-03","end":"2015-08-03","precision":"day"},"fatalities":27,"injured":null,
           "modality":"reported","sources":["SOHR"],"confidence":0.8,"summary":"Syrian Arab Air Force carried out an air strike on Civilians, \\"Ariha\\"",
           "plover":{"event_type":"ASSAULT","mode":"aerial"},
           "acled":{"event_type":"Explosions/Remote violence","sub_event_type":"Air/drone strike"},
           "begin":10,"end":50,"evidence":"قال المرصد، إن 27 شخصا قتلوا\\nفي أريحا"},
          {"id":"e2","type":"ATTACK","actor":{"canonical":"ISIS"},"target":{"canonical":"Civilians","actor_type":"PEOPLE"},
           "place":{"canonical":"Raqqa","country":"SY","lat":35.95,"lon":39.01,"precision":1},
           "date":{"start":"2015-08-01","end":"2015-08-31","precision":"month"},"fatalities":null,"background":true,
           "plover":{"event_type":"ASSAULT","mode":null},
           "acled":{"event_type":"Battles","sub_event_type":"Armed clash","civilian_event_type":"Violence against civilians","civilian_sub_event_type":"Attack"},
           "begin":60,"end":90,"evidence":"=cmd"},
          {"id":"e3","type":"ESCAPE","place":{"canonical":"Northern Syria","country":"SY"},"date":null,
           "plover":{"event_type":null,"mode":null},"acled":{"event_type":"Strategic developments","sub_event_type":"Other"},"begin":1,"end":2},
          {"id":"e4","type":"ACCUSE","place":null,"date":null,"plover":{"event_type":"ACCUSE"},"acled":{"event_type":null},"begin":1,"end":2}
        ]}""";

    static List<EventRow> rows() throws Exception {
        return EventRow.of(M.readTree(ARTICLE));
    }

    @Test
    void acledCsvReadsBackWithOneRowPerCodedEvent() throws Exception {
        StringWriter w = new StringWriter();
        int skipped = AcledCsv.write(rows(), w);
        assertEquals(1, skipped); // ACCUSE has no ACLED code
        List<List<String>> csv = parseCsv(w.toString());
        assertEquals(AcledCsv.COLUMNS, csv.get(0));
        assertEquals(4, csv.size());
        for (List<String> row : csv) {
            assertEquals(AcledCsv.COLUMNS.size(), row.size(), row.toString());
        }
        List<String> r = csv.get(1);
        assertEquals("2015-08-03", col(r, "event_date"));
        assertEquals("1", col(r, "time_precision"));
        assertEquals("Explosions/Remote violence", col(r, "event_type"));
        assertEquals("1", col(r, "inter1"));
        assertEquals("Syria", col(r, "country"));
        assertEquals("SYR", col(r, "iso"));
        assertEquals("27", col(r, "fatalities"));
        assertEquals("قال المرصد، إن 27 شخصا قتلوا\nفي أريحا", col(r, "evidence"));
        assertTrue(col(r, "notes").contains("\"Ariha\""));
        List<String> r2 = csv.get(2);
        assertEquals("Violence against civilians", col(r2, "event_type"), "attack on civilians");
        assertEquals("3", col(r2, "time_precision"));
        assertEquals("0", col(r2, "fatalities"));
        assertEquals("false", col(r, "background"));
        assertEquals("true", col(r2, "background"), "a happening recalled for context can be filtered out");
        assertEquals("'=cmd", col(r2, "evidence"), "formula injection is defused");
        assertEquals("", col(csv.get(3), "latitude"));
    }

    @Test
    void ploverRecordsLeaveOutTypesWithoutACode() throws Exception {
        PloverJson.Result r = PloverJson.of(rows());
        assertEquals(1, r.skipped()); // ESCAPE
        JsonNode back = M.readTree(M.writeValueAsString(r.records()));
        assertEquals(3, back.size());
        JsonNode first = back.get(0);
        assertEquals("ASSAULT", first.get("event_type").asText());
        assertEquals("aerial", first.get("event_mode").asText());
        assertEquals("SYR", first.get("source_country").asText());
        assertEquals("SYR", first.path("location").get("country").asText());
        assertEquals("a1", first.path("source").get("story_id").asText());
    }

    @Test
    void geoJsonHasPointsOnlyForEventsWithCoordinates() throws Exception {
        JsonNode fc = M.readTree(JsonOutput.write(GeoJson.of(rows())));
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(2, fc.get("features").size());
        JsonNode g = fc.get("features").get(0).get("geometry");
        assertEquals(36.61, g.get("coordinates").get(0).asDouble(), 1e-9, "longitude first");
        assertEquals(35.81, g.get("coordinates").get(1).asDouble(), 1e-9);
    }

    private static String col(List<String> row, String name) {
        return row.get(AcledCsv.COLUMNS.indexOf(name));
    }

    /** RFC 4180, as CSV readers parse it. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
