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
 * last (empty days included, so that gaps show as gaps). Asked for {@code auto}, the unit grows
 * with the span so that bars stay visible: days up to {@value #MAX_DAYS} days, weeks (starting on
 * Monday, labelled by that day) up to {@value #MAX_WEEKS} weeks, months up to {@value #MAX_MONTHS}
 * months, years beyond. A series per event type with its label and colour. Stateless.
 */
final class Timeline {
    static final int MAX_DAYS = 62;
    static final int MAX_WEEKS = 104;
    static final int MAX_MONTHS = 240;
    static final java.util.List<String> UNITS = java.util.List.of("auto", "day", "week", "month", "year");

    private Timeline() {
    }

    /** @param rows {@code day, type, n} rows (the store's timeline) */
    static ObjectNode of(List<ObjectNode> rows, Messages m) {
        return of(rows, m, "auto");
    }

    /** @param unit {@code auto}, {@code day}, {@code week}, {@code month} or {@code year} */
    static ObjectNode of(List<ObjectNode> rows, Messages m, String unit) {
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
        if (unit.equals("auto")) {
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            long weeks = ChronoUnit.WEEKS.between(monday(first), monday(last)) + 1;
            long months = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) + 1;
            unit = days <= MAX_DAYS ? "day" : weeks <= MAX_WEEKS ? "week" : months <= MAX_MONTHS ? "month" : "year";
        }
        o.put("unit", unit);
        if (unit.equals("week")) {
            first = monday(first);
        }
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

    private static LocalDate monday(LocalDate d) {
        return d.minusDays(d.getDayOfWeek().getValue() - 1L);
    }

    private static LocalDate next(LocalDate d, String unit) {
        return switch (unit) {
            case "day" -> d.plusDays(1);
            case "week" -> monday(d).plusWeeks(1);
            case "month" -> d.withDayOfMonth(1).plusMonths(1);
            default -> d.withDayOfYear(1).plusYears(1);
        };
    }

    private static String label(LocalDate d, String unit) {
        return switch (unit) {
            case "day" -> d.toString();
            case "week" -> monday(d).toString();
            case "month" -> YearMonth.from(d).toString();
            default -> Integer.toString(d.getYear());
        };
    }
}
