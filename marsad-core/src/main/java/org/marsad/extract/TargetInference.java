package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.marsad.document.ActorMention;
import org.marsad.document.Casualty;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;
import org.marsad.document.Participant;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.knowledge.ActorType;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.PhraseMatcher;

/**
 * Targets an event's own clause does not name, inferred from what else the article says or from
 * curated knowledge. All cue words and facts are data, versioned with their provenance:
 * {@code events/ownership-cues.tsv} (words that say who holds a site, and the site nouns),
 * {@code events/facility-operators.tsv} (who runs a known facility, with dates) and
 * {@code events/civilian-victims.tsv} (nouns that make victims civilians). Rules, in the order
 * they apply:
 * <ol>
 *   <li><b>civilian object</b>: a killing, arrest or abduction whose object, in the trigger's clause
 *       with no other party between, is a civilian noun («اعتقل 15 خياطا»، «أعدم … الشيخ فلان، إمام
 *       مسجد») targets Civilians;</li>
 *   <li><b>civilians among the dead</b>: an assault whose toll counts civilians («مدنيين») or says
 *       «بينهم/منهم» children, women … («وسقط 20 قتيلا بينهم عدد من الأطفال») targets Civilians;</li>
 *   <li><b>seizure beside a clash</b>: a seizure with no target whose sentence tells a clash or attack
 *       by the same actor («دخلت جامعة الانبار، واشتبكت مع مسلحي داعش») is taken from the other side
 *       of that clash;</li>
 *   <li><b>facility operator</b>: an attack, bombing, shelling, air strike, offensive, seizure or riot
 *       at a facility is aimed at whoever holds it: first as the article says it («سجن الحسكة، الذي
 *       يقع تحت قبضة قسد»، «السجون التابعة لقسد», also for a site named in the event's sentence
 *       without a name of its own, which goes to the nearest such event of the sentence), else as
 *       {@code facility-operators.tsv} says on the event's date; never the event's own actor, and not
 *       for a facility named only as a landmark («بلدة صدد المتاخمة لمطار الشعيرات»);</li>
 *   <li><b>topic of the lede</b>: the article's first event, in its first paragraph, says who fights
 *       whom; a later assault by the same actor in the same country with no target of its own
 *       («شن داعش عملية عسكرية ضد مقاتلين من المعارضة … حيث فجر انتحاريون من التنظيم») has the
 *       lede's target, unless that is civilians (a massacre is no front line).</li>
 * </ol>
 * Immutable and thread-safe; {@link #in} gives the per-document part.
 */
final class TargetInference {
    /** Types whose target is the holder of the facility they happen at. */
    static final Set<String> AIMED_AT_HOLDER = Set.of("ATTACK", "AIRSTRIKE", "SHELLING", "BOMBING", "OFFENSIVE",
            "SEIZE_TERRITORY", "RIOT");
    /** Types that may take the lede's target. */
    static final Set<String> FRONT_LINE = Set.of("ATTACK", "AIRSTRIKE", "SHELLING", "BOMBING", "OFFENSIVE", "CLASH",
            "SEIZE_TERRITORY");
    /** How many words after a site an ownership cue may begin («سجن الحسكة، الذي يقع تحت قبضة»). */
    static final int CUE_REACH = 4;
    private static final Set<String> PREPOSITIONS = Set.of("في", "علي", "الي", "عن", "مع", "ضد", "حول", "لدي");
    /** How many words after a trigger its civilian object may stand. */
    static final int OBJECT_REACH = 10;
    /** How many words after a toll «بينهم» may stand, and the civilian noun after «بينهم». */
    static final int AMONG_REACH = 6;

    private record Operator(String actorId, LocalDate from, LocalDate to) {
    }

    private final PhraseMatcher<String> cues;
    private final PhraseMatcher<String> civilianNouns;
    private final Map<String, List<Operator>> operators;
    private final ActorDictionary dictionary;

    private TargetInference(PhraseMatcher<String> cues, PhraseMatcher<String> civilianNouns,
                            Map<String, List<Operator>> operators, ActorDictionary dictionary) {
        this.cues = cues;
        this.civilianNouns = civilianNouns;
        this.operators = Map.copyOf(operators);
        this.dictionary = dictionary;
    }

    static TargetInference standard(ActorDictionary dictionary) {
        return load("events/ownership-cues.tsv", "events/civilian-victims.tsv", "events/facility-operators.tsv",
                dictionary);
    }

