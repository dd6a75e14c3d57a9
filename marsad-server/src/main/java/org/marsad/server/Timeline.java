package org.marsad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.marsad.output.JsonOutput;

/**
 * Event counts over time for the timeline chart: one bucket per day from the first event to the
 * last (empty days included, so that gaps show as gaps), or per month when that span is longer
 * than {@value #MAX_DAYS} days, or per year beyond {@value #MAX_MONTHS} months; a series per event
 * type with its label and colour. Stateless.
 */
final class Timeline {
    static final int MAX_DAYS = 400;
    static final int MAX_MONTHS = 240;

    private Timeline() {
    }

    /** @param rows {@code day, type, n} rows (the store's timeline) */
    static ObjectNode of(List<ObjectNode> rows, Messages m) {
        record Row(LocalDate day, String type, long n) {
        }
        List<Row> parsed = new ArrayList<>();
        for (ObjectNode r : rows) {
            try {
                parsed.add(new Row(LocalDate.parse(r.get("day").asText()), r.get("type").asText(), r.get("n").asLong()));
            } catch (DateTimeParseException e) {
                // a day the store could not date is not on the timeline
            }
        }
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        ArrayNode buckets = o.putArray("buckets");
        ArrayNode series = o.putArray("series");
        if (parsed.isEmpty()) {
            o.put("unit", "day");
            return o;
        }
        LocalDate first = parsed.stream().map(Row::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = parsed.stream().map(Row::day).max(LocalDate::compareTo).orElseThrow();
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        long months = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) + 1;
        String unit = days <= MAX_DAYS ? "day" : months <= MAX_MONTHS ? "month" : "year";
        o.put("unit", unit);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = next(d, unit)) {
            index.put(label(d, unit), index.size());
        }
        index.keySet().forEach(buckets::add);
        TreeSet<String> types = new TreeSet<>();
        parsed.forEach(r -> types.add(r.type()));
        for (String t : types) {
            long[] counts = new long[index.size()];
            for (Row r : parsed) {
                if (r.type().equals(t)) {
                    counts[index.get(label(r.day(), unit))] += r.n();
                }
            }
            ObjectNode s = series.addObject();
            s.put("type", t);
            s.put("label", m.type(t));
            s.put("color", Palette.color(t));
            ArrayNode c = s.putArray("counts");
            for (long n : counts) {
                c.add(n);
            }
        }
        return o;
    }

    private static LocalDate next(LocalDate d, String unit) {
        return switch (unit) {
            case "day" -> d.plusDays(1);
            case "month" -> d.withDayOfMonth(1).plusMonths(1);
            default -> d.withDayOfYear(1).plusYears(1);
        };
    }

    private static String label(LocalDate d, String unit) {
        return switch (unit) {
            case "day" -> d.toString();
            case "month" -> YearMonth.from(d).toString();
            default -> Integer.toString(d.getYear());
        };
    }
}
