package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Modality;
import org.marsad.knowledge.Geo;

/**
 * Merges mentions of one happening. Two drafts are the same event when they have the same type;
 * their triggers are next to each other («فجر انتحاريون»); or
 * their places agree (the same entry, within 25 km, a region and a point of the same country,
 * or one is missing); their own dates overlap or touch (or
 * one is missing); their actors agree (or one is missing); and they are close in the text (the
 * same or the next paragraph) or share a facility. A generic attack («استهدف») next to a more
 * specific assault of the same actor in the same sentence (an air strike, shelling, a bombing) is
 * the same happening. A mention used to date something else («غداة العدوان») is the earlier
 * event of its type, unless it is a relative clause on a place that disagrees with the earlier
 * event's («مدينة تدمر التي سيطر عليها التنظيم» is not the town taken before). The earlier mention keeps its trigger; arguments missing on it are filled
 * from the later one.
 */
final class EventMerger {
    private EventMerger() {
    }

    static List<EventDraft> merge(List<EventDraft> drafts) {
        List<EventDraft> out = mergeSame(drafts);
        List<EventDraft> result = new ArrayList<>();
        java.util.Set<EventDraft> split = new java.util.HashSet<>();
        for (EventDraft d : out) {
            EventDraft parent = d.casualtyReport ? splitParent(d, out) : null;
            if (parent != null) {
                // «مجزرتين في محافظتي إدلب وحلب ... 20 قتيلا في معرة مصرين، 6 في دارة عزة»: one
                // event per town, ACLED-style, each with its own toll
                d.type = parent.type;
                d.entry = parent.entry;
                d.actor = d.actor == null ? parent.actor : d.actor;
                d.target = d.target == null ? parent.target : d.target;
                if (d.range == null || parent.ownDate()) {
                    d.date = parent.date;
                    d.range = parent.range;
                    d.basis = parent.basis;
                }
                d.modality = parent.modality;
                d.casualtyReport = false;
                split.add(parent);
                result.add(d);
                continue;
            }
            EventDraft cause = null;
            for (EventDraft o : out) {
                if (o != d && causeOf(o, d)) {
                    cause = o;
                    break;
                }
            }
            if (cause == null) {
                result.add(d);
            } else {
                cause.fatalities = lowest(cause.fatalities, d.fatalities);
                cause.mentions.addAll(d.mentions);
            }
        }
        result.removeAll(split);
        return result;
    }

    /**
     * The assault a death report is one town of: an assault named just before (this or the
     * previous paragraph) whose place is an area of the same country (a province, a region) or
     * unknown, while the report names a town.
     */
    private static EventDraft splitParent(EventDraft deaths, List<EventDraft> all) {
        if (deaths.place == null || deaths.place.place().kind().isArea()) {
            return null;
        }
        EventDraft best = null;
        for (EventDraft o : all) {
            if (o == deaths || o.casualtyReport || !o.type.family().equals("assault")
                    || o.trigger.begin() > deaths.trigger.begin() || deaths.block - o.block > 1) {
                continue;
            }
            boolean area = o.place == null || (o.place.place().kind().isArea()
                    && o.place.place().country().equals(deaths.place.place().country())
                    && sameProvince(o.place.place(), deaths.place.place())
                    && Geo.distanceKm(o.place.place().lat(), o.place.place().lon(), deaths.place.place().lat(),
                            deaths.place.place().lon()) <= reach(o.place.place().kind()));
            boolean dates = o.range == null || deaths.range == null || nearDates(o.range, deaths.range);
            if (area && dates) {
                best = o;
            }
        }
        return best;
    }