    static TargetInference load(String cueFile, String civilianFile, String operatorFile, ActorDictionary dictionary) {
        PhraseMatcher.Builder<String> c = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (ResourceFiles.Line l : ResourceFiles.lines(cueFile)) {
            String[] f = l.fields();
            if (f.length < 2 || !Set.of("owner", "site", "near").contains(f[0].strip())) {
                throw l.error("expected «owner», «site» or «near» and a phrase");
            }
            c.add(f[1].strip(), f[0].strip());
        }
        PhraseMatcher.Builder<String> v = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (ResourceFiles.Line l : ResourceFiles.lines(civilianFile)) {
            String[] f = l.fields();
            for (String w : f[0].split(",")) {
                if (!w.isBlank()) {
                    v.add(w.strip(), "civilian");
                }
            }
        }
        Map<String, List<Operator>> ops = new HashMap<>();
        for (ResourceFiles.Line l : ResourceFiles.lines(operatorFile)) {
            String[] f = l.fields();
            if (f.length < 5) {
                throw l.error("expected facility id, actor id, from, to, source");
            }
            String actor = f[1].strip();
            if (dictionary.byId(actor).isEmpty()) {
                throw l.error("unknown actor id " + actor);
            }
            try {
                LocalDate from = f[2].strip().equals("-") ? LocalDate.MIN : LocalDate.parse(f[2].strip());
                LocalDate to = f[3].strip().equals("-") ? LocalDate.MAX : LocalDate.parse(f[3].strip());
                ops.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(new Operator(actor, from, to));
            } catch (java.time.format.DateTimeParseException e) {
                throw l.error("bad date: " + e.getMessage());
            }
        }
        return new TargetInference(c.build(), v.build(), ops, dictionary);
    }

    /** The operator of a facility on a day (or, with no day, the only one the data knows), if any. */
    Optional<Actor> operator(String facilityId, LocalDate day) {
        List<Operator> list = operators.getOrDefault(facilityId, List.of());
        for (Operator o : list) {
            if (day == null ? list.size() == 1 : !day.isBefore(o.from) && !day.isAfter(o.to)) {
                return dictionary.byId(o.actorId);
            }
        }
        return Optional.empty();
    }

    /** The rules over one document; {@code firstParagraph} is the block of its first paragraph sentence. */
    PerDocument in(String text, TokenIndex idx, List<ActorMention> actors, List<Mention> mentions, int firstParagraph) {
        return new PerDocument(text, idx, actors, mentions, firstParagraph);
    }

    /** The rules over one document. Not thread-safe. */
    final class PerDocument {
        private final String text;
        private final TokenIndex idx;
        private final List<ActorMention> actors;
        private final int firstParagraph;
        /** Sites the text says someone holds: the first token of the site, its facility name if any, the holder. */
        private final List<Owned> owned = new ArrayList<>();

        private record Owned(int site, Mention facility, ActorMention holder) {
        }

        PerDocument(String text, TokenIndex idx, List<ActorMention> actors, List<Mention> mentions, int firstParagraph) {
            this.text = text;
            this.firstParagraph = firstParagraph;
            this.idx = idx;
            this.actors = actors;
            List<PhraseMatcher.Match<String>> found = cues.findAll(idx.tokens());
            for (PhraseMatcher.Match<String> m : found) {
                if (!m.values().contains("owner")) {
                    continue;
                }
                ActorMention holder = mentionAt(m.last() + 1, m.last() + 2);
                if (holder == null || !holds(holder.actor().type())) {
                    continue;
                }
                Mention facility = null;
                for (Mention f : mentions) {
                    int f1 = idx.last(f);
                    if (f.type() == EntityType.FACILITY && f1 < m.first() && m.first() - f1 <= CUE_REACH) {
                        facility = f;
                    }
                }
                int site = -1;
                if (facility != null) {
                    site = idx.first(facility);
                } else {
                    for (PhraseMatcher.Match<String> s : found) {
                        if (s.values().contains("site") && s.last() < m.first() && m.first() - s.last() <= CUE_REACH) {
                            site = s.first();
                        }
                    }
                }
                if (site >= 0) {
                    owned.add(new Owned(site, facility, holder));
                }
            }
        }

        private static boolean holds(ActorType t) {
            return t != ActorType.PEOPLE && t != ActorType.MEDIA && t != ActorType.PERSON && t != ActorType.NGO;
        }

