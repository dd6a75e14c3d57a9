package org.marsad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.document.ActorMention;
import org.marsad.document.Block;
import org.marsad.document.Casualty;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Modality;
import org.marsad.document.Participant;
import org.marsad.document.PlaceMention;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.document.TimeExpression;
import org.marsad.document.Token;
import org.marsad.knowledge.ActorType;
import org.marsad.knowledge.PlaceKind;
import org.marsad.knowledge.TriggerLexicon;
import org.marsad.text.PhraseMatcher;

/**
 * The event extraction of one document. Steps:
 * <ol>
 *   <li>in each paragraph sentence (titles, headings and related links are not read), find
 *       trigger phrases, longest first, ignoring words inside names and date expressions and
 *       those covered by a blocking phrase;</li>
 *   <li>refine the type by an instrument named next to the trigger ({@link Refinements});</li>
 *   <li>pick arguments in the sentence ({@link ArgumentPicker}); a definite facility noun
 *       («السجن») refers to the last facility named; a missing date is inherited from the last
 *       date expression before the trigger; a missing place from the previous event of the
 *       paragraph, or for a state's own forces from their country;</li>
 *   <li>set modality from cues: purpose («لـ» + verbal noun) and intention make it planned,
 *       fear hypothetical, negation denied; «لم يكن ... هو الأول» marks background;</li>
 *   <li>attach casualty reports to the nearest event of their sentence; a death report with no
 *       event becomes a KILLING;</li>
 *   <li>merge mentions of one happening ({@link EventMerger}), fill targets the clause does not
 *       name ({@link TargetInference}: civilians, a site's holder, the lede's target), and keep
 *       events with a place, or a date and an actor.</li>
 * </ol>
 * Not thread-safe; one instance per document.
 */
final class EventExtraction {
    private final Document doc;
    private final TriggerLexicon lexicon;
    private final Clauses clauses;
    private final ModalityCues cues;
    private final Refinements refinements;
    private final SupportVerbs supportVerbs;
    private final FacilityNames facilityNames;
    private final Protesters protesters;
    private final org.marsad.knowledge.Codebook codebook = org.marsad.knowledge.Codebook.standard();
    private final TokenIndex idx;
    private final List<ActorMention> actors;
    private final List<PlaceMention> places;
    /** Tokens where a place name begins («وسط مدينة الموصل»: «وسط» is then no clause boundary). */
    private final java.util.BitSet placeStarts = new java.util.BitSet();
    private final RoleRules roleRules;
    private final TargetInference.PerDocument targets;
    /** Tokens inside a named actor or a date: a trigger's needed word may stand beyond them. */
    private final java.util.BitSet namesAndDates = new java.util.BitSet();
    private final List<TimeExpression> times;
    private final List<Mention> mentions;
    private final List<Casualty> casualties;
    /** Where decisions are explained ({@link EventStage#explain}); a no-op for normal runs. */
    private java.util.function.Consumer<String> trace = x -> { };

    EventExtraction(Document doc, TriggerLexicon lexicon, Clauses clauses, ModalityCues cues, Refinements refinements,
                    SupportVerbs supportVerbs, FacilityNames facilityNames, Protesters protesters,
                    TargetInference targetInference) {
        this.doc = doc;
        this.facilityNames = facilityNames;
        this.protesters = protesters;
        this.refinements = refinements;
        this.supportVerbs = supportVerbs;
        this.lexicon = lexicon;
        this.clauses = clauses;
        this.cues = cues;
        this.idx = new TokenIndex(doc.get(Layers.TOKENS), doc.text());
        this.actors = doc.get(Layers.ACTORS);
        this.places = doc.get(Layers.PLACES);
        for (PlaceMention p : places) {
            placeStarts.set(idx.first(p));
        }
        this.times = doc.get(Layers.TIMES);
        for (ActorMention a : actors) {
            namesAndDates.set(idx.first(a), idx.last(a) + 1);
        }
        for (TimeExpression t : times) {
            namesAndDates.set(idx.first(t), idx.last(t) + 1);
        }
        this.mentions = doc.get(Layers.MENTIONS);
        this.casualties = doc.get(Layers.CASUALTIES);
        this.roleRules = new RoleRules(idx, casualties, refinements);
        this.targets = targetInference.in(doc.text(), idx, actors, mentions, doc.get(Layers.SENTENCES).stream()
                .filter(x -> x.kind() == Block.Kind.PARAGRAPH).mapToInt(Sentence::block).findFirst().orElse(-1));
    }

    /** The located events (dataset rows) and those the text gives too little to locate. */
    record Result(List<Event> located, List<Event> unlocated) {
    }

    EventExtraction trace(java.util.function.Consumer<String> t) {
        this.trace = t;
        return this;
    }

    private String at(int first, int last) {
        return "«" + doc.text().substring(idx.get(first).begin(), idx.get(last).end()) + "» @" + idx.get(first).begin();
    }

