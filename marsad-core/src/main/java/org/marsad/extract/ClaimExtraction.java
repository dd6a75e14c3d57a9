package org.marsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.ActorMention;
import org.marsad.document.Block;
import org.marsad.document.Claim;
import org.marsad.document.DateRange;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Participant;
import org.marsad.document.Sentence;
import org.marsad.document.TimeExpression;
import org.marsad.document.Token;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.knowledge.ActorType;
import org.marsad.text.PhraseMatcher;

/**
 * The claim extraction of one document. For each reporting cue in a paragraph sentence:
 * <ol>
 *   <li>the speaker is the actor right after a verb (VSO: «أكد مصطفى بالي»), right before it
 *       (SVO), after «ما» for a relative («مما أعلنه الرئيس التركي»), after a cue noun («بحسب
 *       X»، «نقلا عن X»), or an unnamed source («مصادر محلية»); a continuation verb or
 *       participle without a speaker («وأضاف»، «مضيفا») continues the previous claim;</li>
 *   <li>the role and organization come from the person's apposition (resolved by the actor
 *       stage) or, for organizations and states, the speaker itself;</li>
 *   <li>the channel is the nearest channel cue in the sentence («في تغريدة له عبر تويتر»);</li>
 *   <li>a second cue of the same speaker in the same sentence adds to the first claim;</li>
 *   <li>the claim reports the events mentioned in its sentence.</li>
 * </ol>
 * Not thread-safe; one instance per document.
 */
final class ClaimExtraction {
    private static final int MAX_SPEAKER_GAP = 7;

    record Result(List<Claim> claims, List<Event> events) {
    }

    private final Document doc;
    private final ClaimCues cues;
    private final Clauses clauses;
    private final TokenIndex idx;
    private final List<ActorMention> actors;
    private final List<TimeExpression> times;
    /** The first and last token of each actor mention, by its position in {@link #actors}. */
    private final int[] actorFirst;
    private final int[] actorLast;

    ClaimExtraction(Document doc, ClaimCues cues, Clauses clauses) {
        this.doc = doc;
        this.cues = cues;
        this.clauses = clauses;
        this.idx = new TokenIndex(doc.get(Layers.TOKENS), doc.text());
        this.actors = doc.get(Layers.ACTORS);
        this.times = doc.get(Layers.TIMES);
        this.actorFirst = new int[actors.size()];
        this.actorLast = new int[actors.size()];
        for (int i = 0; i < actorFirst.length; i++) {
            actorFirst[i] = idx.first(actors.get(i));
            actorLast[i] = idx.last(actors.get(i));
        }
    }

    /** A claim being built. */
    private static final class Draft {
        Sentence sentence;
        Participant speaker;
        String role;
        Participant organization;
        String channel;
        Event.Trigger verb;
        boolean unnamed;
        boolean deny;
        int contentBegin;
        /** The claim this one continues («وأضاف» without a new speaker), if any. */
        Draft continues;
        DateRange date;
        final Set<String> about = new LinkedHashSet<>();
    }

