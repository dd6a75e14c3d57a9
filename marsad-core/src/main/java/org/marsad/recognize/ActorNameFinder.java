package org.marsad.recognize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Token;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorAgent;
import org.marsad.knowledge.ActorCountry;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.knowledge.ActorName;
import org.marsad.knowledge.ActorRole;
import org.marsad.knowledge.ActorType;
import org.marsad.recognize.actor.DictionaryNames;
import org.marsad.recognize.actor.NameMatch;
import org.marsad.recognize.actor.PersonNames;
import org.marsad.recognize.actor.Surface;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * ORGANIZATION and PERSON mentions from the actor dictionary and from the way news introduces
 * people. The rules, in order of precedence:
 * <ol>
 *   <li>dictionary names ({@link DictionaryNames}), origin {@code dictionary}, with the actor's English
 *       name as canonical and its id as ref; states, groups of people (civilians) and gentilic forms
 *       («الدواعش») make no mention, nor do country names (the gazetteer's LOCATION mentions);</li>
 *   <li>a descriptor before a name is not part of it when the rest is itself a name of the same actor
 *       («تنظيم «داعش»» → «داعش», «وكالة رويترز» → «رويترز», «قوات «قسد»» → «قسد»);</li>
 *   <li>proclitics are not part of a mention, and ل+ال is written back as ال («للحزب الديمقراطي
 *       الكردستاني» → «الحزب الديمقراطي الكردستاني»);</li>
 *   <li>an institution agent completed by a country adjective is an organization («الشرطة اللبنانية»,
 *       origin {@code pattern}, canonical "Lebanese Police"); ministries are organizations bare too;</li>
 *   <li>persons the dictionary does not know, by role patterns ({@link PersonNames}), origin {@code pattern};
 *       after an office completed by a country («رئيس الوزراء التركي ...») the canonical is the
 *       office holder on the publication date;</li>
 *   <li>a later bare family name of a person found by rules 1 or 5 is that person («عبد الرحمن»,
 *       «أوغلو»), origin {@code pattern}.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class ActorNameFinder implements MentionFinder {
    private static final Set<String> DESCRIPTORS = Set.of("تنظيم", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات",
            "جماعه", "حركه", "قوات", "وكاله", "صحيفه", "جريده", "قناه", "موقع", "منصه", "شبكه", "فصيل", "تطبيق");
    private static final Set<String> SURNAME_JOINERS = Set.of("عبد", "ابو", "ابن", "بن", "دي", "ال", "ولد", "فان",
            "دو", "لو");

    private final ActorDictionary dict;
    private final DictionaryNames names;
    private final PersonNames persons;

    public ActorNameFinder(ActorDictionary dict) {
        this.dict = dict;
        this.names = new DictionaryNames(dict);
        this.persons = new PersonNames(dict);
    }

    private static final class Holder {
        static final ActorNameFinder STANDARD = new ActorNameFinder(ActorDictionary.standard());
    }

    /** The finder over the standard dictionary. */
    public static ActorNameFinder standard() {
        return Holder.STANDARD;
    }

    @Override
    public List<Mention> find(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Layers.TOKENS);
        Optional<LocalDate> date = doc.metadata().published();
        Map<String, Integer> countries = names.countries(tokens);
        List<Mention> out = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        List<int[]> personSpans = new ArrayList<>();
        for (NameMatch m : names.find(text, tokens, date, countries, false)) {
            Actor a = m.actor();
            if (a.type() == ActorType.STATE || a.type() == ActorType.PEOPLE) {
                continue;
            }
            int first = stripDescriptor(tokens, m);
            Surface.Span s = first == m.first() ? new Surface.Span(m.begin(), m.end(), m.text())
                    : Surface.of(text, tokens, first, m.last(), tokens.get(first).key());
            EntityType type = a.type() == ActorType.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
            out.add(new Mention(s.begin(), s.end(), s.text(), type, Optional.of(a.name()), Optional.of(a.id()),
                    "dictionary"));
            mark(used, m.first(), m.last());
            if (type == EntityType.PERSON) {
                personSpans.add(new int[] {first, m.last()});
            }
        }
        agents(text, tokens, used, out);
        for (PersonNames.Found f : persons.find(tokens)) {
            if (any(used, f.first(), f.last())) {
                continue;
            }
            Optional<Actor> holder = officeHolder(tokens, f, date);
            Surface.Span s = Surface.of(text, tokens, f.first(), f.last(), tokens.get(f.first()).key());
            out.add(new Mention(s.begin(), s.end(), s.text(), EntityType.PERSON, holder.map(Actor::name),
                    holder.map(Actor::id), "pattern"));
            mark(used, f.first(), f.last());
            personSpans.add(new int[] {f.first(), f.last()});
        }
        surnames(text, tokens, used, personSpans, out);
        return out;
    }

    /** Rule 2: drops a descriptor when the rest is a name of the same actor on its own. */
    private int stripDescriptor(List<Token> tokens, NameMatch m) {
        if (m.last() == m.first() || tokens.get(m.first()).stems().stream().noneMatch(DESCRIPTORS::contains)) {
            return m.first();
        }
        int next = m.first() + 1;
        while (next <= m.last() && tokens.get(next).kind() == Token.Kind.PUNCT) {
            next++;
        }
        if (next > m.last() || (tokens.get(m.first()).stems().contains("قوات")
                && !dict.agentForms().matchAt(tokens, next).isEmpty())) {
            return m.first();
        }
        for (PhraseMatcher.Match<ActorName> r : dict.forms().matchAt(tokens, next)) {
            if (r.last() == m.last() && r.values().stream().anyMatch(n -> n.actor().equals(m.actor())
                    && n.kind() != ActorName.Kind.FORM)) {
                return next;
            }
        }
        return m.first();
    }

    /** Rule 4: institution agents with a country adjective, and ministries bare. */
    private void agents(String text, List<Token> tokens, boolean[] used, List<Mention> out) {
        List<PhraseMatcher.Match<ActorAgent.Form>> ms = dict.agentForms().findAll(tokens);
        int coveredTo = -1;
        for (PhraseMatcher.Match<ActorAgent.Form> m : ms) {
            if (m.first() <= coveredTo || any(used, m.first(), m.last())) {
                continue;
            }
            ActorAgent.Form f = m.values().get(0);
            if (!f.entityForm() || f.agent().entity() == ActorAgent.Entity.NEVER) {
                continue;
            }
            int last = m.last();
            Optional<ActorCountry> country = Optional.empty();
            if (last + 1 < tokens.size()) {
                for (PhraseMatcher.Match<ActorCountry.Form> c : dict.countryForms().matchAt(tokens, last + 1)) {
                    if (c.values().get(0).kind() == ActorCountry.Kind.ADJECTIVE) {
                        country = Optional.of(c.values().get(0).country());
                        last = c.last();
                        break;
                    }
                }
            }
            if (country.isEmpty() && f.agent().entity() != ActorAgent.Entity.ALWAYS) {
                continue;
            }
            if (any(used, m.first(), last)) {
                continue;
            }
            Actor a = dict.compose(f.agent(), country);
            Surface.Span s = Surface.of(text, tokens, m.first(), last, Surface.firstKey(f.form()));
            out.add(new Mention(s.begin(), s.end(), s.text(), EntityType.ORGANIZATION,
                    country.isPresent() ? Optional.of(a.name()) : Optional.empty(),
                    country.isPresent() ? Optional.of(a.id()) : Optional.empty(), "pattern"));
            mark(used, m.first(), last);
            coveredTo = last;
        }
    }

    /** Rule 5: the holder of an office completed by a country adjective, on the publication date. */
    private Optional<Actor> officeHolder(List<Token> tokens, PersonNames.Found f, Optional<LocalDate> date) {
        if (f.roleFirst() < 0 || date.isEmpty()) {
            return Optional.empty();
        }
        for (PhraseMatcher.Match<ActorRole.Form> r : dict.roleForms().matchAt(tokens, f.roleFirst())) {
            ActorRole role = r.values().get(0).role();
            if (role.kind() != ActorRole.Kind.OFFICE || r.last() + 1 >= tokens.size()) {
                continue;
            }
            for (PhraseMatcher.Match<ActorCountry.Form> c : dict.countryForms().matchAt(tokens, r.last() + 1)) {
                String key = c.values().get(0).country().iso2() + ":" + role.key();
                Optional<Actor> h = dict.holder(key, date.get());
                if (h.isPresent()) {
                    return h;
                }
            }
        }
        return Optional.empty();
    }

    /** Rule 6: bare family names of persons already found. */
    private void surnames(String text, List<Token> tokens, boolean[] used, List<int[]> spans, List<Mention> out) {
        List<Mention> persons = new ArrayList<>();
        for (Mention m : out) {
            if (m.type() == EntityType.PERSON) {
                persons.add(m);
            }
        }
        for (int p = 0; p < spans.size(); p++) {
            int[] span = spans.get(p);
            int len = span[1] - span[0] + 1;
            if (len < 2) {
                continue;
            }
            int sFirst = span[1];
            String before = tokens.get(span[1] - 1).norm();
            if (SURNAME_JOINERS.contains(before) && len >= 3) {
                sFirst = span[1] - 1;
            } else if (SURNAME_JOINERS.contains(before)) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (int i = sFirst; i <= span[1]; i++) {
                keys.add(tokens.get(i).key());
            }
            if (keys.size() == 1 && ArabicNormalizer.fold(keys.get(0)).length() < 3) {
                continue;
            }
            Mention owner = ownerOf(persons, tokens, span);
            if (owner == null) {
                continue;
            }
            PhraseMatcher<Boolean> one = PhraseMatcher.<Boolean>builder(PhraseMatcher.Mode.STEMS)
                    .addKeys(keys, Boolean.TRUE).build();
            for (PhraseMatcher.Match<Boolean> m : one.findAll(tokens)) {
                if (any(used, m.first(), m.last())) {
                    continue;
                }
                Surface.Span s = Surface.of(text, tokens, m.first(), m.last(), keys.get(0));
                out.add(new Mention(s.begin(), s.end(), s.text(), EntityType.PERSON, owner.canonical(), owner.ref(),
                        "pattern"));
                mark(used, m.first(), m.last());
            }
        }
    }

    private static Mention ownerOf(List<Mention> persons, List<Token> tokens, int[] span) {
        int end = tokens.get(span[1]).end();
        for (Mention m : persons) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    private static void mark(boolean[] used, int first, int last) {
        for (int i = first; i <= last; i++) {
            used[i] = true;
        }
    }

    private static boolean any(boolean[] used, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }
}