        private ActorMention mentionAt(int from, int to) {
            for (ActorMention a : actors) {
                int a0 = idx.first(a);
                if (a0 >= from && a0 <= to) {
                    return a;
                }
            }
            return null;
        }

        private Participant civilians(int token) {
            int b = idx.get(token).begin();
            int e = idx.get(token).end();
            Optional<Actor> c = dictionary.byId("civilians");
            return new Participant(b, e, text.substring(b, e), c.map(Actor::name).orElse("Civilians"),
                    Optional.of(c.map(Actor::id).orElse("civilians")));
        }

        /** A civilian noun begins at token {@code i}. */
        private boolean civilianAt(int i) {
            return !civilianNouns.matchAt(idx.tokens(), i).isEmpty();
        }

        /**
         * Rule 1: the civilian object of a killing, arrest or abduction whose trigger ends at {@code t1}, or null.
         * The object stands within {@value #OBJECT_REACH} words, no strong boundary and no other party
         * (than the agent, or a person named before his apposition) before it.
         */
        Participant civilianObject(EventDraft d, int t1, int s1, ArgumentPicker picker) {
            // a named person passes: his apposition says who he is («الشيخ فلان، إمام مسجد»)
            String type = d.type.name();
            if (!(type.equals("KILLING") || type.equals("ARREST") || type.equals("ABDUCTION"))) {
                return null;
            }
            for (int i = t1 + 1; i <= Math.min(s1, t1 + OBJECT_REACH); i++) {
                if (picker.strongBetween(t1, i)) {
                    return null;
                }
                ActorMention a = mentionAt(i, i);
                if (a != null && a.actor().type() != ActorType.PERSON
                        && (d.actor == null || !a.actor().name().equals(d.actor.canonical()))) {
                    return null; // another party comes first: the object is it, or a member of it
                }
                if (a == null && civilianAt(i)) {
                    return civilians(i);
                }
                if (a == null && prepositional(i)) {
                    return null; // «عصابة مختصة بخطف الأطفال»: the object came before; this is about something else
                }
            }
            return null;
        }

        /** A preposition, or a word with a prepositional clitic (ب، ل، ك), after the object's place. */
        private boolean prepositional(int i) {
            org.marsad.document.Token t = idx.get(i);
            if (!t.isWord()) {
                return false;
            }
            if (PREPOSITIONS.contains(t.norm())) {
                return true;
            }
            String n = t.norm();
            int k = n.startsWith("و") || n.startsWith("ف") ? 1 : 0;
            return n.length() > k + 3 && "بلك".indexOf(n.charAt(k)) >= 0 && t.stems().contains(n.substring(k + 1));
        }

        /**
         * Rule 2: civilians among the dead of a toll: its victim words are a civilian noun, or
         * «بينهم/منهم» within {@value #AMONG_REACH} words after it is followed by one; else null.
         */
        Participant civiliansAmong(Casualty c, ArgumentPicker picker, int s1) {
            if (c.kind() != Casualty.Kind.KILLED) {
                return null; // the injured of a strike that killed fighters do not make it one on civilians
            }
            int c0 = idx.first(c);
            int c1 = idx.last(c);
            if (c.victim().isPresent()) {
                for (int i = c0; i <= c1; i++) {
                    if (civilianAt(i)) {
                        return civilians(i);
                    }
                }
            }
            for (int i = c1 + 1; i <= Math.min(s1, c1 + AMONG_REACH); i++) {
                if (picker.strongBetween(c1, i)) {
                    return null;
                }
                String w = idx.norm(i);
                if (w.equals("بينهم") || w.equals("منهم") || w.equals("بينهن") || w.equals("منهن")) {
                    for (int j = i + 1; j <= Math.min(s1, i + AMONG_REACH); j++) {
                        if (civilianAt(j)) {
                            return civilians(j);
                        }
                        if (mentionAt(j, j) != null) {
                            return null;
                        }
                    }
                    return null;
                }
            }
            return null;
        }