    Result run() {
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            if (s.kind() == Block.Kind.PARAGRAPH) {
                sentence(s, drafts);
            }
        }
        List<Event> events = doc.get(Layers.EVENTS);
        List<Event> linked = new ArrayList<>(events.size());
        for (Event e : events) {
            List<String> sources = new ArrayList<>();
            Draft first = null;
            for (Draft d : drafts) {
                if (reports(d, e, drafts)) {
                    d.about.add(e.id());
                    if (!sources.contains(d.speaker.canonical())) {
                        sources.add(d.speaker.canonical());
                    }
                    first = first == null ? d : first;
                }
            }
            Event x = sources.isEmpty() ? e : e.withSources(sources);
            if (first != null && !first.unnamed && x.actor().isEmpty() && speaksOwnAct(x)) {
                x = x.withActor(first.speaker);
            }
            linked.add(x);
        }
        drafts = mergeBySpeakerAndChannel(drafts);
        List<Claim> claims = new ArrayList<>();
        for (Draft d : drafts) {
            claims.add(new Claim("c" + (claims.size() + 1), d.sentence.begin(), d.sentence.end(), d.speaker,
                    Optional.ofNullable(d.role), Optional.ofNullable(d.organization), Optional.ofNullable(d.channel),
                    d.verb, d.unnamed, d.deny ? "deny" : "confirm",
                    d.contentBegin < d.sentence.end()
                            ? Optional.of(new Event.Trigger(d.contentBegin, d.sentence.end(),
                                    doc.text().substring(d.contentBegin, d.sentence.end())))
                            : Optional.empty(),
                    List.copyOf(d.about), Optional.ofNullable(d.date)));
        }
        return new Result(List.copyOf(claims), List.copyOf(linked));
    }

    /**
     * The speaker is the actor of what they say they did: a statement type («اتهمت», «طالب») or
     * an act with a possessive pronoun («أعلنت النصرة انسحابها»).
     */
    private static boolean speaksOwnAct(Event e) {
        if (e.type().verbal()) {
            return true;
        }
        String t = org.marsad.text.ArabicNormalizer.fold(e.trigger().text()).strip();
        if (t.indexOf(' ') >= 0) {
            return false; // «استولوا عليها»: the pronoun is the object, not the owner
        }
        return t.endsWith("\u0647\u0627") || t.endsWith("\u0647\u0645") || t.endsWith("\u0647\u0646");
    }

    /**
     * One claim per speaker and channel (a claim without a channel joins the speaker's first): an article that quotes the same source several times
     * through the same channel («قال المرصد ... وأضاف المرصد ...») reports one claim of it.
     */
    private static List<Draft> mergeBySpeakerAndChannel(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = null;
            for (Draft o : out) {
                if (o.speaker.canonical().equals(d.speaker.canonical()) && (java.util.Objects.equals(o.channel, d.channel)
                        || d.channel == null || o.channel == null)) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(d);
            } else {
                if (same.channel == null) {
                    same.channel = d.channel; // «قال العيساوي» … «أفاد العيساوي لوكالة رويترز»: one interview
                }
                same.about.addAll(d.about);
                if (same.organization == null) {
                    same.organization = d.organization;
                }
                if (same.role == null) {
                    same.role = d.role;
                }
                if (same.date == null) {
                    same.date = d.date;
                }
            }
        }
        return out;
    }

    /**
     * A claim reports the events mentioned after its cue in its sentence (up to the next claim's
     * cue), and those just before its cue in the same or the previous clause («الهروب ... ؛ حيث
     * أكد X»).
     */
    private boolean reports(Draft d, Event e, List<Draft> drafts) {
        int limit = d.sentence.end();
        int previous = d.sentence.begin();
        for (Draft o : drafts) {
            if (o != d && o.sentence == d.sentence) {
                if (o.verb.begin() > d.verb.begin()) {
                    limit = Math.min(limit, o.verb.begin());
                } else {
                    previous = Math.max(previous, o.verb.end());
                }
            }
        }
        for (Event.Trigger t : e.mentions()) {
            if (t.begin() >= d.verb.end() && t.end() <= limit) {
                return true;
            }
            if (t.begin() >= previous && t.end() <= d.verb.begin() && boundaryGroups(t.end(), d.verb.begin()) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** Runs of strong clause boundaries between two offsets of one sentence. */
    private int boundaryGroups(int from, int to) {
        int a = idx.atOrAfter(from);
        int b = idx.atOrAfter(to) - 1;
        if (b < a) {
            return 0;
        }
        Clauses.Bounds bounds = clauses.boundaries(idx, a, b);
        int groups = 0;
        boolean in = false;
        for (int k = 0; k < bounds.size(); k++) {
            boolean strong = bounds.at(k) == 2;
            if (strong && !in) {
                groups++;
            }
            in = strong;
        }
        return groups;
    }

    private void sentence(Sentence s, List<Draft> drafts) {
        int s0 = idx.first(s);
        int s1 = idx.last(s);
        if (s1 < s0) {
            return;
        }
        Clauses.Bounds bounds = clauses.boundaries(idx, s0, s1);
        int lastEnd = -1;
        for (PhraseMatcher.Match<ClaimCues.Verb> m : cues.verbs.findAll(idx.tokens(), s0, s1 + 1)) {
            if (m.first() <= lastEnd || m.last() > s1) {
                continue;
            }
            ClaimCues.Verb v = m.values().get(0);
            if (v.kind() == ClaimCues.Kind.VERB && !m.bareOrConjunction(idx.tokens())) {
                continue; // «التابع»، «بقول»: not the reporting verb
            }
            if (m.viaSuffix() && !afterMaa(m.first())) {
                continue; // «إضافة»: a suffix is read only in «مما أعلنه X»
            }
            lastEnd = m.last();
            Draft d = new Draft();
            d.sentence = s;
            int vb = idx.get(m.first()).begin();
            int ve = idx.get(m.last()).end();
            d.verb = new Event.Trigger(vb, ve, doc.text().substring(vb, ve));
            d.deny = v.deny();
            Optional<Speaker> sp = speaker(v, m, s0, s1, bounds);
            Draft prev = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (sp.isEmpty()) {
                boolean cont = v.has(ClaimCues.Flag.CONTINUE) || v.kind() == ClaimCues.Kind.PARTICIPLE
                        || v.kind() == ClaimCues.Kind.VERB;
                if (!cont || prev == null || !recent(prev, s)) {
                    continue;
                }
                if (prev.sentence == s) {
                    addChannel(prev, s0, s1, m.first());
                    continue;
                }
                d.speaker = prev.speaker;
                d.role = prev.role;
                d.organization = prev.organization;
                d.unnamed = prev.unnamed;
                d.contentBegin = ve;
                d.continues = prev;
            } else {
                Speaker x = sp.get();
                d.speaker = x.participant;
                d.role = x.role;
                d.organization = x.organization;
                d.unnamed = x.unnamed;
                d.contentBegin = Math.max(ve, x.participant.end());
                lastEnd = Math.max(lastEnd, idx.last(x.participant));
                Draft same = sameSpeakerIn(drafts, s, d.speaker);
                if (same != null) {
                    addChannel(same, s0, s1, m.first());
                    continue;
                }
            }
            channel(d, s0, s1, m.first());
            if (d.channel == null) {
                interview(d, m.last(), s1);
            }
            if (d.channel == null && d.continues != null) {
                d.channel = d.continues.channel; // «وأضاف»: the same statement goes on
            }
            d.date = claimDate(d, s).orElse(null);
            drafts.add(d);
        }
    }

    private boolean afterMaa(int i) {
        int p = i - 1;
        if (p < 0) {
            return false;
        }
        String k = idx.get(p).norm();
        return k.equals("ما") || k.equals("مما") || k.equals("كما") || k.equals("وما");
    }

    private static boolean recent(Draft prev, Sentence s) {
        return prev.sentence.block() == s.block() || prev.sentence.block() + 1 == s.block()
                || prev.sentence.block() + 2 == s.block();
    }

    private static Draft sameSpeakerIn(List<Draft> drafts, Sentence s, Participant speaker) {
        for (Draft d : drafts) {
            if (d.sentence == s && d.speaker.canonical().equals(speaker.canonical())) {
                return d;
            }
        }
        return null;
    }

    private record Speaker(Participant participant, String role, Participant organization, boolean unnamed) {
    }

    private Optional<Speaker> speaker(ClaimCues.Verb v, PhraseMatcher.Match<ClaimCues.Verb> m, int s0, int s1,
                                      Clauses.Bounds bounds) {
        if (v.kind() == ClaimCues.Kind.PARTICIPLE) {
            return Optional.empty();
        }
        // after the cue: VSO subject, relative «ما أعلنه X», «بحسب X»
        Optional<Speaker> after = firstAfter(m.last(), s1, bounds, s0);
        if (after.isPresent()) {
            return after;
        }
        if (v.kind() == ClaimCues.Kind.VERB) {
            Optional<Speaker> kana = kanaSubject(m.first(), s0);
            if (kana.isPresent()) {
                return kana;
            }
            // before the verb: SVO «المرصد قال»
            for (int i = actors.size() - 1; i >= 0; i--) {
                ActorMention a = actors.get(i);
                int a1 = actorLast[i];
                if (a.end() <= idx.get(m.first()).begin() && a1 >= s0 && m.first() - a1 <= 2 && speakerLike(a)) {
                    return Optional.of(fromActor(a));
                }
            }
        }
        return Optional.empty();
    }

    /** «وكانت جبهة النصرة، الموالية لـ…، قد أعلنت»: the subject right after «كان/كانت» before «قد». */
    private Optional<Speaker> kanaSubject(int verb, int s0) {
        int q = verb - 1;
        while (q >= s0 && idx.get(q).kind() == Token.Kind.PUNCT) {
            q--;
        }
        if (q < s0 || !idx.norm(q).equals("قد")) {
            return Optional.empty();
        }
        for (int i = q - 1; i >= Math.max(s0, q - 20); i--) {
            String k = idx.get(i).key();
            if (k.equals("كانت") || k.equals("كان") || k.equals("وكانت") || k.equals("وكان")
                    || idx.get(i).stems().contains("كانت") || idx.get(i).stems().contains("كان")) {
                for (int j = 0; j < actorFirst.length; j++) {
                    ActorMention a = actors.get(j);
                    int a0 = actorFirst[j];
                    if (a0 > i && a0 - i <= 2 && a0 < q && speakerLike(a)) {
                        return Optional.of(fromActor(a));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Speaker> firstAfter(int from, int s1, Clauses.Bounds bounds, int s0) {
        int limit = Math.min(s1, from + MAX_SPEAKER_GAP);
        for (int i = from + 1; i <= limit; i++) {
            if (bounds.distance(from, i) > MAX_SPEAKER_GAP + Clauses.WEAK_COST * 2) {
                break;
            }
            Token t = idx.get(i);
            if (t.kind() == Token.Kind.PUNCT && (t.norm().equals(":") || t.norm().equals("."))) {
                break;
            }
            if (t.isWord() && (t.stems().contains("ان") || t.stems().contains("انه") || t.norm().equals("بان"))) {
                break; // «أن»، «بأن»: the content has begun
            }
            List<PhraseMatcher.Match<String>> unnamedHere = cues.unnamed.matchAt(idx.tokens(), i);
            for (int k = 0; k < actorFirst.length; k++) {
                ActorMention a = actors.get(k);
                if (actorFirst[k] == i && speakerLike(a) && !isAddressee(a)
                        && !(a.how().equals("agent") && !unnamedHere.isEmpty())) {
                    return Optional.of(fromActor(a));
                }
            }
            for (PhraseMatcher.Match<String> u : unnamedHere) {
                int b = idx.get(u.first()).begin();
                int e = idx.get(u.last()).end();
                Participant p = new Participant(b, e, doc.text().substring(b, e), u.values().get(0), Optional.empty());
                Participant org = null;
                for (int k = 0; k < actorFirst.length; k++) {
                    ActorMention a = actors.get(k);
                    int a0 = actorFirst[k];
                    if (a0 > u.last() && a0 - u.last() <= 3 && a.actor().type() != ActorType.PERSON) {
                        org = ArgumentPicker.participant(a);
                        break;
                    }
                }
                return Optional.of(new Speaker(p, null, org, true));
            }
        }
        return Optional.empty();
    }

    /** The organization is an outlet the speaker talks to within the next words. */
    private boolean addresseeOrganization(ActorMention speaker, String orgId) {
        for (ActorMention x : actors) {
            if (x.actor().id().equals(orgId) && x.begin() >= speaker.end() && x.begin() - speaker.end() < 80
                    && isAddressee(x)) {
                return true;
            }
        }
        return false;
    }

    /** «لوكالة رويترز»، «لـ«الشرق الأوسط»»: the outlet spoken to, not the speaker. */
    private boolean isAddressee(ActorMention a) {
        if (a.actor().type() != ActorType.MEDIA) {
            return false;
        }
        int i = idx.first(a);
        String n = idx.norm(i);
        boolean lam = n.startsWith("\u0644\u0644")
                || (n.startsWith("\u0644") && n.length() > 3 && idx.get(i).stems().contains(n.substring(1)));
        int p = i - 1;
        while (p >= 0 && idx.get(p).kind() == Token.Kind.PUNCT && idx.norm(p).equals("\"")) {
            p--;
        }
        boolean lamBefore = p >= 0 && (idx.norm(p).equals("\u0644") || idx.norm(p).equals("\u0644\u0640"));
        return lam || lamBefore;
    }

    private static boolean speakerLike(ActorMention a) {
        return !a.how().equals("adjective") && a.actor().type() != ActorType.PEOPLE;
    }

    private Speaker fromActor(ActorMention a) {
        Actor actor = a.actor();
        Participant p = ArgumentPicker.participant(a);
        String role = a.role().orElse(actor.role().orElse(null));
        Participant org = null;
        if (a.organization().isPresent()) {
            Actor o = a.organization().get();
            // the words that name the organization («المتحدث باسم قوات سوريا الديمقراطية»), else the person's
            ActorMention named = null;
            for (ActorMention x : actors) {
                if (x.actor().id().equals(o.id()) && x.begin() >= a.begin() - 200 && x.begin() <= a.end() + 200
                        && (named == null || Math.abs(x.begin() - a.end()) < Math.abs(named.begin() - a.end()))) {
                    named = x;
                }
            }
            org = named != null ? ArgumentPicker.participant(named)
                    : new Participant(a.begin(), a.end(), a.text(), o.name(), Optional.of(o.id()));
        } else if (actor.type() != ActorType.PERSON) {
            org = p;
        } else if (actor.parent().isPresent()) {
            // a known person speaks for the body the dictionary ties them to (an envoy for the UN)
            Optional<Actor> parent = ActorDictionary.standard().byId(actor.parent().get())
                    .filter(x -> x.type() != ActorType.STATE || x.id().equals(actor.parent().get()));
            if (parent.isPresent()) {
                org = new Participant(a.begin(), a.end(), a.text(), parent.get().name(), Optional.of(parent.get().id()));
            }
        }
        if (org != null && org.ref().isPresent() && addresseeOrganization(a, org.ref().get())) {
            org = null; // «قال نبيل جاسم لوكالة الصحافة الفرنسية»: the outlet heard him, he does not speak for it
        }
        return new Speaker(p, role, org, false);
    }

    static final int CHANNEL_AFTER = 16;
    static final int CHANNEL_BEFORE = 5;

    /** The nearest channel cue within {@value #CHANNEL_AFTER} words after the cue or a few before it. */
    private void channel(Draft d, int s0, int s1, int verbToken) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (PhraseMatcher.Match<String> m : cues.channels.findAll(idx.tokens(), s0, s1 + 1)) {
            int dist = m.first() >= verbToken ? m.first() - verbToken : (verbToken - m.last()) * 2;
            boolean near = m.first() >= verbToken ? m.first() - verbToken <= CHANNEL_AFTER
                    : verbToken - m.last() <= CHANNEL_BEFORE;
            if (near && dist < bestD) {
                bestD = dist;
                best = m.values().get(0);
            }
        }
        d.channel = best;
    }

    private void addChannel(Draft d, int s0, int s1, int cueToken) {
        if (d.channel == null) {
            channel(d, s0, s1, cueToken);
        }
        if (d.channel == null) {
            interview(d, cueToken, s1);
        }
    }

    /** A speaker who talks «لوكالة X» or «لـ«الشرق الأوسط»» gave an interview to that outlet. */
    private void interview(Draft d, int cue, int s1) {
        int limit = Math.min(s1, cue + 3 * CHANNEL_AFTER);
        for (int i = cue + 1; i <= limit; i++) {
            Token t = idx.get(i);
            if (t.isWord() && (t.stems().contains("ان") || t.norm().equals("بان"))) {
                limit = i; // the content has begun
                break;
            }
        }
        for (int k = 0; k < actorFirst.length; k++) {
            ActorMention a = actors.get(k);
            int a0 = actorFirst[k];
            if (a0 > cue && a0 <= limit && isAddressee(a)) {
                d.channel = a.actor().name() + " interview";
                return;
            }
        }
    }

    /** A date between the speaker and the content («أكدت صحيفة ... في تقرير لها، نهاية فبراير 2020، إلى أن»). */
    private Optional<DateRange> claimDate(Draft d, Sentence s) {
        int from = d.verb.end();
        int fromTok = idx.atOrAfter(from);
        for (TimeExpression t : times) {
            if (t.begin() < from || t.end() > s.end() || t.range().isEmpty()) {
                continue;
            }
            int t0 = idx.first(t);
            boolean contentBefore = false;
            for (int i = fromTok; i < t0; i++) {
                if (idx.get(i).isWord() && (idx.get(i).key().equals("ان") || idx.get(i).key().equals("الي"))) {
                    contentBefore = true;
                    break;
                }
            }
            if (!contentBefore && t0 - fromTok <= 12) {
                return t.range();
            }
            break;
        }
        return Optional.empty();
    }
}
