package org.marsad.recognize.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.marsad.document.Casualty;
import org.marsad.document.Casualty.Kind;
import org.marsad.document.Quantity;
import org.marsad.document.Sentence;
import org.marsad.document.Token;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * Finds reports of people killed and injured, with their counts, from the cue words of
 * {@code numbers/casualty-cues.txt} and the person nouns of {@code numbers/person-nouns.txt}.
 * The rules, in the order they claim a count (a count is used once):
 * <ol>
 *   <li><b>noun</b>: a count before a casualty noun: «سقط 20 قتيلا على الأقل»، «عدد من الجرحى»،
 *       «ومائة جريح»; «17 قتيلا وجريحًا» mixes both and gives nothing;</li>
 *   <li><b>toll</b>: «ارتفاع حصيلة القتلى إلى 27» — the count after «إلى» or «بلغت» updates the toll
 *       ({@code update}); any count right after «إلى» behind an update word is an update too;</li>
 *   <li><b>after</b>: a count, its noun and then a verb: «31 شخصًا قتلوا»، «العشرات أصيبوا»،
 *       «7 عناصر من تنظيم / داعش / قتلوا»;</li>
 *   <li><b>frame</b>: «لقي شخصان مصرعهما» (dual noun: 2), «لقي عدد من عناصر ... مصرعهم» (several),
 *       «شخصًا لقي مصرعه» (1);</li>
 *   <li><b>trigger</b>: a noun or verb followed by who was hit: «مقتل 49 مسلحا»، «أودى بحياة 32 شخصًا»،
 *       «قتل خلال اليومين الماضيين أكثر من 30 مسلحا» (a few words may stand between), «مقتل شرطي» and
 *       «مقتل الطائي» (a singular or a name after a verbal noun: 1), «إصابة عسكريين اثنين» (2);
 *       «استشهد وجرح عشرات الأشخاص» gives both kinds the same vague count, while «مقتل وإصابة 25»
 *       is a total of both and gives neither; «سقوط» needs a number and a person noun («سقوط 160
 *       قذيفة» is no toll); «محاولة اغتيال»، «يتوعد بقتل» report no death;</li>
 *   <li><b>join</b>: after a casualty, «و17 من قوات النظام» or «بالإضافة إلى عنصرين» adds a count of
 *       the same kind;</li>
 *   <li>a count right after «بينهم/منهم» is part of another («6 قتلى بينهم 4 أطفال» = 6, not 4);
 *       percentages are never casualty counts.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class CasualtyFinder {
    enum Role { NOMINAL, TRIGGER, COUNTED, FRAME, CLOSING, NOUN, AFTER, UPDATE, SUBSET, JOIN, STOP, BLOCKER }

    record Cue(Kind kind, Role role, int count) {
    }

    enum Number { SINGULAR, DUAL, PLURAL }

    /** How far a trigger may stand from its count («قتل خلال اليومين الماضيين أكثر من 30»). */
    static final int GAP = 4;
    /** How far after a verb's first word its object may stand behind the subject and a time word. */
    static final int OBJECT_WINDOW = 4;
    /** How far a count may stand from its verb («7 عناصر من تنظيم / داعش / قتلوا»). */
    static final int AFTER_WINDOW = 8;
    static final int FRAME_WINDOW = 10;

    private final PhraseMatcher<Cue> cues;
    private final PhraseMatcher<Number> persons;

    CasualtyFinder(PhraseMatcher<Cue> cues, PhraseMatcher<Number> persons) {
        this.cues = cues;
        this.persons = persons;
    }

    public static CasualtyFinder standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final CasualtyFinder STANDARD = load();
    }

    public static CasualtyFinder load() {
        PhraseMatcher.Builder<Cue> c = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (ResourceFiles.Line l : ResourceFiles.lines("numbers/casualty-cues.txt")) {
            String[] f = l.fields();
            if (f.length < 3) {
                throw l.error("expected phrase, kind and role");
            }
            Kind kind;
            Role role;
            try {
                kind = Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
                role = Role.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw l.error("unknown kind or role");
            }
            int count = 0;
            if (f.length > 3 && !f[3].isBlank()) {
                try {
                    count = Integer.parseInt(f[3].strip());
                } catch (NumberFormatException e) {
                    throw l.error("not a number: '" + f[3] + "'");
                }
            }
            c.add(f[0].strip(), new Cue(kind, role, count));
        }
        PhraseMatcher.Builder<Number> p = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (ResourceFiles.Line l : ResourceFiles.lines("numbers/person-nouns.txt")) {
            String[] f = l.fields();
            String sg = f[0].strip();
            if (sg.isEmpty()) {
                throw l.error("empty noun");
            }
            p.add(sg, Number.SINGULAR);
            if (!sg.contains(" ")) {
                String folded = ArabicNormalizer.fold(sg);
                p.add(folded + "\u0627", Number.SINGULAR); // accusative «شخصا»
                String stem = folded.endsWith("\u0647") ? folded.substring(0, folded.length() - 1) + "\u062A" : folded;
                p.add(stem + "\u0627\u0646", Number.DUAL);
                p.add(stem + "\u064A\u0646", Number.DUAL);
                p.add(stem + "\u0627", Number.SINGULAR);
            }
            if (f.length > 1) {
                for (String pl : f[1].split(",")) {
                    if (!pl.isBlank()) {
                        p.add(pl.strip(), Number.PLURAL);
                    }
                }
            }
        }
        return new CasualtyFinder(c.build(), p.build());
    }

    /** Casualties in one document's tokens, given its sentences and quantities. */
    public List<Casualty> find(String text, List<Token> tokens, List<Sentence> sentences, List<Quantity> quantities) {
        return new Scan(this, text, tokens, sentences, quantities).run();
    }

    PhraseMatcher<Cue> cues() {
        return cues;
    }

    PhraseMatcher<Number> persons() {
        return persons;
    }

    /** One document's search; not thread-safe, made per call. */
    private static final class Scan {
        private final CasualtyFinder f;
        private final String text;
        private final List<Token> tokens;
        private final int[] sentence;
        private final List<List<PhraseMatcher.Match<Cue>>> cueAt;
        /** Quantities by first token, their last token, and whether a casualty used them. */
        private final Quantity[] qAt;
        private final int[] qLast;
        private final boolean[] used;
        /** Tokens inside a casualty already found: a trigger there is part of it («قتلوا» in «31 شخصًا قتلوا»). */
        private final boolean[] covered;
        private final List<Casualty> out = new ArrayList<>();

        Scan(CasualtyFinder f, String text, List<Token> tokens, List<Sentence> sentences, List<Quantity> quantities) {
            this.f = f;
            this.text = text;
            this.tokens = tokens;
            int n = tokens.size();
            sentence = new int[n];
            int s = 0;
            for (int t = 0; t < n; t++) {
                while (s < sentences.size() && sentences.get(s).end() <= tokens.get(t).begin()) {
                    s++;
                }
                sentence[t] = s;
            }
            cueAt = new ArrayList<>(n);
            for (int t = 0; t < n; t++) {
                cueAt.add(List.of());
            }
            for (PhraseMatcher.Match<Cue> m : f.cues.findAll(tokens)) {
                List<PhraseMatcher.Match<Cue>> b = cueAt.get(m.first());
                if (b.isEmpty()) {
                    b = new ArrayList<>(2);
                    cueAt.set(m.first(), b);
                }
                b.add(m);
            }
            qAt = new Quantity[n];
            qLast = new int[n];
            used = new boolean[n];
            covered = new boolean[n];
            int t = 0;
            for (Quantity q : quantities) {
                while (t < n && tokens.get(t).begin() < q.begin()) {
                    t++;
                }
                if (t < n && tokens.get(t).begin() == q.begin()) {
                    int last = t;
                    while (last + 1 < n && tokens.get(last + 1).end() <= q.end()) {
                        last++;
                    }
                    qAt[t] = q;
                    qLast[t] = last;
                }
            }
        }

        List<Casualty> run() {
            nouns();
            tolls();
            afterVerbs();
            triggers();
            out.sort(Comparator.comparingInt(Casualty::begin));
            return List.copyOf(out);
        }

        // ---- rule 1: «20 قتيلا» ------------------------------------------------------------

        private void nouns() {
            for (int t = 0; t < tokens.size(); t++) {
                Cue noun = cue(t, Role.NOUN);
                if (noun == null) {
                    continue;
                }
                int last = cueLast(t, Role.NOUN);
                Cue other = startsWithWaw(last + 1) ? cue(last + 1, Role.NOUN) : null;
                if (other != null && other.kind() != noun.kind()) {
                    t = cueLast(last + 1, Role.NOUN); // «17 قتيلا وجريحًا»: a mixed total
                    continue;
                }
                int q = quantityEndingAt(t - 1);
                Optional<String> victim = last + 1 < tokens.size() && tokens.get(last + 1).norm().equals("\u0645\u0646")
                        ? victimAfter(last + 1) : Optional.empty(); // «قتيلا من المدنيين»
                if (q >= 0 && !used[q] && countable(q)) {
                    emit(noun.kind(), q, last, q, victim, updateBefore(q));
                } else if (noun.count() > 0 && q < 0 && !(noun.count() == 1 && definite(t))) {
                    emitCount(noun.kind(), t, last, noun.count(), victimAfter(last + 1), false);
                }
            }
        }

        // ---- rule 2: «ارتفعت حصيلة القتلى إلى 27» ---------------------------------------------

        private void tolls() {
            for (int t = 0; t < tokens.size(); t++) {
                Cue noun = cue(t, Role.NOUN);
                if (noun == null || !definite(t)) {
                    continue;
                }
                int last = cueLast(t, Role.NOUN);
                for (int k = last + 1; k <= last + 3 && k < tokens.size() && same(t, k); k++) {
                    String n = tokens.get(k).norm();
                    if (n.equals("\u0627\u0644\u064A") || n.equals("\u0627\u0644\u0649") || n.startsWith("\u0628\u0644\u063A")
                            || n.equals(":")) { // إلى، بلغ…
                        int q = k + 1;
                        if (q < tokens.size() && qAt[q] != null && !used[q] && countable(q)) {
                            boolean update = updateBefore(t) || n.startsWith("\u0627\u0644");
                            int end = qLast[q];
                            Cue after = cue(end + 1, Role.NOUN);
                            if (after != null && after.kind() == noun.kind()) {
                                end = cueLast(end + 1, Role.NOUN);
                            }
                            emit(noun.kind(), t, end, q, Optional.empty(), update);
                        }
                        break;
                    }
                }
            }
        }

        // ---- rule 3: «31 شخصًا قتلوا» ------------------------------------------------------------

        private void afterVerbs() {
            for (int q = 0; q < tokens.size(); q++) {
                if (qAt[q] == null || used[q] || !countable(q)) {
                    continue;
                }
                int k = qLast[q] + 1;
                boolean person = false;
                PhraseMatcher.Match<Number> p = person(k);
                if (p != null) {
                    person = true;
                    k = p.last() + 1;
                }
                for (int guard = 0; k < tokens.size() && same(q, k) && guard < AFTER_WINDOW; guard++, k++) {
                    Cue after = cue(k, Role.AFTER);
                    if (after != null) {
                        if (person || k == qLast[q] + 1) {
                            int end = cueLast(k, Role.AFTER);
                            emit(after.kind(), q, end, q, victimAfter(qLast[q] + 1), updateBefore(q));
                        }
                        break;
                    }
                    Token tk = tokens.get(k);
                    if (isBreak(tk) || cueAny(k) || qAt[k] != null) {
                        break;
                    }
                }
            }
        }

        // ---- rules 4-6: triggers, frames, joins --------------------------------------------------

        private void triggers() {
            for (int t = 0; t < tokens.size(); t++) {
                Cue c = covered[t] ? null : triggerCue(t);
                if (c == null || blocked(t)) {
                    continue;
                }
                int last = triggerLast(t);
                int v = last + 1;
                List<Kind> kinds = new ArrayList<>(2);
                kinds.add(c.kind());
                Cue second = startsWithWaw(v) ? triggerCue(v) : null;
                if (second != null && second.kind() != c.kind() && second.role() != Role.FRAME) {
                    kinds.add(second.kind()); // «استشهد وجرح عشرات الأشخاص»
                    v = triggerLast(v) + 1;
                }
                int end = c.role() == Role.FRAME ? frame(t, v, c) : victims(t, v, c, kinds);
                if (end > t) {
                    t = end - 1;
                }
            }
        }

        /** «لقي شخصان مصرعهما»، «لقي عدد من عناصر ... مصرعهم»، «شخصًا لقي مصرعه». */
        private int frame(int t, int v, Cue c) {
            int close = -1;
            for (int k = v; k < tokens.size() && same(t, k) && k <= v + FRAME_WINDOW; k++) {
                if (cue(k, Role.CLOSING) != null) {
                    close = k;
                    break;
                }
                if (isBreak(tokens.get(k))) {
                    break;
                }
            }
            if (close < 0) {
                return -1;
            }
            if (close == v) { // the victims stand before the verb
                int q = quantityEndingAt(t - 1);
                if (q < 0) {
                    PhraseMatcher.Match<Number> p = personEndingAt(t - 1);
                    if (p != null && p.values().contains(Number.SINGULAR) || p != null && p.values().contains(Number.DUAL)) {
                        int n = p.values().contains(Number.DUAL) && !p.values().contains(Number.PLURAL) ? 2 : 1;
                        emitCount(c.kind(), p.first(), close, n, Optional.of(cover(p.first(), p.last())), false);
                    }
                    return close + 1;
                }
                q = firstOfQuantityEndingAt(t - 1);
                if (!used[q] && countable(q)) {
                    emit(c.kind(), q, close, q, Optional.empty(), false);
                }
                return close + 1;
            }
            if (qAt[v] != null && !used[v] && countable(v)) {
                emit(c.kind(), t, close, v, victimAfter(qLast[v] + 1), false);
                return close + 1;
            }
            PhraseMatcher.Match<Number> p = person(v);
            if (p != null && !p.values().contains(Number.PLURAL)) {
                int n = p.values().contains(Number.DUAL) ? 2 : 1;
                emitCount(c.kind(), t, close, n, Optional.of(cover(p.first(), p.last())), false);
            }
            return close + 1;
        }

        /** The victims after a trigger: a count within a few words, a person noun, a name. */
        private int victims(int t, int v, Cue c, List<Kind> kinds) {
            if (v >= tokens.size() || !same(t, v)) {
                return -1;
            }
            int q = -1;
            for (int k = v; k < tokens.size() && k <= v + GAP && same(t, k); k++) {
                if (qAt[k] != null) {
                    q = k;
                    break;
                }
                if (isBreak(tokens.get(k)) || triggerCue(k) != null || cue(k, Role.NOUN) != null) {
                    break;
                }
            }
            boolean fits = q >= 0 && (c.role() == Role.COUNTED ? personAfter(qLast[q] + 1)
                    : q == v || personOrNothingAfter(qLast[q] + 1));
            if (q >= 0 && !used[q] && countable(q) && fits) {
                if (kinds.size() > 1 && qAt[q].value().isPresent()) {
                    used[q] = true;
                    return qLast[q] + 1; // «مقتل وإصابة 25»: a total of both, neither toll
                }
                if (cue(qLast[q] + 1, Role.NOUN) != null) {
                    return -1; // the noun rule owns «مقتل 20 قتيلا»
                }
                Optional<String> victim = victimAfter(qLast[q] + 1);
                int end = victimEnd(qLast[q] + 1);
                for (Kind k : kinds) {
                    emitFromQuantity(k, t, Math.max(end, qLast[q]), q, victim, updateBefore(q));
                }
                used[q] = true;
                joins(c, kinds, Math.max(end, qLast[q]) + 1);
                return Math.max(end, qLast[q]) + 1;
            }
            if (c.role() == Role.COUNTED) {
                return -1;
            }
            String n = tokens.get(v).norm();
            if (n.equals("\u0627\u062D\u062F") || n.equals("\u0627\u062D\u062F\u064A")) { // أحد، إحدى
                int end = victimEnd(v + 1);
                for (Kind k : kinds) {
                    emitCount(k, t, Math.max(end, v), 1, victimAfter(v + 1), false);
                }
                return Math.max(end, v) + 1;
            }
            PhraseMatcher.Match<Number> p = person(v);
            if (p != null) {
                int after = p.last() + 1;
                if (after < tokens.size() && qAt[after] != null && !used[after] && countable(after)
                        && qAt[after].value().isPresent()) { // «عسكريين اثنين»
                    for (Kind k : kinds) {
                        emitFromQuantity(k, t, qLast[after], after, Optional.of(cover(v, p.last())), false);
                    }
                    used[after] = true;
                    return qLast[after] + 1;
                }
                if (p.values().contains(Number.PLURAL)) {
                    return -1;
                }
                int count = p.values().contains(Number.DUAL) ? 2 : 1;
                int end = victimEnd(v);
                for (Kind k : kinds) {
                    emitCount(k, t, Math.max(end, p.last()), count, Optional.of(cover(v, Math.max(end, p.last()))), false);
                }
                joins(c, kinds, Math.max(end, p.last()) + 1);
                return Math.max(end, p.last()) + 1;
            }
            if (c.role() == Role.TRIGGER) {
                int o = objectAfterSubject(t, v);
                if (o >= 0) {
                    PhraseMatcher.Match<Number> po = person(o);
                    int end = Math.max(victimEnd(o), po.last());
                    int count = po.values().contains(Number.DUAL) ? 2 : 1;
                    for (Kind k : kinds) {
                        emitCount(k, t, end, count, Optional.of(cover(o, end)), false);
                    }
                    return end + 1;
                }
            }
            if (c.role() == Role.NOMINAL && tokens.get(v).kind() == Token.Kind.WORD && !pluralLooking(n) && !stop(v)
                    && !n.endsWith("\u0647") // «اغتيال كلاسيكية»: a feminine word here is an adjective
                    && !startsWithWaw(v) && !cueAny(v)) {
                int end = victimEnd(v);
                if (end < v) {
                    return -1; // «مقتل من»: no one named
                }
                for (Kind k : kinds) {
                    emitCount(k, t, end, 1, Optional.of(cover(v, end)), false); // «مقتل الطائي»
                }
                return end + 1;
            }
            return -1;
        }

        /**
         * «أعدم تنظيم داعش أمس الشيخ نجم الدين الجبوري»: the one person killed named, with the
         * definite article, after the verb's subject and a word or two of time; -1 when none. A
         * plural, a count or a break ends the search.
         */
        private int objectAfterSubject(int t, int v) {
            for (int k = v + 1; k < tokens.size() && k <= v + OBJECT_WINDOW && same(t, k); k++) {
                if (isBreak(tokens.get(k)) || triggerCue(k) != null || qAt[k] != null || cueAny(k)) {
                    return -1;
                }
                PhraseMatcher.Match<Number> p = person(k);
                if (p != null) {
                    boolean definite = tokens.get(k).norm().startsWith("\u0627\u0644");
                    return definite && !p.values().contains(Number.PLURAL) ? k : -1;
                }
            }
            return -1;
        }

        /** «و17 من قوات النظام»، «بالإضافة إلى عنصرين من الحرس الثوري». */
        private void joins(Cue c, List<Kind> kinds, int k) {
            for (int guard = 0; guard < 4 && k < tokens.size(); guard++) {
                int start = k;
                if (punct(k, "\u060C") || punct(k, ",")) {
                    k++;
                }
                int next;
                if (k < tokens.size() && tokens.get(k).norm().equals("\u0648")) {
                    next = k + 1;
                } else if (cue(k, Role.JOIN) != null) {
                    next = cueLast(k, Role.JOIN) + 1;
                } else {
                    return;
                }
                if (next >= tokens.size() || !same(start, next)) {
                    return;
                }
                if (qAt[next] != null && !used[next] && countable(next) && qAt[next].value().isPresent()
                        && cue(qLast[next] + 1, Role.NOUN) == null && personOrNothingAfter(qLast[next] + 1)) {
                    int end = Math.max(victimEnd(qLast[next] + 1), qLast[next]);
                    for (Kind kind : kinds) {
                        emitFromQuantity(kind, next, end, next, victimAfter(qLast[next] + 1), false);
                    }
                    used[next] = true;
                    k = end + 1;
                    continue;
                }
                PhraseMatcher.Match<Number> p = person(next);
                if (p != null && p.values().contains(Number.DUAL) && !p.values().contains(Number.PLURAL)) {
                    int end = Math.max(victimEnd(next), p.last());
                    for (Kind kind : kinds) {
                        emitCount(kind, next, end, 2, Optional.of(cover(next, end)), false);
                    }
                    k = end + 1;
                    continue;
                }
                return;
            }
        }

        // ---- emitting -------------------------------------------------------------------------------

        private void emit(Kind kind, int first, int last, int q, Optional<String> victim, boolean update) {
            emitFromQuantity(kind, first, last, q, victim, update);
            used[q] = true;
        }

        private void emitFromQuantity(Kind kind, int first, int last, int q, Optional<String> victim, boolean update) {
            Quantity qu = qAt[q];
            markCovered(Math.min(first, q), Math.max(last, qLast[q]));
            int b = tokens.get(Math.min(first, q)).begin();
            int e = Spans.extendOverMarks(text, tokens.get(Math.max(last, qLast[q])).end());
            out.add(new Casualty(b, e, text.substring(b, e), kind, qu.value(), Optional.ofNullable(qu.vague()), victim,
                    update));
        }

        private void emitCount(Kind kind, int first, int last, long count, Optional<String> victim, boolean update) {
            markCovered(first, last);
            int b = tokens.get(first).begin();
            int e = Spans.extendOverMarks(text, tokens.get(last).end());
            out.add(new Casualty(b, e, text.substring(b, e), kind, OptionalLong.of(count), Optional.empty(), victim, update));
        }

        // ---- pieces ----------------------------------------------------------------------------------

        /** The words naming who was hit, after a count: «مسلحا»، «عنصرا من حزب الله». */
        private Optional<String> victimAfter(int k) {
            int end = victimEnd(k);
            return end >= k ? Optional.of(cover(k, end)) : Optional.empty();
        }

        /** The last token of the victim phrase starting at {@code k}, or {@code k - 1} when there is none. */
        private int victimEnd(int k) {
            if (k < tokens.size() && tokens.get(k).norm().equals("\u0645\u0646")) {
                return k + 1 < tokens.size() && tokens.get(k + 1).kind() == Token.Kind.WORD ? phraseAfterMin(k) : k - 1;
            }
            if (k >= tokens.size() || tokens.get(k).kind() != Token.Kind.WORD || stop(k) || isWaw(k)
                    || cueAny(k) && person(k) == null) {
                return k - 1;
            }
            PhraseMatcher.Match<Number> p = person(k);
            int end = p != null ? p.last() : k;
            if (end + 1 < tokens.size() && tokens.get(end + 1).norm().equals("\u0645\u0646")) {
                end = phraseAfterMin(end + 1);
            }
            return end;
        }

        /** «من» and up to three words after it, within the sentence, stopping at punctuation or a cue. */
        private int phraseAfterMin(int min) {
            int end = min;
            for (int k = min + 1; k < tokens.size() && k <= min + 3 && same(min, k); k++) {
                Token tk = tokens.get(k);
                if (tk.kind() == Token.Kind.PUNCT) {
                    if (isQuote(tk)) {
                        continue;
                    }
                    break;
                }
                if (stop(k) || cueAny(k) || qAt[k] != null || startsWithWaw(k) || isWaw(k)) {
                    break;
                }
                end = k;
            }
            return end == min ? min - 1 : end;
        }

        /** «محاولة اغتيال»، «يتوعد بقتل»: the trigger reports no death or wound. */
        private boolean blocked(int t) {
            for (int k = t - 1; k >= 0 && k >= t - 2 && same(t, k); k--) {
                if (cue(k, Role.BLOCKER) != null) {
                    return true;
                }
            }
            return false;
        }

        /** A person noun («مقاتلا»), a casualty noun or «من» («خمسين من الطرفين») follows. */
        private boolean personAfter(int k) {
            return k < tokens.size() && same(k - 1, k) && (person(k) != null || cue(k, Role.NOUN) != null
                    || tokens.get(k).norm().equals("\u0645\u0646"));
        }

        private boolean personOrNothingAfter(int k) {
            if (k >= tokens.size() || !same(k - 1, k)) {
                return true;
            }
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.PUNCT || stop(k) || person(k) != null || cue(k, Role.AFTER) != null) {
                return true;
            }
            String n = t.norm();
            return n.equals("\u0645\u0646") || n.equals("\u0645\u0646\u0647\u0645") || n.startsWith("\u0648"); // من، منهم، و…
        }

        /** A count that may be a casualty figure: not a percentage, not part of another («بينهم 4»). */
        private boolean countable(int q) {
            Quantity qu = qAt[q];
            if (qu.percent() || (qu.value().isEmpty() && qu.vague() == null)) {
                return false;
            }
            return q == 0 || cue(q - 1, Role.SUBSET) == null && !(q >= 2 && cueEndsAt(q - 1, Role.SUBSET));
        }

        private boolean updateBefore(int q) {
            boolean toward = q > 0 && (tokens.get(q - 1).norm().equals("\u0627\u0644\u064A")
                    || tokens.get(q - 1).norm().equals("\u0627\u0644\u0649"));
            for (int k = q - 1; k >= 0 && k >= q - 6 && same(q, k); k--) {
                if (cue(k, Role.UPDATE) != null) {
                    return toward || k >= q - 4;
                }
            }
            return false;
        }

        private int quantityEndingAt(int k) {
            if (k < 0) {
                return -1;
            }
            for (int s = k; s >= 0 && s >= k - 6; s--) {
                if (qAt[s] != null) {
                    return qLast[s] == k ? s : -1;
                }
            }
            return -1;
        }

        private int firstOfQuantityEndingAt(int k) {
            return quantityEndingAt(k);
        }

        private PhraseMatcher.Match<Number> person(int k) {
            if (k < 0 || k >= tokens.size() || tokens.get(k).kind() != Token.Kind.WORD) {
                return null;
            }
            List<PhraseMatcher.Match<Number>> ms = f.persons.matchAt(tokens, k);
            return ms.isEmpty() ? null : ms.get(0);
        }

        private PhraseMatcher.Match<Number> personEndingAt(int k) {
            for (int s = k; s >= 0 && s >= k - 1; s--) {
                PhraseMatcher.Match<Number> p = person(s);
                if (p != null && p.last() == k) {
                    return p;
                }
            }
            return null;
        }

        private Cue triggerCue(int k) {
            Cue c = cue(k, Role.NOMINAL);
            if (c == null) {
                c = cue(k, Role.TRIGGER);
            }
            if (c == null) {
                c = cue(k, Role.COUNTED);
            }
            if (c == null) {
                c = cue(k, Role.FRAME);
            }
            return c;
        }

        private int triggerLast(int k) {
            int last = k;
            for (PhraseMatcher.Match<Cue> m : cueAt.get(k)) {
                for (Cue c : m.values()) {
                    if (c.role() == Role.NOMINAL || c.role() == Role.TRIGGER || c.role() == Role.COUNTED
                            || c.role() == Role.FRAME) {
                        last = Math.max(last, m.last());
                    }
                }
            }
            return last;
        }

        private Cue cue(int k, Role role) {
            if (k < 0 || k >= tokens.size()) {
                return null;
            }
            // indexed loops: asked for every token several times, and C1-compiled code (which short
            // runs use) allocates every iterator
            List<PhraseMatcher.Match<Cue>> ms = cueAt.get(k);
            for (int a = 0; a < ms.size(); a++) {
                List<Cue> cs = ms.get(a).values();
                for (int b = 0; b < cs.size(); b++) {
                    if (cs.get(b).role() == role) {
                        return cs.get(b);
                    }
                }
            }
            return null;
        }

        private int cueLast(int k, Role role) {
            int last = k;
            for (PhraseMatcher.Match<Cue> m : cueAt.get(k)) {
                for (Cue c : m.values()) {
                    if (c.role() == role) {
                        last = Math.max(last, m.last());
                    }
                }
            }
            return last;
        }

        private boolean cueEndsAt(int k, Role role) {
            for (int s = Math.max(0, k - 2); s <= k; s++) {
                for (PhraseMatcher.Match<Cue> m : cueAt.get(s)) {
                    if (m.last() == k) {
                        for (Cue c : m.values()) {
                            if (c.role() == role) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        private boolean cueAny(int k) {
            for (PhraseMatcher.Match<Cue> m : cueAt.get(k)) {
                for (Cue c : m.values()) {
                    if (c.role() != Role.STOP && c.role() != Role.SUBSET) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean stop(int k) {
            return cue(k, Role.STOP) != null || cue(k, Role.SUBSET) != null;
        }

        private boolean definite(int k) {
            String n = tokens.get(k).norm();
            return n.startsWith("\u0627\u0644") || n.startsWith("\u0648\u0627\u0644");
        }

        private static boolean pluralLooking(String n) {
            return n.endsWith("\u064A\u0646") || n.endsWith("\u0648\u0646") || n.endsWith("\u0627\u062A");
        }

        private boolean startsWithWaw(int k) {
            return k < tokens.size() && tokens.get(k).kind() == Token.Kind.WORD && tokens.get(k).norm().length() > 2
                    && tokens.get(k).norm().charAt(0) == '\u0648';
        }

        private boolean isWaw(int k) {
            return tokens.get(k).norm().equals("\u0648");
        }

        private boolean isBreak(Token t) {
            return t.kind() == Token.Kind.PUNCT && !isQuote(t);
        }

        private static boolean isQuote(Token t) {
            String s = t.norm();
            return s.equals("\"") || s.equals("(") || s.equals(")") || s.equals("/") || s.equals("'");
        }

        private boolean punct(int k, String s) {
            return k < tokens.size() && tokens.get(k).kind() == Token.Kind.PUNCT && tokens.get(k).norm().equals(s);
        }

        private boolean same(int a, int b) {
            return b < tokens.size() && a < tokens.size() && sentence[a] == sentence[b];
        }

        private void markCovered(int first, int last) {
            for (int k = first; k <= last; k++) {
                covered[k] = true;
            }
        }

        private String cover(int first, int last) {
            return text.substring(tokens.get(first).begin(), tokens.get(last).end());
        }
    }
}