        /** Rules 3–5 over the merged events of the document, in order. */
        void afterMerge(List<EventDraft> events, Consumer<String> trace) {
            for (EventDraft d : events) {
                if (d.target == null && d.type.name().equals("SEIZE_TERRITORY") && d.actor != null) {
                    for (EventDraft o : events) {
                        if (o != d && o.sentence == d.sentence && o.target != null && o.actor != null
                                && (o.type.name().equals("CLASH") || o.type.name().equals("ATTACK"))
                                && o.actor.canonical().equals(d.actor.canonical())
                                && !o.target.canonical().equals(d.actor.canonical())) {
                            d.target = o.target;
                            trace.accept("target " + o.target.canonical() + " for " + what(d)
                                    + ": the other side of the clash told beside the seizure");
                            break;
                        }
                    }
                }
            }
            for (EventDraft d : events) {
                if (d.target == null && AIMED_AT_HOLDER.contains(d.type.name())) {
                    Participant h = holder(d, events);
                    if (h != null && (d.actor == null || !h.canonical().equals(d.actor.canonical()))) {
                        d.target = h;
                        trace.accept("target " + h.canonical() + " for " + what(d) + ": the holder of the site");
                    }
                }
            }
            EventDraft lede = lede(events);
            if (lede == null) {
                return;
            }
            for (EventDraft d : events) {
                if (d != lede && d.target == null && d.actor != null && FRONT_LINE.contains(d.type.name())
                        && d.actor.canonical().equals(lede.actor.canonical())
                        && (d.place == null || lede.place == null
                            || d.place.place().country().equals(lede.place.place().country()))) {
                    d.target = lede.target;
                    trace.accept("target " + lede.target.canonical() + " for " + what(d) + ": the lede's");
                }
            }
        }

        private String what(EventDraft d) {
            return d.type.name() + " «" + d.trigger.text() + "» @" + d.trigger.begin();
        }

        /** The holder of the event's facility as the text says, else as the data says, else of a site in its sentence. */
        private Participant holder(EventDraft d, List<EventDraft> events) {
            if (d.facility != null && !landmark(d.facility)) {
                for (Owned o : owned) {
                    if (o.facility != null && sameFacility(o.facility, d.facility)) {
                        return ArgumentPicker.participant(o.holder);
                    }
                }
                if (d.facility.ref().isPresent()) {
                    LocalDate day = d.range == null ? null : d.range.start();
                    Optional<Actor> a = operator(d.facility.ref().get(), day);
                    if (a.isPresent()) {
                        return new Participant(d.facility.begin(), d.facility.end(), d.facility.text(), a.get().name(),
                                Optional.of(a.get().id()));
                    }
                }
            }
            for (Owned o : owned) {
                if (o.facility == null && nearestAimed(o.site, d.sentence, events) == d) {
                    return ArgumentPicker.participant(o.holder);
                }
            }
            return null;
        }

        /** Of the events aimed at a holder in the sentence, the one whose trigger is nearest the site. */
        private EventDraft nearestAimed(int site, org.marsad.document.Sentence s, List<EventDraft> events) {
            if (idx.get(site).begin() < s.begin() || idx.get(site).end() > s.end()) {
                return null;
            }
            EventDraft best = null;
            for (EventDraft e : events) {
                if (e.sentence == s && AIMED_AT_HOLDER.contains(e.type.name()) && (best == null
                        || Math.abs(e.firstToken - site) < Math.abs(best.firstToken - site))) {
                    best = e;
                }
            }
            return best;
        }

        /** A facility named only to locate something else («بلدة صدد المتاخمة لمطار الشعيرات»). */
        private boolean landmark(Participant facility) {
            int f = idx.first(facility);
            for (int i = Math.max(0, f - 2); i < f; i++) {
                for (PhraseMatcher.Match<String> m : cues.matchAt(idx.tokens(), i)) {
                    if (m.values().contains("near") && m.last() == f - 1) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean sameFacility(Mention m, Participant f) {
            if (m.ref().isPresent() && f.ref().isPresent()) {
                return m.ref().get().equals(f.ref().get());
            }
            return m.begin() == f.begin() || m.canonical().map(c -> c.equals(f.canonical())).orElse(false);
        }

        /** The first event of the article, if it lies in the article's first paragraph and names both sides. */
        private EventDraft lede(List<EventDraft> events) {
            EventDraft first = null;
            for (EventDraft d : events) {
                if (first == null || d.trigger.begin() < first.trigger.begin()) {
                    first = d;
                }
            }
            if (first == null || first.actor == null || first.target == null
                    || !FRONT_LINE.contains(first.type.name()) || first.sentence.block() != firstParagraph) {
                return null;
            }
            String t = first.target.ref().orElse("");
            if (t.equals("civilians") || first.target.canonical().equals("Civilians")
                    || first.target.canonical().equals(first.actor.canonical())) {
                return null;
            }
            return first;
        }
    }
}
