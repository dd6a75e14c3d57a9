package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.output.JsonOutput;

class TimelineTest {
    static ObjectNode row(String day, String type, int n) {
        return JsonOutput.mapper().createObjectNode().put("day", day).put("type", type).put("n", n);
    }

    @Test
    void shortSpansAreDailyWithEmptyDays() {
        ObjectNode t = Timeline.of(List.of(row("2020-01-30", "ATTACK", 2), row("2020-02-02", "ATTACK", 1),
                row("2020-02-02", "ARREST", 4)), Messages.of("en"));
        assertEquals("day", t.get("unit").asText());
        assertEquals(4, t.get("buckets").size());
        assertEquals("2020-01-31", t.get("buckets").get(1).asText());
        assertEquals("ARREST", t.get("series").get(0).get("type").asText());
        assertEquals(4, t.get("series").get(0).get("counts").get(3).asInt());
        assertEquals(2, t.get("series").get(1).get("counts").get(0).asInt());
        assertEquals("Arrest", t.get("series").get(0).get("label").asText());
    }

    @Test
    void mediumSpansAreWeeklyFromMonday() {
        ObjectNode w = Timeline.of(List.of(row("2021-01-06", "CLASH", 1), row("2021-05-02", "CLASH", 2)), Messages.of("ar"));
        assertEquals("week", w.get("unit").asText());
        assertEquals("2021-01-04", w.get("buckets").get(0).asText(), "the Monday of the first event's week");
        assertEquals("2021-04-26", w.get("buckets").get(w.get("buckets").size() - 1).asText());
        assertEquals(2, w.get("series").get(0).get("counts").get(w.get("buckets").size() - 1).asInt());
        assertEquals(117, Timeline.of(List.of(row("2021-01-06", "CLASH", 1), row("2021-05-02", "CLASH", 2)),
                Messages.of("ar"), "day").get("buckets").size(), "a unit can be asked for");
    }

    @Test
    void longSpansAreMonthlyThenYearly() {
        ObjectNode m = Timeline.of(List.of(row("2013-07-21", "ESCAPE", 1), row("2015-09-02", "ESCAPE", 1),
                row("2015-09-30", "ESCAPE", 2)), Messages.of("ar"));
        assertEquals("month", m.get("unit").asText());
        assertEquals(27, m.get("buckets").size());
        assertEquals("2013-08", m.get("buckets").get(1).asText());
        assertEquals(3, m.get("series").get(0).get("counts").get(26).asInt());
        ObjectNode y = Timeline.of(List.of(row("1990-01-01", "AID", 1), row("2020-12-31", "AID", 1), row("x", "AID", 9)),
                Messages.of("ar"));
        assertEquals("year", y.get("unit").asText());
        assertEquals(31, y.get("buckets").size());
        assertEquals(0, Timeline.of(List.of(), Messages.of("ar")).get("buckets").size());
    }
}
