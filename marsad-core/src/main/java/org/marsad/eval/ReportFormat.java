package org.marsad.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Prints an evaluation report as a text table or as JSON. Stateless. */
public final class ReportFormat {
    private ReportFormat() {
    }

    public static String table(Evaluation.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-22s %7s %7s %7s %7s %7s %7s %7s%n", "file", "ent F1", "dates",
                "places", "ev P", "ev R", "ev F1", "cl F1"));
        for (Evaluation.Scored s : r.files()) {
            row(b, s.score());
        }
        b.append("-".repeat(86)).append('\n');
        row(b, r.total());
        FileScore t = r.total();
        b.append('\n');
        b.append(line("entities", t.entities()));
        b.append(line("events", t.events()));
        b.append(line("claims (named)", t.claims()));
        b.append(ratio("dates resolved", t.dates()));
        b.append(ratio("places resolved", t.places()));
        b.append(ratio("places with coordinates", t.placesWithPoint()));
        b.append(String.format(Locale.ROOT, "%-28s %d%n", "places in wrong country", t.wrongCountry()));
        b.append(ratio("event actor right", t.actor()));
        b.append(ratio("event target right", t.target()));
        b.append(ratio("event fatalities right", t.fatalities()));
        b.append(ratio("claim organization right", t.organization()));
        b.append(ratio("claim channel right", t.channel()));
        return b.toString();
    }

    private static void row(StringBuilder b, FileScore s) {
        b.append(String.format(Locale.ROOT, "%-22s %7s %7s %7s %7s %7s %7s %7s%n", s.id(), f(s.entities().f1()),
                f(s.dates().value()), f(s.places().value()), f(s.events().precision()), f(s.events().recall()),
                f(s.events().f1()), f(s.claims().f1())));
    }

    private static String line(String name, Prf p) {
        return String.format(Locale.ROOT, "%-28s P %s  R %s  F1 %s  (tp %d, fp %d, fn %d)%n", name, f(p.precision()),
                f(p.recall()), f(p.f1()), p.tp(), p.fp(), p.fn());
    }

    private static String ratio(String name, Ratio r) {
        return String.format(Locale.ROOT, "%-28s %s  (%d/%d)%n", name, f(r.value()), r.right(), r.total());
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "   -" : String.format(Locale.ROOT, "%.3f", v);
    }

    public static ObjectNode json(Evaluation.Report r) {
        ObjectNode o = org.marsad.output.JsonOutput.mapper().createObjectNode();
        o.set("total", json(r.total()));
        ObjectNode files = o.putObject("files");
        r.files().forEach(s -> files.set(s.score().id(), json(s.score())));
        return o;
    }

    static ObjectNode json(FileScore s) {
        ObjectNode o = org.marsad.output.JsonOutput.mapper().createObjectNode();
        prf(o.putObject("entities"), s.entities());
        prf(o.putObject("events"), s.events());
        prf(o.putObject("claims"), s.claims());
        ratio(o.putObject("dates"), s.dates());
        ratio(o.putObject("places"), s.places());
        ratio(o.putObject("places_with_point"), s.placesWithPoint());
        o.put("places_wrong_country", s.wrongCountry());
        ratio(o.putObject("event_actor"), s.actor());
        ratio(o.putObject("event_target"), s.target());
        ratio(o.putObject("event_fatalities"), s.fatalities());
        ratio(o.putObject("claim_organization"), s.organization());
        ratio(o.putObject("claim_channel"), s.channel());
        return o;
    }

    private static void prf(ObjectNode o, Prf p) {
        o.put("precision", p.precision());
        o.put("recall", p.recall());
        o.put("f1", p.f1());
        o.put("tp", p.tp());
        o.put("fp", p.fp());
        o.put("fn", p.fn());
    }

    private static void ratio(ObjectNode o, Ratio r) {
        o.put("right", r.right());
        o.put("total", r.total());
        if (r.total() > 0) {
            o.put("share", r.value());
        } else {
            o.putNull("share");
        }
    }
}