    private static List<EventDraft> mergeSame(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            EventDraft into = null;
            for (EventDraft o : out) {
                if (same(o, d) || absorbs(o, d)) {
                    into = o;
                    break;
                }
            }
            if (into == null) {
                for (EventDraft o : out) {
                    if (absorbs(d, o)) {
                        out.set(out.indexOf(o), d);
                        fill(d, o);
                        into = d;
                        break;
                    }
                }
                if (into == null) {
                    out.add(d);
                }
            } else {
                fill(into, d);
            }
        }
        return out;
    }

    static final int ADJACENT_TRIGGER_TOKENS = 3;

    private static boolean same(EventDraft a, EventDraft b) {
        if (!a.type.name().equals(b.type.name())) {
            return false;
        }
        if (a.trigger.equals(b.trigger)) {
            return false; // one trigger at two sites («في منطقتي المنصور والشعلة»): split on purpose
        }
        if (a.sentence == b.sentence && Math.abs(b.firstToken - a.lastToken) <= ADJACENT_TRIGGER_TOKENS) {
            return true; // «فجر انتحاريون»: two words of one trigger
        }
        if (a.sentence == b.sentence && a.clause == b.clause && a.modality == b.modality && !twoTowns(a, b)) {
            return true; // «فجر انتحاريون أنفسهم في أربع سيارات مفخخة»: one clause, one happening
        }
        if (a.sentence == b.sentence && a.clause != b.clause && a.fatalities != null && b.fatalities != null
                && !a.fatalities.equals(b.fatalities)) {
            return false; // «أعدم الشيخ … فيما … أعدم التنظيم أربعة منهم»: two tolls in two clauses
        }
        if (a.place != null && b.place != null && a.place.place().id().equals(b.place.place().id())
                && (a.range == null || b.range == null || nearDates(a.range, b.range))
                && (a.actor == null || b.actor == null || actorsAgree(a.actor.canonical(), b.actor.canonical())
                        || a.type.name().equals("CLASH"))) {
            // the same kind of happening in the same place on the same days; in a clash either
            // side may be told as its subject («معارك بين مسلحين شيشانيين يقودهم أبو عمر ...»)
            return true;
        }
        if (b.reference && (a.actor == null || b.actor == null || a.actor.canonical().equals(b.actor.canonical()))
                && !(b.relativeHeadPlace && a.place != null && !placesAgree(a, b))) {
            return true; // «غداة العدوان التركي»: the offensive named before
        }
        if (a.modality != b.modality && (a.modality == Modality.DENIED || b.modality == Modality.DENIED)) {
            return false;
        }
        boolean sameFacility = a.facility != null && b.facility != null
                && a.facility.canonical().equals(b.facility.canonical());
        boolean near = Math.abs(a.block - b.block) <= 1;
        boolean placeless = b.place == null || b.placeInherited;
        boolean area = a.place != null && b.place != null
                && (a.place.place().kind().isArea() || b.place.place().kind().isArea());
        if (!near && !sameFacility && !placeless && !(area && definite(b))) {
            return false; // far apart, each with its own place: two happenings, unless «القتال» refers back
        }
        if (a.place != null && b.place != null && !placesAgree(a, b)) {
            return false;
        }
        if (a.facility != null && b.facility != null && !sameFacility) {
            return false;
        }
        if (a.ownDate() && b.ownDate() && !nearDates(a.range, b.range)) {
            return false;
        }
        if (a.actor != null && b.actor != null && !actorsAgree(a.actor.canonical(), b.actor.canonical())) {
            return false;
        }
        if (a.target != null && b.target != null && !actorsAgree(a.target.canonical(), b.target.canonical())) {
            return false; // the same attacker against two different targets: two attacks
        }
        return true;
    }

    private static boolean placesAgree(EventDraft a, EventDraft b) {
        if (a.place.place().id().equals(b.place.place().id())) {
            return true;
        }
        if (!a.place.place().country().equals(b.place.place().country())
                || !sameProvince(a.place.place(), b.place.place())) {
            return false;
        }
        if (a.place.place().kind() == org.marsad.knowledge.PlaceKind.NEIGHBOURHOOD
                && b.place.place().kind() == org.marsad.knowledge.PlaceKind.NEIGHBOURHOOD) {
            return false; // «في منطقة العبيدي» … «في منطقتي المنصور والشعلة»: two sites of one city
        }
        if (a.place.place().kind().isArea() || b.place.place().kind().isArea()) {
            // a region and a point of the same country agree when the point can lie in the region
            double km = Geo.distanceKm(a.place.place().lat(), a.place.place().lon(), b.place.place().lat(),
                    b.place.place().lon());
            return km <= Math.max(reach(a.place.place().kind()), reach(b.place.place().kind()));
        }
        return Geo.distanceKm(a.place.place().lat(), a.place.place().lon(), b.place.place().lat(),
                b.place.place().lon()) <= 25;
    }

    /**
     * «قصف» with no instrument: bombardment of any kind, the air strikes of its sentence when there
     * are some («أسفرت الغارات عن ...، فإن القصف المكثف على تلك المرتفعات ...»).
     */
    private static boolean bareShelling(EventDraft d) {
        return d.type.name().equals("SHELLING") && !d.refined
                && org.marsad.text.ArabicNormalizer.fold(d.entry.lemma()).equals(org.marsad.text.ArabicNormalizer.fold("قصف"));
    }

    /**
     * A generic ATTACK in the sentence of a specific assault by the same (or an unknown) actor, or
     * a bare «القصف» in the sentence of an air strike at the same place (see {@link #bareShelling}).
     */
    private static boolean absorbs(EventDraft specific, EventDraft generic) {
        if (bareShelling(generic) && specific.type.name().equals("AIRSTRIKE") && specific.sentence == generic.sentence
                && (generic.place == null || specific.place == null || placesAgree(specific, generic))) {
            return generic.actor == null || specific.actor == null
                    || generic.actor.canonical().equals(specific.actor.canonical());
        }
        if (!generic.type.name().equals("ATTACK") || !generic.entry.has(org.marsad.knowledge.TriggerLexicon.Flag.WEAK)
                || specific.type.name().equals("ATTACK")
                || !specific.type.family().equals("assault") || specific.sentence != generic.sentence) {
            return false;
        }
        return generic.actor == null || specific.actor == null
                || generic.actor.canonical().equals(specific.actor.canonical());
    }

    /**
     * «القتال», «الهجوم»: a definite trigger refers to a happening already told; «هجوما جديدا» does
     * not, nor does a verbal noun followed by the place it takes («السيطرة على محافظة إدلب»).
     */
    private static boolean definite(EventDraft d) {
        if (d.entry.has(org.marsad.knowledge.TriggerLexicon.Flag.NEEDS_PLACE)) {
            return false; // «السيطرة على معظم محافظة إدلب»: its object names its own place
        }
        String t = org.marsad.text.ArabicNormalizer.fold(d.trigger.text());
        if (t.startsWith("\u0648") || t.startsWith("\u0641")) {
            t = t.substring(1);
        }
        if (t.startsWith("\u0628") || t.startsWith("\u0644")) {
            t = t.substring(1);
        }
        return t.startsWith("\u0627\u0644") || t.startsWith("\u0644");
    }

    /** Both name their own towns, more than 25 km apart («6 قتلى في دارة عزة، و5 في الباب»). */
    private static boolean twoTowns(EventDraft a, EventDraft b) {
        if (a.place == null || b.place == null || a.placeInherited || b.placeInherited
                || a.place.place().kind().isArea() || b.place.place().kind().isArea()) {
            return false;
        }
        return !a.place.place().id().equals(b.place.place().id()) && Geo.distanceKm(a.place.place().lat(),
                a.place.place().lon(), b.place.place().lat(), b.place.place().lon()) > 0;
    }

    /** The same name, or a generic one and a specific one of its kind ("Protesters", "Iraqi protesters"). */
    static boolean actorsAgree(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return (x.indexOf(' ') < 0 && y.endsWith(" " + x)) || (y.indexOf(' ') < 0 && x.endsWith(" " + y));
    }

    /** Overlapping or adjacent days: reports of one night often say «الأحد» and «الاثنين». */
    static boolean nearDates(org.marsad.document.DateRange a, org.marsad.document.DateRange b) {
        return !a.end().plusDays(1).isBefore(b.start()) && !b.end().plusDays(1).isBefore(a.start());
    }

    /**
     * Whether two places of one country can be in the same province: they can unless both name
     * their first-level division and the divisions differ (Samarra is not in Anbar, however near
     * the governorate's representative point lies).
     */
    private static boolean sameProvince(org.marsad.knowledge.Place a, org.marsad.knowledge.Place b) {
        return a.admin1().isEmpty() || b.admin1().isEmpty() || a.admin1().get().equals(b.admin1().get());
    }

    /** How far from its representative point an area can reach, in km. */
    static double reach(org.marsad.knowledge.PlaceKind k) {
        return switch (k) {
            case COUNTRY -> Double.MAX_VALUE;
            case ADMIN1 -> 150;
            case REGION -> 200;
            case ADMIN2 -> 60;
            default -> 25;
        };
    }

    /** A point inside the area of the other (same country), or a smaller kind of point. */
    private static boolean moreSpecific(org.marsad.document.PlaceMention p, org.marsad.document.PlaceMention than) {
        if (!p.place().country().equals(than.place().country())) {
            return false;
        }
        return ArgumentPicker.specificity(p.place().kind()) > ArgumentPicker.specificity(than.place().kind())
                && than.place().kind().isArea();
    }

    private static Integer lowest(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    /**
     * Deaths reported without their cause in the sentence («31 شخصا قتلوا») belong to an assault
     * of the same place and time named elsewhere in the article (the air strike that killed them).
     */
    private static boolean causeOf(EventDraft cause, EventDraft deaths) {
        if (!deaths.casualtyReport || cause.casualtyReport || !cause.type.family().equals("assault")
                || cause.type.name().equals("KILLING")) {
            return false;
        }
        if (deaths.place == null || cause.place == null || !placesAgree(cause, deaths)) {
            return false;
        }
        return cause.range == null || deaths.range == null || nearDates(cause.range, deaths.range);
    }

    private static void fill(EventDraft into, EventDraft from) {
        into.mentions.addAll(from.mentions);
        if (from.reference) {
            if (from.during) {
                // «وقتل خلال الهجوم 15 مسلحا»: the dead of the clause fell in the event referred to
                into.fatalities = lowest(into.fatalities, from.fatalities);
                into.injured = lowest(into.injured, from.injured);
            }
            return; // «غداة العدوان»: the words around it describe another event
        }
        if (into.actor == null) {
            into.actor = from.actor;
        }
        if (into.target == null) {
            into.target = from.target;
        }
        if (into.place == null || (into.placeInherited && from.place != null && !from.placeInherited)
                || (from.place != null && !from.placeInherited && moreSpecific(from.place, into.place))) {
            into.place = from.place; // «إحدى البلدات في محافظة حمص» … «مدينة القريتين»: the town
            into.placeInherited = from.placeInherited;
        }
        if (into.facility == null) {
            into.facility = from.facility;
        }
        if (from.range != null && (into.range == null || from.basis.ordinal() < into.basis.ordinal())) {
            into.date = from.date;
            into.range = from.range;
            into.basis = from.basis;
        }
        // two reports of one toll: the lowest figure (ACLED); within one sentence the casualty
        // stage has already summed the groups
        into.fatalities = lowest(into.fatalities, from.fatalities);
        into.injured = lowest(into.injured, from.injured);
        if (into.count == null) {
            into.count = from.count;
        }
        into.purpose &= from.purpose;
        if (into.modality == Modality.PLANNED && from.modality == Modality.ASSERTED) {
            into.modality = Modality.ASSERTED;
        }
        into.confidence = Math.min(0.95, Math.max(into.confidence, from.confidence) + 0.05);
    }
}