    Result run() {
        List<EventDraft> drafts = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            if (s.kind() != Block.Kind.PARAGRAPH) {
                continue;
            }
            extractSentence(s, drafts);
        }
        inheritPlaces(drafts);
        focusCountry().ifPresent(f -> {
            for (EventDraft d : drafts) {
                if (d.place == null && d.type.verbal()) {
                    // a statement with no place: the country the article is about (precision 3);
                    // a physical event with no place stays unlocated rather than guessed
                    d.place = f;
                    d.placeInherited = true;
                }
            }
        });
        for (EventDraft d : drafts) {
            trace.accept("draft " + d.type.name() + " «" + d.trigger.text() + "» @" + d.trigger.begin()
                    + (d.fatalities == null ? "" : ", " + d.fatalities + " killed")
                    + (d.place == null ? "" : ", at " + d.place.place().name() + (d.placeInherited ? " (inherited)" : "")));
        }
        List<EventDraft> merged = EventMerger.merge(drafts);
        detainees(merged);
        targets.afterMerge(merged, trace);
        doc.metadata().published().ifPresent(p -> merged.forEach(d -> d.markBackgroundBefore(p)));
        List<Event> out = new ArrayList<>();
        List<Event> unlocated = new ArrayList<>();
        for (EventDraft d : merged) {
            String what = d.type.name() + " «" + d.trigger.text() + "» @" + d.trigger.begin();
            if (!plausible(d)) {
                trace.accept("dropped " + what + ": " + (d.purpose ? "a purpose" : d.prevented ? "prevented"
                        : d.habitual ? "habitual" : "a common word with no party"));
                continue;
            }
            if (located(d) && !bare(d)) {
                out.add(d.build("e" + (out.size() + 1)));
                trace.accept("event " + what + (d.mentions.size() > 1 ? " (" + d.mentions.size() + " mentions: "
                        + d.mentions.stream().map(m -> "«" + m.text() + "» @" + m.begin())
                                .collect(java.util.stream.Collectors.joining(", ")) + ")" : "")
                        + (d.fatalities == null ? "" : ", " + d.fatalities + " killed")
                        + (d.place == null ? "" : ", at " + d.place.place().name() + (d.placeInherited ? " (inherited)" : "")));
            } else {
                unlocated.add(d.build("u" + (unlocated.size() + 1)));
                trace.accept("unlocated " + what + ": no place, and no date from the text with an actor");
            }
        }
        return new Result(List.copyOf(out), List.copyOf(unlocated));
    }

    /** A word with nothing of its own («في الهروب»): all its arguments borrowed from around it. */
    private static boolean bare(EventDraft d) {
        boolean ownPlace = d.place != null && !d.placeInherited;
        return d.actor == null && d.target == null && !ownPlace && !d.ownDate() && d.mentions.size() == 1;
    }

    /**
     * A riot or an escape in a prison whose actor the text leaves unnamed («حدوث تمرد في السجن»)
     * has the actor of another riot or escape in the same facility: the detainees.
     */
    private static void detainees(List<EventDraft> events) {
        for (EventDraft d : events) {
            if (d.actor != null || d.facility == null || !custodial(d)) {
                continue;
            }
            for (EventDraft o : events) {
                if (o != d && o.actor != null && custodial(o) && o.facility != null
                        && o.facility.canonical().equals(d.facility.canonical())) {
                    d.actor = o.actor;
                    break;
                }
            }
        }
    }

    private static boolean custodial(EventDraft d) {
        return d.type.name().equals("RIOT") || d.type.name().equals("ESCAPE");
    }

    /** A dataset row needs a place, or a date from the text and an actor. */
    private static boolean located(EventDraft d) {
        return d.place != null || (d.textDate() && d.actor != null);
    }

    /** Not a purpose, a habit or a bare word; a weak trigger needs a party. */
    private static boolean plausible(EventDraft d) {
        if (d.purpose && !d.intention) {
            return false; // «للهروب»، «لإعادة السيطرة»: what someone wanted, not what happened
        }
        if (d.prevented) {
            return false; // «تفكيك 21 عبوة ناسفة»، «إحباط هجوم»: stopped before it happened
        }
        boolean ownPlace = d.place != null && !d.placeInherited;
        if (d.habitual && !ownPlace) {
            return false; // «كلما طال إطلاق نار»: a pattern, not a happening
        }
        if (d.entry.has(TriggerLexicon.Flag.WEAK) && d.actor == null && d.target == null) {
            return false;
        }
        return true;
    }

    /** A trigger found; {@code key} is the form its first word matched with (see {@link PhraseMatcher.Match#firstKey()}). */
    private record Hit(int first, int last, TriggerLexicon.Entry entry, String key) {
    }

    private void extractSentence(Sentence s, List<EventDraft> drafts) {
        int s0 = idx.first(s);
        int s1 = idx.last(s);
        if (s1 < s0) {
            return;
        }
        List<Hit> hits = triggers(s, s0, s1);
        if (hits.isEmpty() && casualties.stream().noneMatch(c -> c.begin() >= s.begin() && c.end() <= s.end())) {
            return;
        }
        Clauses.Bounds bounds = clauses.boundaries(idx, s0, s1, placeStarts::get);
        ArgumentPicker picker = new ArgumentPicker(idx, bounds, s0);
        List<ActorMention> sActors = within(actors, s);
        List<PlaceMention> sPlaces = within(places, s);
        List<TimeExpression> sTimes = within(times, s);
        boolean hasNonCasualty = hits.stream().anyMatch(h -> !h.entry.has(TriggerLexicon.Flag.CASUALTY));
        boolean tally = cues.any(idx, s0, s1, ModalityCues.Cue.TALLY);
        List<EventDraft> here = new ArrayList<>();
        for (Hit h : hits) {
            if (h.entry.has(TriggerLexicon.Flag.CASUALTY) && hasNonCasualty) {
                trace.accept("no event " + at(h.first, h.last) + ": deaths of another event in the sentence");
                continue; // «ما أسفر عن مقتل شرطي»: the deaths belong to the other event
            }
            if (h.entry.has(TriggerLexicon.Flag.CASUALTY) && tally) {
                trace.accept("no event " + at(h.first, h.last) + ": a tally of several incidents");
                continue;
            }
            EventDraft d = draft(s, h, picker, sActors, sPlaces, sTimes, s0, s1);
            if (d != null) {
                if (d.actor == null && (!d.type.verbal() || d.type.name().equals("DEMAND"))) {
                    // «العدوان التركي ... باستهدافه بقصف جوي», «أحدثوا تمردا ... وتمكن عدد منهم من
                    // الفرار»: the actor of the event just named in the sentence
                    for (int k = here.size() - 1; k >= 0; k--) {
                        EventDraft o = here.get(k);
                        if (o.actor != null && sameActorLikely(o, d)) {
                            // a pronoun («وهجمهن») or «وسط» («احتجاجا على الفساد ...، وسط دعوات لمحاسبة
                            // المسؤولين»: amid the event just told) points back further
                            boolean back = d.pronoun || (d.firstToken > 0 && idx.get(d.firstToken - 1).key().equals("وسط"));
                            int reach = back ? 3 * ACTOR_INHERITANCE_COST : ACTOR_INHERITANCE_COST;
                            if (picker.distance(o.lastToken, d.firstToken) > reach) {
                                break; // far, unless a pronoun («وهجمهن») points back
                            }
                            d.actor = o.actor;
                            break;
                        }
                    }
                }
                here.add(d);
                drafts.add(d);
            }
        }
        attachCasualties(s, here, picker, drafts, tally);
        for (EventDraft d : new ArrayList<>(here)) {
            PlaceMention other = secondSite(d, picker);
            if (other != null) {
                EventDraft c = d.atSite(other);
                if (d.fatalities != null) {
                    // «جثتي رجلين ... في منطقتي المنصور والشعلة»: one each; a toll the text does not
                    // divide stays with the first site
                    boolean each = d.fatalities == 2;
                    c.fatalities = each ? Integer.valueOf(1) : null;
                    d.fatalities = each ? Integer.valueOf(1) : d.fatalities;
                }
                trace.accept("second site " + other.place().name() + " for " + d.type.name() + " «" + d.trigger.text()
                        + "» @" + d.trigger.begin());
                drafts.add(drafts.indexOf(d) + 1, c);
            }
        }
    }

    private static final String[] DUAL_DESIGNATORS = {"منطقتي", "بلدتي", "مدينتي", "قريتي", "محافظتي", "حيي", "ناحيتي",
        "منطقتين", "بلدتين", "مدينتين", "قريتين"};

    /**
     * A second site the event's own place is coordinated with, where the text marks two sites
     * rather than one area: a dual designator («في منطقتي المنصور والشعلة») or a repeated
     * preposition («في قضاء تلعفر وفي الموصل»). A plain list under a plural («في مناطق البوشجل
     * والملاحمة») names one area and stays one event.
     */
    private PlaceMention secondSite(EventDraft d, ArgumentPicker picker) {
        if (d.casualtyReport || d.place == null || d.placeInherited || d.relativeHeadPlace
                || d.place.place().kind() == PlaceKind.COUNTRY) {
            return null;
        }
        int p0 = idx.first(d.place);
        int p1 = idx.last(d.place);
        if (p0 < 1 || p1 + 1 >= idx.size()) {
            return null;
        }
        boolean dual = false;
        for (String x : DUAL_DESIGNATORS) {
            dual |= idx.get(p0 - 1).stems().contains(x) || idx.norm(p0 - 1).equals(x);
        }
        if (dual) {
            PlaceMention q = placeAt(p1 + 1);
            return q != null && idx.norm(p1 + 1).startsWith("و") && differentSite(d.place, q) ? q : null;
        }
        int prep = p0 - 1;
        while (prep > 0 && prep >= p0 - 2 && isDesignator(idx.get(prep))) {
            prep--;
        }
        if (!idx.norm(prep).equals("في") || !idx.norm(p1 + 1).equals("وفي")) {
            return null;
        }
        for (int i = p1 + 2; i <= Math.min(idx.size() - 1, p1 + 4); i++) {
            PlaceMention q = placeAt(i);
            if (q != null) {
                return differentSite(d.place, q) ? q : null;
            }
            if (!isDesignator(idx.get(i))) {
                return null;
            }
        }
        return null;
    }

    private PlaceMention placeAt(int token) {
        for (PlaceMention p : places) {
            if (idx.first(p) == token) {
                return p;
            }
        }
        return null;
    }

    private boolean isDesignator(Token t) {
        for (String x : DESIGNATORS) {
            if (t.stems().contains(x)) {
                return true;
            }
        }
        return t.stems().contains(org.marsad.text.ArabicNormalizer.fold("قضاء"));
    }

    /** Two sites of one country, neither a province or region that could contain the other. */
    private static boolean differentSite(PlaceMention a, PlaceMention b) {
        return !a.place().id().equals(b.place().id()) && site(a.place().kind()) && site(b.place().kind())
                && a.place().country().equals(b.place().country());
    }

    /** A town, a district or a neighbourhood; not a province, a region or a country. */
    private static boolean site(PlaceKind k) {
        return k != PlaceKind.COUNTRY && k != PlaceKind.ADMIN1 && k != PlaceKind.REGION;
    }

    static final int ACTOR_INHERITANCE_COST = 24;

    /** Events of one family in one sentence share their actor; so do a prison riot and the escape it allows. */
    private static boolean sameActorLikely(EventDraft earlier, EventDraft later) {
        return earlier.type.family().equals(later.type.family())
                || (earlier.type.family().equals("protest") && later.type.name().equals("ESCAPE"))
                || (earlier.type.family().equals("protest") && later.type.name().equals("DEMAND"));
    }

    private List<Hit> triggers(Sentence s, int s0, int s1) {
        List<PhraseMatcher.Match<TriggerLexicon.Entry>> ms = lexicon.matcher().findAll(idx.tokens(), s0, s1 + 1);
        List<int[]> blocked = new ArrayList<>();
        for (PhraseMatcher.Match<TriggerLexicon.Entry> m : ms) {
            if (m.last() <= s1 && m.values().stream().anyMatch(e -> e.type().isEmpty())) {
                blocked.add(new int[] {m.first(), m.last()});
            }
        }
        List<Hit> hits = new ArrayList<>();
        ms.sort(Comparator.comparingInt((PhraseMatcher.Match<TriggerLexicon.Entry> m) -> -m.size())
                .thenComparingInt(PhraseMatcher.Match::first));
        for (PhraseMatcher.Match<TriggerLexicon.Entry> m : ms) {
            if (m.last() > s1) {
                continue;
            }
            Optional<TriggerLexicon.Entry> e = choose(m);
            if (e.isEmpty()) {
                continue;
            }
            if (overlapsAny(m.first(), m.last(), blocked) || insideNameOrDate(m.first(), m.last())) {
                trace.accept("no trigger " + at(m.first(), m.last()) + ": inside a blocking phrase, a name or a date");
                continue;
            }
            if (e.get().isVerb() && !m.bareOrConjunction(idx.tokens())) {
                trace.accept("no trigger " + at(m.first(), m.last()) + ": a verb form with a preposition or the article");
                continue; // «التابع», «بالقتل»: not the verb
            }
            if (e.get().isVerb() && !verbShape(m, e.get())) {
                trace.accept("no trigger " + at(m.first(), m.last()) + ": a noun written like the verb");
                continue; // «سيطرة»، «سيطرته»: the noun «control», not «he controlled it»
            }
            if (e.get().needs().isPresent() && !followedBy(m.last(), s1, e.get().needs().get())) {
                trace.accept("no trigger " + at(m.first(), m.last()) + ": its object word does not follow");
                continue;
            }
            if (e.get().unless().isPresent() && followedBy(m.last(), s1, e.get().unless().get())) {
                trace.accept("no trigger " + at(m.first(), m.last()) + ": a word follows that makes it a figure of speech");
                continue;
            }
            boolean clash = false;
            for (Hit h : hits) {
                if (m.first() <= h.last && h.first <= m.last()) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                hits.add(new Hit(m.first(), m.last(), e.get(), m.firstKey()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::first));
        return hits;
    }

    /**
     * Whether a verb entry's match can be the verb: a word written with a final «ة» is a noun; a
     * verb whose object takes a preposition («سيطر على») carries no object pronoun, so «سيطرته» is
     * the noun «سيطرة» with «ه».
     */
    private boolean verbShape(PhraseMatcher.Match<TriggerLexicon.Entry> m, TriggerLexicon.Entry e) {
        Token t = idx.get(m.first());
        String raw = doc.text().substring(t.begin(), t.end());
        if (raw.endsWith("\u0629")) {
            return false;
        }
        return !(e.needs().isPresent() && m.viaSuffix());
    }

    static final int NEEDS_WINDOW = 4;
    /** How far, in tokens, a window of {@value #NEEDS_WINDOW} words may stretch over names and dates. */
    static final int NEEDS_REACH = 16;

    /**
     * The token of the word {@code key} among the next {@value #NEEDS_WINDOW} words, before any clause
     * mark but a comma; the words of a named actor or a date do not count («سيطرت قوات المجلس الانتقالي
     * الجنوبي يوم السبت 10 أغسطس 2019 على معسكرات»: the subject and the date stand between). -1 if none.
     */
    private int wordAfter(int last, int s1, String key) {
        int counted = 0;
        for (int i = last + 1; i <= Math.min(s1, last + NEEDS_REACH) && counted < NEEDS_WINDOW; i++) {
            Token t = idx.get(i);
            if (t.kind() == Token.Kind.PUNCT && !t.norm().equals("،") && !t.norm().equals(",")) {
                return -1;
            }
            if (t.stems().contains(key) || withPronoun(t.norm(), key)) {
                return i;
            }
            if (!namesAndDates.get(i)) {
                counted++;
            }
        }
        return -1;
    }

    private boolean followedBy(int last, int s1, String key) {
        return wordAfter(last, s1, key) >= 0;
    }


    private static final String[] PRONOUN_SUFFIXES = {"ه", "ها", "هم", "هما", "هن"};

    /** «عليها»: the word with a pronoun suffix («على» folds to «علي», and takes «ها»). */
    private static boolean withPronoun(String norm, String key) {
        for (String p : PRONOUN_SUFFIXES) {
            if (norm.equals(key + p)) {
                return true;
            }
        }
        return false;
    }

    /** Where the word a trigger needs («على» of «سيطر التنظيم على») stands, or the trigger's last word. */
    private int neededWord(Hit h, int s1) {
        if (h.entry.needs().isEmpty()) {
            return h.last;
        }
        int at = wordAfter(h.last, s1, h.entry.needs().get());
        return at >= 0 ? at : h.last;
    }

    /** Verb or noun reading of a form shared by both: a word with the article or a preposition is a noun («بالهرب»). */
    private Optional<TriggerLexicon.Entry> choose(PhraseMatcher.Match<TriggerLexicon.Entry> m) {
        List<TriggerLexicon.Entry> vals = m.values().stream().filter(e -> e.type().isPresent()).toList();
        if (vals.isEmpty()) {
            return Optional.empty();
        }
        if (vals.size() == 1) {
            return Optional.of(vals.get(0));
        }
        boolean nounish = !m.bareOrConjunction(idx.tokens());
        for (TriggerLexicon.Entry e : vals) {
            if (e.isVerb() != nounish) {
                return Optional.of(e);
            }
        }
        return Optional.of(vals.get(0));
    }

    private static boolean overlapsAny(int a, int b, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (a <= r[1] && r[0] <= b) {
                return true;
            }
        }
        return false;
    }

    private boolean insideNameOrDate(int first, int last) {
        int b = idx.get(first).begin();
        int e = idx.get(last).end();
        for (Mention m : mentions) {
            if (m.begin() <= b && e <= m.end() && m.type() != EntityType.MISC) {
                return true;
            }
        }
        for (TimeExpression t : times) {
            if (t.begin() <= b && e <= t.end()) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Span> List<T> within(List<T> items, Span s) {
        List<T> out = new ArrayList<>();
        for (T t : items) {
            if (t.begin() >= s.begin() && t.end() <= s.end()) {
                out.add(t);
            }
        }
        return out;
    }

    private EventDraft draft(Sentence s, Hit h, ArgumentPicker picker, List<ActorMention> sActors,
                             List<PlaceMention> sPlaces, List<TimeExpression> sTimes, int s0, int s1) {
        EventDraft d = new EventDraft();
        d.entry = h.entry;
        d.type = h.entry.type().orElseThrow();
        Optional<org.marsad.knowledge.EventType> refined = refinements.refine(d.type, idx, h.first, h.last, s0, s1,
                picker.bounds());
        d.refined = refined.isPresent();
        d.type = refined.orElse(d.type);
        int b = idx.get(h.first).begin();
        int e = idx.get(h.last).end();
        d.trigger = new Event.Trigger(b, e, doc.text().substring(b, e));
        d.mentions.add(d.trigger);
        d.firstToken = h.first;
        d.lastToken = h.last;
        d.sentence = s;
        d.block = s.block();
        d.clause = clauseIndex(picker, s0, h.first);
        boolean verb = h.entry.isVerb() || (h.entry.kind() == TriggerLexicon.Kind.PHRASE && looksVerbal(h.first));
        boolean endsWithAla = idx.get(h.last).key().equals("علي");
        int support = verb ? -1 : supportVerbs.before(idx, s0, h.first);
        if (support >= 0 && triggerBetween(support, h.first)) {
            support = -1; // «أطلقت الشرطة الغاز على آلاف تجمعوا للتظاهر احتجاجا»: the verb governs a nearer event
        }
        boolean ownerSuffix = !verb && h.first == h.last && !idx.get(h.first).norm().endsWith(h.key)
                && !idx.get(h.first).stems().contains(h.key);
        d.pronoun = ownerSuffix || (verb && h.first == h.last && !idx.get(h.first).stems().contains(h.key));
        ArgumentPicker.Roles roles = picker.roles(sActors, sPlaces, h.first, h.last, verb, d.type, endsWithAla, support,
                ownerSuffix, verb && eventNounBefore(h.first, s0));
        if (roles.agent() != null) {
            d.actor = d.type.family().equals("protest") ? protesters.of(roles.agent())
                    : ArgumentPicker.participant(roles.agent());
        }
        if (h.entry.has(TriggerLexicon.Flag.PARTICIPANT)) {
            if (nextToStatement(h, s0, s1)) {
                trace.accept("no event " + at(h.first, h.last) + ": the people speak or accuse here, they do not protest");
                return null;
            }
            d.actor = participantActor(b, e, d.actor); // «تجمع المتظاهرون»: the protesters act
        } else if (d.actor == null && d.type.family().equals("protest")) {
            d.actor = peopleNamedBy(b, e); // «اندلاع الحركة الاحتجاجية»: the movement's people protest
        }
        if (d.type.name().equals("KILLING") && verb && roles.agent() != null && roles.target() == null
                && roles.agent().end() <= b && ArgumentPicker.subjectSuffix(idx.get(h.first).norm())) {
            // «سبعة عناصر من تنظيم داعش قتلوا»: read as passive, the noun before names the dead
            d.target = ArgumentPicker.participant(roles.agent());
            d.actor = null;
            roles = new ArgumentPicker.Roles(null, null);
        }
        if (d.actor == null && d.type.name().equals("AIRSTRIKE")) {
            d.actor = roleRules.aircraftBefore(sActors, b); // «دمرت طائرات التحالف ...، وأسفرت الغارات عن»
        }
                if (roles.agent() != null && d.type.family().equals("assault") && RoleRules.reportsOnly(roles.agent())) {
            // «وذكر المرصد أن المهاجمين فجروا»: a monitor or an outlet tells of violence, it does not commit it
            d.actor = null;
            roles = new ArgumentPicker.Roles(null, roles.target());
        }
                if (roles.agent() != null && roleRules.amongVictims(roles.agent(), b)) {
            // «قتل عشرات المدنيين في غارات جوية»: the dead of the toll the trigger opens, not who struck
            d.target = ArgumentPicker.participant(roles.agent());
            d.actor = null;
            roles = new ArgumentPicker.Roles(null, roles.target());
        }
        if (d.type.name().equals("ARREST") && roles.agent() != null
                && roles.agent().actor().type() == org.marsad.knowledge.ActorType.ARMED_GROUP) {
            d.type = codebook.require("ABDUCTION"); // an armed group does not arrest: it abducts (ACLED)
        }
        if (roles.target() != null && !d.type.name().equals("ESCAPE")) {
            d.target = ArgumentPicker.participant(roles.target()); // nobody is the target of an escape
        }
        if (d.target == null && d.type.name().equals("SEIZE_TERRITORY")) {
            d.target = roleRules.atTheExpenseOf(sActors); // «حققت مكاسب على حساب تنظيم داعش ... وسيطرت على تل أبيض»
        }
        if (d.target == null) {
            d.target = targets.civilianObject(d, h.last, s1, picker); // «اعتقل 15 خياطا»
        }
        d.reference = isReference(h.first, REFERENCE_WORDS)
                || (verb && isReference(h.first, RELATIVES)); // «المسلح الذي فجر نفسه»: the bombing told before
        d.during = d.reference && isReference(h.first, DURING_WORDS);
        d.casualtyReport = d.type.name().equals("KILLING") && (h.entry.has(TriggerLexicon.Flag.CASUALTY)
                || (d.actor == null && otherAssault(h, s0, s1))
                || casualties.stream().anyMatch(c -> c.kind() == Casualty.Kind.KILLED && c.begin() <= b && e <= c.end()
                        && !killerNamed(d, c, h)));
        Optional<ArgumentPicker.Scored<PlaceMention>> pl = picker.place(sPlaces, h.first, h.last, sActors, d.type);
        pl.ifPresent(p -> d.place = p.value());
        facility(d, s, h, picker);
        if (!h.entry.isVerb() && h.first > 0 && idx.norm(h.first - 1).equals("لا")) {
            trace.accept("no event " + at(h.first, h.last) + ": a noun under «لا» (contrast, not a report)");
            return null;
        }
        if (h.entry.has(TriggerLexicon.Flag.NEEDS_FACILITY) && d.facility == null) {
            trace.accept("no event " + at(h.first, h.last) + ": this word is a " + d.type.name() + " only in a prison or camp");
            return null;
        }
        if (h.entry.has(TriggerLexicon.Flag.NEEDS_PLACE) && !placeAfter(d, h)) {
            trace.accept("no event " + at(h.first, h.last) + ": no place named right after it");
            return null;
        }
        if (d.type.name().equals("SEIZE_TERRITORY") && TriggerLexicon.imperfect(h.entry, h.key)
                && !subjunctive(h.first, s0, picker)) {
            trace.accept("no event " + at(h.first, h.last) + ": the imperfect tells who holds the place, not a seizure");
            return null; // «كوباني التي يسيطر عليها الأكراد»، «ويسيطر التنظيم على مساحات واسعة»
        }
        date(d, picker, sTimes, h, b);
        modality(d, h, s0, s1);
        d.intention = hasIntention(s0, h.first, picker);
        d.confidence = confidence(d);
        return d;
    }

    static final int SUBJUNCTIVE_WINDOW = 5;

    /**
     * An imperfect verb read as a happening: after «أن» («قبل أن تتقدم ... وتسيطر على») or the
     * jussive «لم», a few words before in its clause. «إن» after «قال» introduces a statement of fact
     * and does not count; the folded text cannot tell «أن» from «إن», so the original is read.
     */
    private boolean subjunctive(int t, int s0, ArgumentPicker picker) {
        for (int i = t - 1; i >= Math.max(s0, t - SUBJUNCTIVE_WINDOW); i--) {
            if (picker.strongBetween(i, t)) {
                return false;
            }
            Token w = idx.get(i);
            String raw = doc.text().substring(w.begin(), w.end());
            if (raw.equals("أن") || raw.equals("لم") || raw.equals("ولم")) {
                return true;
            }
            if (w.norm().equals("ان") && i > s0 && (idx.get(i - 1).key().equals("قبل") || idx.get(i - 1).key().equals("بعد"))) {
                return true;
            }
        }
        return false;
    }

    /** «ويتهم المتظاهرون», «قال المحتجون»: a statement verb right before or after the participant noun. */
    private boolean nextToStatement(Hit h, int s0, int s1) {
        for (int i = Math.max(s0, h.first - 2); i <= Math.min(s1, h.last + 2); i++) {
            if (i >= h.first && i <= h.last) {
                continue;
            }
            for (PhraseMatcher.Match<TriggerLexicon.Entry> m : lexicon.matcher().matchAt(idx.tokens(), i)) {
                for (TriggerLexicon.Entry x : m.values()) {
                    if (x.type().map(org.marsad.knowledge.EventType::verbal).orElse(false)) {
                        return true;
                    }
                }
            }
            String k = idx.get(i).key();
            if (k.equals("قال") || k.equals("وقال") || k.equals("يقول") || k.equals("اكد") || k.equals("طالب")) {
                return true;
            }
        }
        return false;
    }

    /** The people a participant noun names, resolved through the actor layer when it knows them. */
    private Participant participantActor(int b, int e, Participant found) {
        for (ActorMention a : actors) {
            if (a.begin() <= b && e <= a.end()) {
                return protesters.of(a);
            }
        }
        if (found != null) {
            return found;
        }
        return new Participant(b, e, doc.text().substring(b, e), "Protesters", Optional.of("people:protesters"));
    }

    /** A group of people whose name covers the trigger («الحركة الاحتجاجية»), as protesters; else null. */
    private Participant peopleNamedBy(int b, int e) {
        for (ActorMention a : actors) {
            if (a.begin() <= b && e <= a.end() && a.actor().type() == org.marsad.knowledge.ActorType.PEOPLE) {
                return protesters.of(a);
            }
        }
        return null;
    }

    /**
     * «هجمات عنيفة استهدفت مدنيين», «حملة استهدفت أفرادا»: an event noun right before a verb
     * trigger (at most one word between, no punctuation) is the verb's subject, so the noun after
     * the verb is its object.
     */
    private boolean eventNounBefore(int first, int s0) {
        for (int i = first - 1; i >= Math.max(s0, first - 2); i--) {
            if (!idx.get(i).isWord()) {
                return false;
            }
            for (PhraseMatcher.Match<TriggerLexicon.Entry> m : lexicon.matcher().matchAt(idx.tokens(), i)) {
                boolean definite = idx.get(i).norm().startsWith("\u0627\u0644");
                if (m.last() >= first || m.last() < first - 2 || (definite && !afterAnna(i))) {
                    continue; // a definite noun before a verb may close another clause («بعد الهجوم قتل»)
                }
                boolean noun = false;
                boolean verbToo = false;
                for (TriggerLexicon.Entry x : m.values()) {
                    noun |= x.type().isPresent() && x.kind() == TriggerLexicon.Kind.NOUN;
                    verbToo |= x.isVerb();
                }
                if (noun && !verbToo && m.bareOrConjunction(idx.tokens()) != definite) {
                    return true; // not «وقتلهم واعتقل»: a word that may be a verb is no subject
                }
            }
        }
        return false;
    }

    /** True when an event trigger starts strictly between tokens {@code a} and {@code b}. */
    private boolean triggerBetween(int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (PhraseMatcher.Match<TriggerLexicon.Entry> m : lexicon.matcher().matchAt(idx.tokens(), i)) {
                if (m.last() < b && m.values().stream().anyMatch(x -> x.type().isPresent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** «أن الغارات الجوية قصفت»: the noun right after «أن/إن» is the subject of what follows. */
    private boolean afterAnna(int i) {
        if (i == 0) {
            return false;
        }
        String p = idx.norm(i - 1);
        return p.equals("ان") || p.equals("لان") || p.equals("وان");
    }

    /** «قتلوا في الهجوم على مارع»: another assault word in the sentence may be what killed them. */
    private boolean otherAssault(Hit h, int s0, int s1) {
        for (PhraseMatcher.Match<TriggerLexicon.Entry> m : lexicon.matcher().findAll(idx.tokens(), s0, s1 + 1)) {
            if (m.first() > h.last || m.last() < h.first) {
                for (TriggerLexicon.Entry x : m.values()) {
                    if (x.type().isPresent() && x.type().get().family().equals("assault")
                            && !x.type().get().name().equals("KILLING")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int clauseIndex(ArgumentPicker picker, int s0, int t) {
        int n = 0;
        for (int i = s0 + 1; i < t; i++) {
            if (picker.strongBetween(i - 1, i + 1)) {
                n++;
            }
        }
        return n;
    }

    /** A phrase such as «القبض على» is a verbal noun; «أطلق النار» (no article, first word) a verb. */
    private boolean looksVerbal(int first) {
        Token t = idx.get(first);
        return t.norm().equals(t.key()) && !t.norm().startsWith("ال")
                && doc.text().charAt(t.end() - 1) != '\u0629'; // «عملية عسكرية»: no verb ends in taa marbuta
    }

    private static final String[] DESIGNATORS = {"مدينه", "بلده", "قريه", "حي", "منطقه", "مناطق", "ريف", "محافظه",
        "مخيم", "مدن", "بلدات", "قري", "احياء", "مركز", "معبر", "مطار", "قاعده", "جامعه", "مدينتي", "بلدتي"};

    /** «على كامل»، «على معظم أنحاء محافظة إدلب»: words for a share of the place that follows. */
    private static final String[] PART_WORDS = {"كامل", "معظم", "انحاء", "اجزاء", "اغلب", "غالبيه", "جميع", "بقيه",
        "مساحات", "اراضي", "اراض"};

    private static final String[] RELATIVES = {"التي", "الذي", "اللتين", "اللذين", "الذين", "اللواتي"};

    /** «مدينة القريتين التي استولوا عليها»: the place the relative clause hangs on. */
    private PlaceMention relativeHead(int t) {
        for (int i = t - 1; i >= Math.max(0, t - 3); i--) {
            String n = idx.norm(i);
            for (String r : RELATIVES) {
                if (n.equals(org.marsad.text.ArabicNormalizer.fold(r))) {
                    for (PlaceMention p : places) {
                        // «مدينة تدمر الأثرية التي»: an adjective may stand between
                        boolean adjective = idx.last(p) == i - 2 && idx.norm(i - 1).startsWith("ال");
                        if ((idx.last(p) == i - 1 || adjective) && p.place().kind() != PlaceKind.COUNTRY) {
                            return p;
                        }
                    }
                    return null;
                }
            }
        }
        return null;
    }

    static final int PLACE_AFTER_SKIP = 4;

    /** The clause names a place right after the trigger («سيطر على مدينة X», «دخلت X»), or the trigger is in a relative clause on a place. */
    private boolean placeAfter(EventDraft d, Hit h) {
        PlaceMention head = relativeHead(h.first);
        if (head != null) {
            d.place = head;
            d.relativeHeadPlace = true;
            return true;
        }
        int i = neededWord(h, idx.size() - 1) + 1;
        int skipped = 0;
        while (i < idx.size() && skipped < PLACE_AFTER_SKIP) {
            Token t = idx.get(i);
            for (PlaceMention p : places) {
                if (idx.first(p) == i && p.place().kind() != PlaceKind.COUNTRY) {
                    d.place = p; // «استولى التنظيم على مدينة تدمر»: the place taken, whatever else the clause names
                    d.placeInherited = false;
                    return true;
                }
            }
            boolean designator = false;
            for (String x : DESIGNATORS) {
                if (t.stems().contains(x)) {
                    designator = true;
                }
            }
            boolean quantifier = false;
            for (String x : PART_WORDS) {
                if (t.stems().contains(x)) {
                    quantifier = true;
                }
            }
            if (t.stems().stream().anyMatch(w -> ArgumentPicker.in(w, SITE_NOUNS))) {
                return siteInPlace(d, i); // «سيطرت على معسكرات للحكومة ... في مدينة عدن»
            }
            if (!(designator || quantifier || t.norm().equals("\"") || t.key().equals("علي")
                    || t.kind() == Token.Kind.NUMBER)) {
                return false;
            }
            skipped++;
            i++;
        }
        return false;
    }

    /** Sites taken in a seizure whose town is named a little later («معسكرات ... في مدينة عدن»). */
    private static final String[] SITE_NOUNS = {"معسكر", "معسكرات", "مقر", "مقرات", "قاعده", "قواعد", "مطار",
        "قصر", "حاجز", "حواجز", "نقطه", "نقاط", "ثكنه", "ثكنات", "مواقع", "مبني", "مباني"}; // stems: no article
    static final int SITE_PLACE_REACH = 12;

    /** The first town named «في X» within {@value #SITE_PLACE_REACH} words after the site, in the clause. */
    private boolean siteInPlace(EventDraft d, int site) {
        for (int i = site + 1; i < idx.size() && i <= site + SITE_PLACE_REACH; i++) {
            Token t = idx.get(i);
            if (t.kind() == Token.Kind.PUNCT && !t.norm().equals("،") && !t.norm().equals(",")) {
                return false;
            }
            for (PlaceMention p : places) {
                if (idx.first(p) == i && p.place().kind() != PlaceKind.COUNTRY) {
                    d.place = p;
                    d.placeInherited = false;
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * «أعدم تنظيم داعش أمس الشيخ»: the subject right after the verb is the killer, so the words
     * are a killing, not a toll. «31 شخصا قتلوا» and «جنديا قتل» name the dead before the verb,
     * «قتل العشرات من عناصر داعش» after a partitive «من»: those are tolls.
     */
    private boolean killerNamed(EventDraft d, Casualty c, Hit h) {
        if (d.actor == null || c.begin() < idx.get(h.first).begin() || d.actor.begin() < idx.get(h.first).begin()) {
            return false;
        }
        for (int k = h.last + 1; k < idx.size() && idx.get(k).begin() < d.actor.begin(); k++) {
            if (idx.get(k).stems().contains("من")) {
                return false;
            }
        }
        return true;
    }

    private static final String[] REFERENCE_WORDS = {"غداه", "عقب", "اثر", "اعقاب", "اعقب", "بعد", "اثناء", "ابان",
        "خلال"};
    private static final String[] DURING_WORDS = {"اثناء", "ابان", "خلال"};

    /** «غداة العدوان»، «عقب الهجوم»: the trigger names an event to date another one by. */
    private boolean isReference(int first, String[] words) {
        int p = first - 1;
        while (p >= 0 && idx.get(p).kind() == Token.Kind.PUNCT && idx.norm(p).equals("\"")) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        Token t = idx.get(p);
        for (String w : words) {
            if (t.stems().contains(w) || t.norm().equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The facility of the clause, or, for «السجن» and the like, the last facility named before. */
    private void facility(EventDraft d, Sentence s, Hit h, ArgumentPicker picker) {
        Mention best = null;
        int bestD = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.type() != EntityType.FACILITY || m.begin() < s.begin() || m.end() > s.end()) {
                continue;
            }
            int m0 = idx.first(m);
            int dist = m0 > h.last ? picker.distance(h.last, m0) : picker.distance(idx.last(m), h.first);
            if (dist > ArgumentPicker.MAX_PLACE_DISTANCE || (m0 > h.last && picker.strongBetween(h.last, m0))) {
                continue;
            }
            if (dist < bestD) {
                bestD = dist;
                best = m;
            }
        }
        if (best == null && refersToFacility(s, h, picker)) {
            for (Mention m : mentions) {
                if (m.type() == EntityType.FACILITY && m.end() <= d.trigger.begin()) {
                    best = m;
                }
            }
        }
        if (best != null) {
            Mention f = best;
            d.facility = new Participant(f.begin(), f.end(), f.text(),
                    f.canonical().filter(c -> !isArabic(c)).orElseGet(() -> facilityNames.english(f.text())), f.ref());
            PlaceMention fp = placeOf(best);
            if (fp != null && (d.place == null || ArgumentPicker.specificity(fp.place().kind())
                    >= ArgumentPicker.specificity(d.place.place().kind()))) {
                d.place = fp; // the site is the facility's place
            }
        }
    }

    private static final String[] FACILITY_NOUNS = {"سجن", "مخيم", "معتقل", "مطار", "قاعده", "معبر", "منشاه"};

    /** «السجن»، «المخيم» in the trigger's clause: a facility named earlier. */
    private boolean refersToFacility(Sentence s, Hit h, ArgumentPicker picker) {
        int s0 = idx.first(s);
        int s1 = idx.last(s);
        for (int i = s0; i <= s1; i++) {
            int dist = i > h.last ? picker.distance(h.last, i) : picker.distance(i, h.first);
            if (dist > ArgumentPicker.MAX_PLACE_DISTANCE || (i > h.last && picker.strongBetween(h.last, i))) {
                continue;
            }
            Token t = idx.get(i);
            if (!t.isWord()) {
                continue;
            }
            for (String f : FACILITY_NOUNS) {
                if (t.stems().contains(f) && t.norm().endsWith("ال" + f)) {
                    return true;
                }
            }
        }
        return false;
    }

    static final int FACILITY_LOCATION_WINDOW = 20;

    /**
     * The geocoded place of a facility mention: the facility itself, a place named inside it
     * («سجن الحسكة»), or else the first place named after it in its sentence («سجن التسفيرات،
     * ...، في منطقة الفيصلية»).
     */
    private PlaceMention placeOf(Mention facility) {
        PlaceMention inside = null;
        for (PlaceMention p : places) {
            if (p.begin() == facility.begin() && p.end() == facility.end()) {
                return p;
            }
            if (facility.contains(p)) {
                inside = p;
            }
        }
        if (inside != null) {
            return inside;
        }
        Sentence s = sentenceOf(facility.begin());
        int f1 = idx.last(facility);
        for (PlaceMention p : places) {
            int p0 = idx.first(p);
            if (p0 > f1 && p0 - f1 <= FACILITY_LOCATION_WINDOW && s != null && p.end() <= s.end()
                    && p.place().kind() != PlaceKind.COUNTRY) {
                return new PlaceMention(p.begin(), p.end(), p.text(), p.place(), p.precision(),
                        "location of the facility named before it");
            }
        }
        return null;
    }

    private static boolean isArabic(String s) {
        return s.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    private Sentence sentenceOf(int offset) {
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            if (s.begin() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /**
     * The event's date: the nearest date of its clause; else the nearest in its sentence that no
     * later clause separates from it; else the last date before it in its paragraph or the one
     * before (context), unless «الآن» marks the time of writing; else the publication day. «منذ X»
     * stretches X to the publication date.
     */
    private void date(EventDraft d, ArgumentPicker picker, List<TimeExpression> sTimes, Hit h, int offset) {
        Optional<TimeExpression> dt = picker.date(sTimes, h.first, h.last);
        if (dt.isEmpty()) {
            dt = picker.anyDate(sTimes, h.first, h.last);
        }
        if (dt.isPresent()) {
            d.date = dt.get();
            d.range = since(dt.get()).orElse(dt.get().range().get());
            d.basis = EventDraft.DateBasis.OWN;
            return;
        }
        if (now(h, picker)) {
            // «وهم الآن يخوضون معارك»: the time of writing, not the last date told before
            doc.metadata().published().ifPresent(p -> {
                d.range = org.marsad.document.DateRange.day(p);
                d.basis = EventDraft.DateBasis.PUBLICATION;
            });
            if (d.range != null) {
                return;
            }
        }
        Optional<TimeExpression> ctx = lastDateBefore(offset, d.block);
        if (ctx.isPresent()) {
            d.date = ctx.get();
            d.range = ctx.get().range().get();
            d.basis = EventDraft.DateBasis.CONTEXT;
            return;
        }
        doc.metadata().published().ifPresent(p -> {
            d.range = org.marsad.document.DateRange.day(p);
            d.basis = EventDraft.DateBasis.PUBLICATION;
        });
    }

    static final int NOW_WINDOW = 3;
    private static final String[] NOW_WORDS = {"الان", "حاليا"};

    /** «الآن»، «حاليا» a few words before the trigger in its clause: it happens as the text is written. */
    private boolean now(Hit h, ArgumentPicker picker) {
        for (int i = h.first - 1; i >= Math.max(0, h.first - NOW_WINDOW); i--) {
            if (picker.strongBetween(i, h.first)) {
                return false;
            }
            for (String w : NOW_WORDS) {
                if (idx.get(i).key().equals(w) || idx.norm(i).equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** «منذ أغسطس 2014»: from the month named to the publication date. */
    private Optional<org.marsad.document.DateRange> since(TimeExpression t) {
        int i = idx.first(t) - 1;
        if (i < 0 || !idx.get(i).key().equals("منذ") || doc.metadata().published().isEmpty()) {
            return Optional.empty();
        }
        org.marsad.document.DateRange r = t.range().get();
        java.time.LocalDate pub = doc.metadata().published().get();
        if (pub.isBefore(r.start())) {
            return Optional.empty();
        }
        return Optional.of(new org.marsad.document.DateRange(r.start(), pub, r.precision()));
    }

    /** The last resolved date before an offset in the same or the previous paragraph, not a «منذ» date. */
    private Optional<TimeExpression> lastDateBefore(int offset, int block) {
        TimeExpression best = null;
        for (TimeExpression t : times) {
            if (t.end() > offset) {
                break;
            }
            if (t.range().isEmpty() || !isContent(t)) {
                continue;
            }
            int tb = doc.get(Layers.STRUCTURE).blockAt(t.begin()).map(x -> doc.get(Layers.STRUCTURE).indexOf(x))
                    .orElse(-10);
            int i = idx.first(t) - 1;
            if (tb >= block - 1 && !(i >= 0 && idx.get(i).key().equals("منذ"))) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean isContent(Span s) {
        return doc.get(Layers.STRUCTURE).blockAt(s.begin()).map(b -> b.kind() == Block.Kind.PARAGRAPH).orElse(false);
    }

    private void modality(EventDraft d, Hit h, int s0, int s1) {
        Token t = idx.get(h.first);
        String n = t.norm();
        if (hasPurposeLam(n, h.key) && !afterResultVerb(h.first)) {
            d.purpose = true; // «للهروب»، «لإعادة»: a purpose, not a happening
        }
        if (!d.purpose && (n.charAt(0) == '\u0648') && coordinatedWithPurpose(h.first, s0)) {
            d.purpose = true; // «للبقاء في الشمال، ودعم الفصائل»: the second aim of the same purpose
        }
        int from = Math.max(s0, h.first - 4);
        int to = Math.min(s1, h.last + 3);
        for (PhraseMatcher.Match<ModalityCues.Entry> m : cues.find(idx, s0, s1)) {
            for (ModalityCues.Entry e : m.values()) {
                // a one-word cue («قد») must be next to the trigger; a phrase («مخاوف من») a few words before
                boolean before = m.last() < h.first && (m.size() > 1 ? m.first() >= from : m.last() >= h.first - 2);
                boolean after = m.first() > h.last && m.last() <= to;
                switch (e.cue()) {
                    case BACKGROUND -> {
                        if (m.first() > h.last || e.scope() == ModalityCues.Scope.BEFORE && before) {
                            d.background = true;
                        }
                    }
                    case HABITUAL -> d.habitual |= after;
                    case HYPOTHETICAL -> {
                        if (before && e.scope() == ModalityCues.Scope.BEFORE || after && e.scope() == ModalityCues.Scope.AFTER) {
                            d.modality = Modality.HYPOTHETICAL;
                        }
                    }
                    case PLANNED -> {
                        if (before) {
                            d.modality = Modality.PLANNED;
                        }
                    }
                    case PREVENTED -> {
                        if (m.last() < h.first && h.first - m.last() <= 3) {
                            d.prevented = true;
                        }
                    }
                    case DENIED -> {
                        if (m.last() == h.first - 1 && (d.entry.isVerb() || e.nouns())) {
                            d.modality = Modality.DENIED;
                        }
                    }
                    case TALLY -> {
                        // read per sentence in extractSentence
                    }
                    default -> throw new IllegalStateException();
                }
            }
        }
        if (d.modality == Modality.ASSERTED && TriggerLexicon.future(h.entry, h.key)) {
            d.modality = Modality.PLANNED; // «ستستهدف القوات»: announced, not yet happened
        }
        if (d.background && d.modality == Modality.DENIED) {
            d.modality = Modality.ASSERTED; // «لم يكن X هو الأول»: X happened; it was not the first
        }
        if (d.purpose && d.modality == Modality.ASSERTED) {
            d.modality = Modality.PLANNED;
        }
    }

    /** The word is «لـ» (after an optional و/ف) + the matched form, with or without the article. */
    static boolean hasPurposeLam(String norm, String key) {
        String n = norm;
        if (n.length() > key.length() + 1 && (n.charAt(0) == '\u0648' || n.charAt(0) == '\u0641')) {
            n = n.substring(1);
        }
        if (n.length() < 2 || n.charAt(0) != '\u0644') {
            return false;
        }
        String rest = n.substring(1);
        return rest.equals(key) || rest.equals("\u0627\u0644" + key) || rest.equals("\u0644" + key)
                || (rest.startsWith(key) && rest.length() - key.length() <= 2); // a pronoun suffix
    }

    private static final String[] RESULT_VERBS = {"ادي", "ادت", "يؤدي", "تؤدي", "افضي", "قاد", "دفع", "اضطر", "تعرض",
        "تعرضت", "ادي", "سبب", "تسبب"};

    /** «ما أدى لفرار»: «لـ» after «أدى» and the like marks a result, not a purpose. */
    private boolean afterResultVerb(int t) {
        for (int i = t - 1; i >= Math.max(0, t - 2); i--) {
            for (String v : RESULT_VERBS) {
                if (idx.get(i).stems().contains(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word with the purpose «لـ» a few words before, in the same clause. */
    private boolean coordinatedWithPurpose(int t, int s0) {
        for (int i = t - 1; i >= Math.max(s0, t - 8); i--) {
            Token w = idx.get(i);
            if (w.kind() == Token.Kind.PUNCT && !w.norm().equals("،") && !w.norm().equals("\"")) {
                return false;
            }
            String n = w.norm();
            if (w.isWord() && n.length() > 3 && n.charAt(0) == '\u0644' && w.stems().size() > 1) {
                return true;
            }
        }
        return false;
    }

    /** An intention cue («أعلنت نيتها»، «تعتزم») earlier in the trigger's clause. */
    private boolean hasIntention(int s0, int t, ArgumentPicker picker) {
        for (PhraseMatcher.Match<ModalityCues.Entry> m : cues.find(idx, s0, t)) {
            if (m.last() >= t || picker.strongBetween(m.last(), t) || t - m.last() > 6) {
                continue; // «أعلنتا نيتهما لتوفير غطاء جوي»: the intention governs the purpose closely
            }
            for (ModalityCues.Entry e : m.values()) {
                if (e.cue() == ModalityCues.Cue.PLANNED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A score for filtering, not a probability. A place only as wide as a country adds nothing: in
     * two hand-judged samples of unseen articles (docs/QUALITY.md) 12 of 15 events placed only in a
     * country were general statements («حرب تركيا على الإرهاب»), against about half of the others.
     */
    private static double confidence(EventDraft d) {
        double c = 0.45;
        c += d.actor != null ? 0.15 : 0;
        c += d.place != null && d.place.place().kind() != PlaceKind.COUNTRY ? 0.15 : 0;
        c += d.ownDate() ? 0.1 : d.textDate() ? 0.05 : 0;
        c += d.target != null ? 0.05 : 0;
        c -= d.entry.has(TriggerLexicon.Flag.WEAK) ? 0.15 : 0;
        return Math.max(0.05, Math.min(0.95, c));
    }

    static final int PLACE_INHERITANCE_TOKENS = 60;

    /**
     * A missing place comes from the previous event of the paragraph when it is close by
     * ({@value #PLACE_INHERITANCE_TOKENS} words), or for a state's own forces from their country.
     */
    private void inheritPlaces(List<EventDraft> drafts) {
        EventDraft prev = null;
        for (EventDraft d : drafts) {
            if (d.place == null && prev != null && prev.block == d.block && prev.place != null
                    && d.firstToken - prev.lastToken <= PLACE_INHERITANCE_TOKENS) {
                d.place = prev.place;
                d.placeInherited = true;
            }
            if (d.place == null && d.actor != null) {
                countryOfStateForce(d).ifPresent(p -> {
                    d.place = p;
                    d.placeInherited = true;
                });
            }
            prev = d;
        }
    }

    /**
     * The country most of the article's places lie in (at least two mentions, or any number when
     * all lie in one country), as a country-level place anchored on the first mention in that country.
     */
    private Optional<PlaceMention> focusCountry() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, PlaceMention> first = new java.util.HashMap<>();
        for (PlaceMention p : places) {
            if (!isContent(p)) {
                continue;
            }
            String cc = p.place().country();
            counts.merge(cc, 1, Integer::sum);
            first.putIfAbsent(cc, p);
        }
        boolean oneCountry = counts.size() == 1; // «خرج آلاف العراقيين في بغداد»: every place in Iraq
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2 || oneCountry)
                .max(java.util.Map.Entry.comparingByValue())
                .flatMap(e -> org.marsad.knowledge.Gazetteer.standard().country(e.getKey())
                        .map(c -> new PlaceMention(first.get(e.getKey()).begin(), first.get(e.getKey()).end(),
                                first.get(e.getKey()).text(), c, 3, "country the article is about (no place in the event's text)")));
    }

    private Optional<PlaceMention> countryOfStateForce(EventDraft d) {
        Optional<ActorMention> am = actors.stream().filter(a -> a.begin() == d.actor.begin() && a.end() == d.actor.end())
                .findFirst();
        if (am.isEmpty()) {
            return Optional.empty();
        }
        ActorType t = am.get().actor().type();
        if (t != ActorType.POLICE && t != ActorType.SECURITY) {
            return Optional.empty();
        }
        String cc = am.get().actor().country().orElse(null);
        if (cc == null) {
            return Optional.empty();
        }
        for (PlaceMention p : places) {
            if (p.place().kind() == PlaceKind.COUNTRY && p.place().country().equals(cc)) {
                return Optional.of(new PlaceMention(p.begin(), p.end(), p.text(), p.place(), 3,
                        "country of the acting state force"));
            }
        }
        return Optional.empty();
    }

    /** The organization or force the dead of a casualty report belonged to, as the event's target. */
    private void victims(Casualty c, EventDraft d) {
        int end = c.end() + 40;
        for (ActorMention a : actors) {
            if (a.begin() < c.begin() || a.begin() > end || sentenceOf(a.begin()) != d.sentence) {
                continue;
            }
            org.marsad.knowledge.ActorType t = a.actor().type();
            boolean party = t == org.marsad.knowledge.ActorType.ARMED_GROUP || t == org.marsad.knowledge.ActorType.MILITARY
                    || t == org.marsad.knowledge.ActorType.POLICE || t == org.marsad.knowledge.ActorType.SECURITY;
            if (party && (d.actor == null || !a.actor().name().equals(d.actor.canonical())) && a.begin() <= c.end() + 25) {
                d.target = ArgumentPicker.participant(a);
                return;
            }
        }
    }

    private static final String[] CONSEQUENCES = {"اسفر", "اسفرت", "ادي", "ادت", "خلف", "خلفت", "اوقع", "اوقعت", "اودي",
        "اودت", "اسفرا"};

    /** «ما أسفر عن مقتل شرطي»: deaths introduced as the result of what came before. */
    private boolean consequence(int c0) {
        for (int i = c0 - 1; i >= Math.max(0, c0 - 3); i--) {
            for (String w : CONSEQUENCES) {
                if (idx.get(i).stems().contains(w) || idx.norm(i).equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Deaths counted with no event word in their sentence («وسقط 20 قتيلا في بلدة معرة مصرين»):
     * a KILLING report at the place of its clause, which the merger gives to the assault that
     * caused it, or splits from it per town.
     */
    private void deathReport(Sentence s, Casualty c, ArgumentPicker picker, List<EventDraft> drafts) {
        int c0 = idx.first(c);
        int c1 = idx.last(c);
        EventDraft d = new EventDraft();
        d.type = codebook.require("KILLING");
        d.entry = new TriggerLexicon.Entry("casualty", Optional.of(d.type), TriggerLexicon.Kind.NOUN,
                java.util.Set.of(TriggerLexicon.Flag.CASUALTY), Optional.empty(), Optional.empty());
        d.trigger = new Event.Trigger(c.begin(), c.end(), c.text());
        d.mentions.add(d.trigger);
        d.firstToken = c0;
        d.lastToken = c1;
        d.sentence = s;
        d.block = s.block();
        d.casualtyReport = true;
        d.fatalities = (int) Math.min(Integer.MAX_VALUE, c.count().getAsLong());
        picker.place(within(places, s), c0, c1, within(actors, s), d.type).ifPresent(p -> d.place = p.value());
        if (d.place == null) {
            return; // deaths with no place: nothing to attach or split
        }
        Optional<TimeExpression> dt = picker.date(within(times, s), c0, c1);
        if (dt.isPresent()) {
            d.date = dt.get();
            d.range = dt.get().range().get();
            d.basis = EventDraft.DateBasis.OWN;
        }
        d.target = targets.civiliansAmong(c, picker, idx.last(s)); // «وسقط 20 قتيلا بينهم عدد من الأطفال»
        d.confidence = 0.5;
        drafts.add(d);
        trace.accept("death report «" + c.text() + "» @" + c.begin() + " at " + d.place.place().name());
    }

    /**
     * The event named after the casualties with the preposition of cause («بانفجار», «بقصف»),
     * whatever clauses lie between: the toll and the injured before it are its effects.
     */
    private EventDraft instrument(int c0, List<EventDraft> here) {
        for (EventDraft d : here) {
            if (d.firstToken > c0) {
                Token t = idx.get(d.firstToken);
                boolean bi = t.norm().length() > 3 && t.norm().charAt(0) == '\u0628'
                        && t.stems().stream().anyMatch(st -> st.equals(t.norm().substring(1)));
                return bi ? d : null; // only the first event after the toll
            }
        }
        return null;
    }

    private void attachCasualties(Sentence s, List<EventDraft> here, ArgumentPicker picker, List<EventDraft> drafts,
                                  boolean tally) {
        for (Casualty c : casualties) {
            if (c.begin() < s.begin() || c.end() > s.end()) {
                continue;
            }
            int c0 = idx.first(c);
            EventDraft best = null;
            int bestD = Integer.MAX_VALUE;
            for (EventDraft d : here) {
                boolean across = c0 > d.lastToken ? picker.strongBetween(d.lastToken, c0) && !consequence(c0)
                        : picker.strongBetween(idx.last(c), d.firstToken);
                if (across) {
                    continue; // deaths in another clause belong to another happening
                }
                int dist = c0 > d.lastToken ? picker.distance(d.lastToken, c0) : picker.distance(idx.last(c), d.firstToken) + 2;
                if (dist < bestD) {
                    bestD = dist;
                    best = d;
                }
            }
            if (best == null) {
                best = instrument(c0, here); // «قتل شخص، بينما أصيب سبعة، بانفجار عبوة»
            }
            if (best == null) {
                if (c.kind() == Casualty.Kind.KILLED && c.count().isPresent() && !tally) {
                    deathReport(s, c, picker, drafts);
                } else if (tally) {
                    trace.accept("no death report «" + c.text() + "» @" + c.begin() + ": a tally of several incidents");
                }
                continue;
            }
            if (best.target == null && best.type.family().equals("assault")) {
                victims(c, best); // «مقتل 49 مسلحا من تنظيم داعش»: the dead say who was hit
            }
            if (best.target == null && best.type.family().equals("assault")) {
                best.target = targets.civiliansAmong(c, picker, idx.last(s)); // «20 قتيلا بينهم أطفال»
            }
            if (c.count().isPresent()) {
                int n = (int) Math.min(Integer.MAX_VALUE, c.count().getAsLong());
                if (c.kind() == Casualty.Kind.KILLED) {
                    best.fatalities = c.update() || best.fatalities == null ? n : best.fatalities + n;
                } else {
                    best.injured = c.update() || best.injured == null ? n : best.injured + n;
                }
            } else if (c.vague().isPresent() && best.count == null && c.kind() == Casualty.Kind.KILLED) {
                best.count = c.vague().get();
            }
        }
    }
}
