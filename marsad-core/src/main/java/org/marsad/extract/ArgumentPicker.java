package org.marsad.extract;

import java.util.List;
import java.util.Optional;
import org.marsad.document.ActorMention;
import org.marsad.document.Participant;
import org.marsad.document.PlaceMention;
import org.marsad.document.TimeExpression;
import org.marsad.knowledge.ActorType;
import org.marsad.knowledge.EventType;
import org.marsad.knowledge.PlaceKind;

/**
 * Chooses an event's actor, target, place and date among the mentions of its sentence, by Arabic
 * clause structure. The rules, scored so that the best-supported reading wins:
 * <ul>
 *   <li><b>agent</b>: after «من قبل» or «على يد»; a country adjective right after the trigger
 *       («العدوان التركي», but not one inside a place name: «الشمال السوري»); the subject just before
 *       a verb (SVO) or after it (VSO); the noun right after a verbal noun when the type's genitive
 *       is its agent («هروب الدواعش»); the actor after «قام/قيام» for «قام X بالهرب»; «بين A و B»;</li>
 *   <li><b>target</b>: after «على» or «ضد» (also through a quantifier: «على العديد من عناصر»); the
 *       noun right after a verbal noun whose genitive is its patient («دعم الفصائل», civilians
 *       always); the object after the subject of a verb;</li>
 *   <li><b>place</b>: the most specific place of the trigger's clause — facility or neighbourhood
 *       over town over region — preferring places introduced by «في» or «بـ» and not those used as
 *       reference points («شمالي العاصمة بغداد»);</li>
 *   <li><b>date</b>: the nearest resolved date expression of the sentence, if close enough.</li>
 * </ul>
 * Distances count clause boundaries (see {@link Clauses}). Stateless per call.
 */
final class ArgumentPicker {
    private static final String[] TARGET_PREPS = {"علي", "ضد"}; // على (folded), ضد
    private static final String[] OTHER_PREPS = {"من", "عن", "الي", "مع", "بين", "منذ", "ضمن", "لدي", "عبر", "داخل"};
    private static final String[] DIRECTIONS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
        "قرب", "مقابل", "محيط", "اطراف", "ضواحي", "شمالا", "جنوبا", "شرقا", "غربا"};

    /** An organization's seat with its possessive: «مقره», «مقرها», «مقرهم». */
    private static final String[] SEATS = {"مقره", "مقرها", "مقرهم", "مقرهما"};

    private final TokenIndex idx;
    private final Clauses.Bounds bounds;
    private final int s0;

    ArgumentPicker(TokenIndex idx, Clauses.Bounds bounds, int s0) {
        this.idx = idx;
        this.bounds = bounds;
        this.s0 = s0;
    }

    record Scored<T>(T value, double score) {
    }

    Clauses.Bounds bounds() {
        return bounds;
    }

    boolean strongBetween(int a, int b) {
        return bounds.strongBetween(a, b);
    }

    int distance(int a, int b) {
        return bounds.distance(a, b);
    }

    /** The word before token {@code i}, skipping quotation marks. */
    private int previousWord(int i) {
        int j = i - 1;
        while (j >= 0 && idx.get(j).kind() == org.marsad.document.Token.Kind.PUNCT
                && (idx.norm(j).equals("\"") || idx.norm(j).equals("("))) {
            j--;
        }
        return j;
    }

    static boolean in(String s, String[] set) {
        int h = s.hashCode(); // cached in the string: most words differ from every entry by it
        for (String x : set) {
            if (x.hashCode() == h && x.equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] DESIGNATORS = {"بلده", "مدينه", "قريه", "محافظه", "منطقه", "حي", "مخيم", "ريف",
        "ولايه", "اقليم", "مناطق", "بلدات", "قري", "مدن", "احياء"};
    private static final String[] QUANTIFIERS = {"عدد", "العديد", "عديد", "الاف", "عشرات", "مئات", "بعض", "مجموعه",
        "كثير", "اكثر", "الالاف", "المئات", "العشرات", "جميع", "كل", "احد", "احدي"};

    /** Nouns for members of a force or group: «مقاتلين من X», «عناصر من X» are part of X. */
    private static final String[] MEMBER_NOUNS = {"مقاتلين", "مقاتلي", "مقاتلو", "عناصر", "مسلحين", "مسلحي", "مسلحو",
        "افراد", "جنود", "اعضاء", "منتسبي", "قياديين", "قاده", "عشرات", "مئات"};

    private boolean memberNoun(int i) {
        return in(idx.norm(i), MEMBER_NOUNS) || in(idx.get(i).key(), MEMBER_NOUNS);
    }

    /**
     * The preposition governing a mention: a separate word before it or a clitic on its first word;
     * a quantifier in between («على العديد من عناصر») passes the preposition before it through.
     */
    String preposition(int first) {
        int p = previousWord(first);
        while (p >= 0 && in(idx.get(p).key(), DESIGNATORS) && idx.get(p).key().equals(idx.norm(p))) {
            p = previousWord(p); // «من بلدة القريتين»: the preposition before the designator
        }
        if (p >= 0) {
            String w = idx.get(p).key();
            if (w.equals("من") && p > 0) {
                int q = previousWord(p);
                if (quantifier(q)) {
                    String outer = preposition(q);
                    return outer.equals("من") ? "" : outer;
                }
                if (q >= 0 && memberNoun(q)) {
                    String outer = preposition(q);
                    if (outer.equals("target") || outer.equals("agent")) {
                        return outer; // «ضد مقاتلين من المعارضة»: the fighters' side is the target
                    }
                }
            }
            if (w.equals("قبل") && p > 0 && idx.norm(p - 1).equals("من")) {
                return "agent"; // «من قبل X»
            }
            if (w.equals("يد") && p > 0 && idx.norm(p - 1).equals("علي")) {
                return "agent"; // «على يد X»
            }
            if ((w.equals("يد") || w.equals("ايدي")) && p > 0 && idx.norm(p - 1).equals("من")) {
                return "target"; // «من يد X»: taken from X
            }
            if (in(w, TARGET_PREPS)) {
                return "target";
            }
            if (in(w, OTHER_PREPS) || w.equals("في")) {
                return w;
            }
        }
        String n = idx.norm(first);
        String k = idx.get(first).key();
        if (!n.equals(k) && !n.equals("ال" + k)) {
            char c = n.charAt(0) == '\u0648' || n.charAt(0) == '\u0641' ? (n.length() > 1 ? n.charAt(1) : ' ') : n.charAt(0);
            if (c == '\u0628') {
                return "ب";
            }
            if (c == '\u0644') {
                return "ل";
            }
        }
        return "";
    }

    /** The agent and target of a trigger; either may be absent. */
    record Roles(ActorMention agent, ActorMention target) {
    }

    /**
     * A candidate argument. {@code adjective} is true for a country adjective that modifies a noun
     * («العدوان التركي»); a plural adjective after a quantifier («آلاف العراقيين») names people
     * and counts as a noun.
     */
    private record Cand(ActorMention a, int a0, int a1, boolean after, int d, String prep, boolean adjective) {
    }

    private static final int MAX_ARG_DISTANCE = 30;

    /**
     * Chooses agent and target among the actors of the sentence by the rules in the class comment.
     *
     * @param verb         the trigger is a verb (VSO/SVO rules) rather than a verbal noun (genitive rules)
     * @param endsWithAla  the trigger phrase ends with «على» («القبض على»): what follows is the target
     */
    Roles roles(List<ActorMention> actors, List<PlaceMention> places, int t0, int t1, boolean verb,
                EventType type, boolean endsWithAla, int supportVerb, boolean ownerSuffix) {
        return roles(actors, places, t0, t1, verb, type, endsWithAla, supportVerb, ownerSuffix, false);
    }

    /**
     * As above; {@code eventSubject} says the verb trigger follows an event noun that is its subject
     * («هجمات عنيفة استهدفت مدنيين»), so that what follows the verb is its object.
     */
    Roles roles(List<ActorMention> actors, List<PlaceMention> places, int t0, int t1, boolean verb,
                EventType type, boolean endsWithAla, int supportVerb, boolean ownerSuffix, boolean eventSubject) {
        Roles r = pick(actors, places, t0, t1, verb, type, endsWithAla, supportVerb, ownerSuffix, eventSubject);
        if (type.name().equals("CLASH")) {
            return new Roles(group(r.agent()), group(r.target()));
        }
        return r;
    }

    /**
     * In a clash the sides are groups: a person with a known organization («مسلحين يقودهم أبو عمر
     * الشيشاني، القيادي في داعش») stands for it, as ACLED codes battles between organizations.
     */
    private static ActorMention group(ActorMention a) {
        if (a == null || a.actor().type() != ActorType.PERSON || a.organization().isEmpty()) {
            return a;
        }
        return new ActorMention(a.begin(), a.end(), a.text(), a.organization().get(), a.how(), a.role(), a.organization());
    }

    private Roles pick(List<ActorMention> actors, List<PlaceMention> places, int t0, int t1, boolean verb,
                       EventType type, boolean endsWithAla, int supportVerb, boolean ownerSuffix, boolean eventSubject) {
        boolean subjectInVerb = verb && subjectSuffix(idx.get(t0).norm());
        List<Cand> cands = new java.util.ArrayList<>();
        List<Cand> far = new java.util.ArrayList<>();
        for (ActorMention a : actors) {
            int a0 = idx.first(a);
            int a1 = idx.last(a);
            if (a1 >= t0 && a0 <= t1) {
                continue;
            }
            if (a.actor().type() == ActorType.MEDIA) {
                continue; // outlets report events; they are no party to them
            }
            if (a.how().equals("adjective") && insidePlace(a, places)) {
                continue; // «الشمال السوري» names a region, not the Syrian state
            }
            if (isSeat(a0, a1)) {
                continue; // «وذكر المرصد ومقره بريطانيا أن …»: where an organization sits takes no part
            }
            if (a.actor().type() == ActorType.STATE && a.how().equals("name") && afterDirection(idx.first(a))) {
                continue; // «في محافظة الأنبار بغرب العراق»: the country locates a place, it does nothing
            }
            boolean after = a0 > t1;
            int d = after ? distance(t1, a0) : distance(a1, t0);
            String prep = preposition(a0);
            if (d > MAX_ARG_DISTANCE) {
                far.add(new Cand(a, a0, a1, after, d, prep, false)); // only «قام X … بـ» reaches this far
                continue;
            }
            if (endsWithAla && after && d <= 3 && prep.isEmpty()) {
                prep = "target";
            }
            boolean adjective = a.how().equals("adjective") && !afterQuantifier(a0);
            cands.add(new Cand(a, a0, a1, after, d, prep, adjective));
        }
        Roles between = between(cands, t1);
        if (between != null) {
            return between;
        }
        List<Cand> all = new java.util.ArrayList<>(cands);
        all.addAll(far);
        ActorMention qama = qamaAgent(all, t0);
        if (qama != null && far.stream().anyMatch(c -> c.a == qama)) {
            cands.add(far.stream().filter(c -> c.a == qama).findFirst().get());
        }
        ActorMention performer = performerAfter(cands, t1);
        Cand agent = null;
        double best = 1.5;
        for (Cand c : cands) {
            // «انسحابها من مواقع المواجهة مع التنظيم»: a possessive suffix takes the genitive's place
            double s = (subjectInVerb || ownerSuffix || eventSubject) && c.after ? 0 : agentScore(c, verb, type);
            if ((qama != null && c.a == qama) || (performer != null && c.a == performer)) {
                s = Math.max(s, 9);
            }
            if (supportVerb >= 0 && !verb && !c.adjective
                    && ((c.prep.isEmpty() && c.a0 > supportVerb && c.a1 < t0)
                        || (c.a1 < supportVerb && subjectRightBefore(c.a1, supportVerb)))) {
                s = Math.max(s, 9.5); // «شن التحالف غارات», «سجناء أحدثوا تمردا»: the support verb's subject
            }
            if (s > best) {
                best = s;
                agent = c;
            }
        }
        if (agent == null && verb && unpassive(type)) {
            agent = droppedSubject(all, t0);
        }
        Cand target = null;
        double bestT = 2.5;
        for (Cand c : cands) {
            if (agent != null && (c == agent || c.a.actor().id().equals(agent.a.actor().id()) || c.a.overlaps(agent.a))) {
                continue;
            }
            double s = subjectInVerb && c.after && c.prep.isEmpty() && c.d <= 3 ? 6 - c.d
                    : targetScore(c, verb, type, agent);
            if (s > bestT) {
                bestT = s;
                target = c;
            }
        }
        if (target == null && type.family().equals("assault")) {
            target = possessiveTarget(cands, t0, t1, agent);
        }
        return new Roles(agent == null ? null : organizationOf(agent, cands), target == null ? null
                : organizationOf(target, cands));
    }

    /**
     * The mention ending at {@code a1} is the subject right before the verb at {@code v}, allowing
     * the particle «قد» or «لقد» in between («وكان تنظيم داعش قد شن هجوما»).
     */
    private boolean subjectRightBefore(int a1, int v) {
        if (v - a1 <= 1) {
            return true;
        }
        return v - a1 == 2 && (idx.norm(a1 + 1).equals("قد") || idx.norm(a1 + 1).equals("لقد"));
    }

    /** «سجناء التنظيم», «مقاتلو الحزب»: a group of people followed by its organization is that organization. */
    private ActorMention organizationOf(Cand c, List<Cand> cands) {
        if (c.a.actor().type() != ActorType.PEOPLE) {
            return c.a;
        }
        for (Cand o : cands) {
            if (o.a.actor().type() == ActorType.PEOPLE || o.a.actor().type() == ActorType.PERSON) {
                continue;
            }
            // «سجناء التنظيم», «سجناء من تنظيم داعش»
            if (o.a0 == c.a1 + 1 || (o.a0 == c.a1 + 2 && idx.norm(c.a1 + 1).equals("من"))) {
                return o.a;
            }
        }
        return c.a;
    }

    private boolean afterQuantifier(int a0) {
        int p = previousWord(a0);
        return p >= 0 && (quantifier(p) || (idx.get(p).key().equals("من") && p > 0 && quantifier(previousWord(p))));
    }

    /** «آلاف»، «عدد»، «العديد»، a number: compared on the whole word, since «الاف» only looks like ال + اف. */
    private boolean quantifier(int i) {
        return i >= 0 && (in(idx.norm(i), QUANTIFIERS) || in(idx.get(i).key(), QUANTIFIERS)
                || idx.get(i).kind() == org.marsad.document.Token.Kind.NUMBER);
    }

    /** «طالبوا الحكومة»: a plural subject suffix means the noun after the verb is its object. */
    static boolean subjectSuffix(String verbNorm) {
        return verbNorm.length() > 4 && (verbNorm.endsWith("\u0648\u0627") || verbNorm.endsWith("\u0648\u0646"));
    }

    private static boolean insidePlace(ActorMention a, List<PlaceMention> places) {
        for (PlaceMention p : places) {
            if (p.contains(a) && p.length() > a.length()) {
                return true;
            }
        }
        return false;
    }

    private double agentScore(Cand c, boolean verb, EventType type) {
        boolean people = c.a.actor().type() == ActorType.PEOPLE;
        double s;
        if (c.prep.equals("agent") && c.after) {
            return 10 - c.d / 4.0;
        } else if (c.adjective) {
            // «العدوان التركي»; before a verb the adjective's noun is the subject: «العدوان التركي استهدف»
            s = c.after && c.d <= 1 ? 9 : verb && !c.after && c.d <= 1 ? 8 : 0;
        } else if (c.prep.equals("من") && !verb && c.after && c.d <= 3
                && (type.family().equals("assault") || type.name().equals("AID"))) {
            return 6; // «بغارات مكثفة من التحالف», «بدعم من التحالف»
        } else if (!c.prep.isEmpty()) {
            return 0;
        } else if (c.after && ownedByTargetNoun(c.a0)) {
            return 0; // «مواقع التنظيم»: the owner of a place hit is no agent
        } else if (verb && !c.after && c.d <= 1) {
            s = 8.5; // SVO: «قوات التحالف يساعد ...»
        } else if (verb && c.after && c.d <= 6) {
            s = 7.5 - c.d / 2.0; // VSO
        } else if (!verb && type.name().equals("CLASH") && c.a.actor().type() == ActorType.STATE
                && c.a.how().equals("name")) {
            return 0; // «معركة لبنان», «معارك حلب»: a battle named after a country is fought there
        } else if (!verb && c.after && c.d <= 1) {
            s = type.genitiveIsAgent() && !people ? 8 : 0; // «هروب الدواعش»; «دعم الفصائل» is a patient
        } else if (!verb && c.after && c.d <= 6) {
            s = 4 - c.d / 3.0;
        } else if (!c.after && c.d <= 3) {
            s = 5.5 - c.d;
        } else {
            s = 0;
        }
        return people ? s - 2 : s;
    }

    private double targetScore(Cand c, boolean verb, EventType type, Cand agent) {
        if (!c.after || c.adjective) {
            return 0; // an adjective modifies the noun before it, which is the target if anything
        }
        boolean people = c.a.actor().type() == ActorType.PEOPLE;
        if (c.prep.equals("target") && c.d <= 12 && fromHands(c.a0)
                && (type.name().equals("OFFENSIVE") || type.name().equals("SEIZE_TERRITORY"))) {
            return 8; // «عملية عسكرية … لاستعادتها من أيدي داعش»: the operation is against who holds it
        }
        if (c.prep.equals("target") && c.d <= 8) {
            if (remote(type) && c.a.actor().type() == ActorType.STATE && c.a.how().equals("name")) {
                return 0; // «غارات على العراق وسوريا»: the country struck is the place, not a party
            }
            return 9 - c.d / 3.0;
        }
        if (c.prep.equals("من") && type.name().equals("SEIZE_TERRITORY") && c.d <= 8) {
            return 7; // «استعادت القوات المدينة من داعش»: taken from
        }
        if (c.prep.equals("ل") && c.d <= 6 && type.family().equals("assault") && afterTargetNoun(c.a0)) {
            return 7.5; // «غارات على مواقع لتنظيم داعش»
        }
        if (c.prep.equals("الي") && c.d <= 16 && belongingBefore(c.a0)
                && (type.name().equals("ARREST") || type.name().equals("ABDUCTION") || type.name().equals("KILLING"))) {
            return 8; // «أوقفت 251 شخصا يشتبه في انتمائهم إلى تنظيم داعش»: those held belong to X
        }
        if (c.prep.equals("مع") && type.name().equals("CLASH") && c.d <= 3) {
            return 8; // «اشتبكت مع مسلحي التنظيم»: the other side of the clash
        }
        if (c.prep.isEmpty() && c.d <= 8 && type.family().equals("assault") && ownedByTargetNoun(c.a0)) {
            return 7; // «تدمير مخازن سلاح التنظيم», «قصف مواقع الجيش»: the owner of what was hit
        }
        if (!c.prep.isEmpty()) {
            return c.prep.equals("ل") && c.d <= 3 ? 3 : 0;
        }
        if (!verb && c.d <= 1 && (!type.genitiveIsAgent() || people)) {
            return 8.5;
        }
        if (verb && agent != null && agent.after && c.a0 > agent.a1 && c.d <= 10) {
            return 5 - c.d / 4.0; // VSO object after the subject
        }
        if (verb && (agent == null || !agent.after) && c.d <= 3) {
            return 5 - c.d; // SVO object right after the verb
        }
        return 0;
    }

    private static final String[] TARGET_NOUNS = {"مواقع", "موقع", "اهداف", "هدف", "مقار", "مقر", "اوكار", "تجمعات",
        "مراكز", "مركز", "عناصر", "مسلحي", "مقاتلي", "دوريه", "دوريات", "قوافل", "قافله", "مخازن", "معاقل", "تحصينات"};

    private static final String[] FORCES = {"قوات", "عناصر", "جنود", "مقاتلي", "مقاتلين", "افراد"};
    private static final String[] PRONOUN_SUFFIXES = {"ها", "هم", "هما", "ه"};
    private static final int POSSESSIVE_WINDOW = 8;

    /**
     * «صد هجوم لمسلحي داعش على مواقعها», «اتهمت الوحدات التنظيم بإطلاق قذائف على قواتها»: an attack
     * on «positions/forces + pronoun» hits the organization the pronoun refers back to, the nearest
     * organization named before the trigger that is not the agent.
     */
    private Cand possessiveTarget(List<Cand> cands, int t0, int t1, Cand agent) {
        int end = Math.min(idx.size() - 2, t1 + POSSESSIVE_WINDOW);
        for (int i = t1 + 1; i <= end; i++) {
            if (idx.get(i).kind() == org.marsad.document.Token.Kind.PUNCT && !idx.norm(i).equals("\"")) {
                return null;
            }
            if (!in(idx.get(i).key(), TARGET_PREPS) || !possessed(i + 1)) {
                continue;
            }
            Cand best = null;
            for (Cand c : cands) {
                if (c.after || c.a1 >= t0 || c.adjective || !organization(c.a.actor().type())
                        || (agent != null && (c == agent || c.a.actor().id().equals(agent.a.actor().id())))) {
                    continue;
                }
                if (best == null || c.a0 > best.a0) {
                    best = c;
                }
            }
            return best;
        }
        return null;
    }

    private static boolean remote(EventType type) {
        return type.name().equals("AIRSTRIKE") || type.name().equals("SHELLING");
    }

    private static boolean organization(ActorType t) {
        return t == ActorType.ARMED_GROUP || t == ActorType.MILITARY || t == ActorType.POLICE || t == ActorType.SECURITY
                || t == ActorType.STATE || t == ActorType.GOVERNMENT;
    }

    /** «مواقعها», «قواتهم»: a place or force noun with a possessive pronoun. */
    private boolean possessed(int i) {
        org.marsad.document.Token t = idx.get(i);
        String n = t.norm();
        for (String b : t.bases()) {
            if (in(b, HIT_THINGS) || in(b, FORCES)) {
                for (String suf : PRONOUN_SUFFIXES) {
                    if (n.endsWith(b + suf)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** «انتمائهم إلى X», «بالانتماء إلى X», «المنتمين إلى X»: the word before the «إلى» says belonging. */
    private boolean belongingBefore(int a0) {
        int p = previousWord(a0);
        if (p < 0 || !idx.get(p).key().equals("الي")) {
            return false;
        }
        int q = previousWord(p);
        if (q < 0) {
            return false;
        }
        for (String w : idx.get(q).stems()) {
            if (w.startsWith("انتما") || w.startsWith("منتمين") || w.startsWith("منتمي")) {
                return true;
            }
        }
        return false;
    }

    private static final String[] RELATIVE_PRONOUNS = {"التي", "الذي", "الذين", "اللتين", "اللذين"};

    /** Types whose verbs news text seldom uses in the passive («قتلوا», «اعتقل» often are). */
    private static boolean unpassive(EventType type) {
        return switch (type.name()) {
            case "SEIZE_TERRITORY", "ATTACK", "CLASH", "SHELLING", "AIRSTRIKE", "OFFENSIVE", "WITHDRAW", "MOBILIZE" -> true;
            default -> false;
        };
    }

    /**
     * A verb without a subject of its own takes a subject named before (Arabic drops a subject known
     * from the context): (1) a verb joined by «و/ف» takes the subject of the verb that opens the
     * sentence («وحققت وحدات حماية الشعب … مكاسب … وسيطرت على تل أبيض»); (2) a verb with a plural
     * subject suffix in a relative clause takes the nearest organization named before without a
     * preposition («خطفت داعش … خلال مداهمة لمدينة القريتين التي استولوا عليها»). No strong boundary
     * may lie between.
     */
    private Cand droppedSubject(List<Cand> all, int t0) {
        String n = idx.norm(t0);
        int p = previousWord(t0);
        boolean relative = subjectSuffix(n) && p >= 0 && in(idx.norm(p), RELATIVE_PRONOUNS);
        boolean joined = !subjectSuffix(n) && (n.startsWith("\u0648") || n.startsWith("\u0641"))
                && idx.get(t0).stems().contains(n.substring(1)) && !reportedBetween(s0, t0);
        if (!relative && !joined) {
            return null;
        }
        Cand best = null;
        for (Cand c : all) {
            if (c.after || c.adjective || !c.prep.isEmpty() || strongBetween(c.a1, t0)
                    || !organization(c.a.actor().type())) {
                continue;
            }
            if (joined && c.a0 != s0 + 1) {
                continue; // only the subject right after the sentence's opening verb
            }
            if (best == null || c.a0 > best.a0) {
                best = c;
            }
        }
        return best;
    }

    /** «وقالت الوزارة إن … وسيطرت»: a complementizer between makes the opening verb a verb of saying. */
    private boolean reportedBetween(int a, int b) {
        for (int i = a; i < b; i++) {
            String w = idx.norm(i);
            if (w.equals("ان") || w.equals("بان") || w.equals("وان")) {
                return true;
            }
        }
        return false;
    }

    /** «من يد X», «من أيدي X». */
    private boolean fromHands(int a0) {
        int p = previousWord(a0);
        return p > 0 && (idx.get(p).key().equals("يد") || idx.get(p).key().equals("ايدي")) && idx.norm(p - 1).equals("من");
    }

    /** Places and things an attack hits, as opposed to people: their genitive is their owner. */
    private static final String[] HIT_THINGS = {"مواقع", "موقع", "اهداف", "هدف", "مقار", "مقر", "مقرات", "اوكار",
        "تجمعات", "مراكز", "مركز", "مخازن", "مخزن", "مستودعات", "معاقل", "تحصينات", "دوريه", "دوريات", "قوافل", "قافله",
        "اليات", "اسلحه", "سلاح", "معسكرات", "معسكر", "ثكنات", "ثكنه", "خطوط", "نقاط", "حواجز"};

    /**
     * «مواقع التنظيم», «مخازن سلاح التنظيم»: the mention is the genitive of a place or thing that
     * is hit (one or two nouns before it, no preposition in between).
     */
    private boolean ownedByTargetNoun(int a0) {
        int p = previousWord(a0);
        for (int k = 0; k < 2 && p >= 0; k++) {
            if (idx.get(p).kind() != org.marsad.document.Token.Kind.WORD) {
                return false;
            }
            if (in(idx.get(p).key(), HIT_THINGS) || in(idx.norm(p), HIT_THINGS)) {
                return true;
            }
            p = previousWord(p);
        }
        return false;
    }

    /** The words before a «لـX» target: «مواقع لتنظيم»، «أهدافا لـ». */
    private boolean afterTargetNoun(int a0) {
        int p = previousWord(a0);
        for (int k = 0; k < 2 && p >= 0; k++) {
            for (String n : TARGET_NOUNS) {
                if (idx.get(p).stems().contains(n) || idx.get(p).norm().startsWith(n)) {
                    return true;
                }
            }
            p = previousWord(p);
        }
        return false;
    }

    /** «اشتباكات بين A و B»: A is the agent and B the target. */
    private Roles between(List<Cand> cands, int t1) {
        int b = -1;
        for (int i = t1 + 1; i <= Math.min(idx.size() - 1, t1 + 10); i++) {
            if (idx.get(i).key().equals("بين")) {
                b = i;
                break;
            }
            if (idx.get(i).kind() == org.marsad.document.Token.Kind.PUNCT && !idx.norm(i).equals("\"")
                    && !idx.norm(i).equals("،")) {
                break;
            }
        }
        if (b < 0) {
            return null;
        }
        Cand first = null;
        Cand second = null;
        for (Cand c : cands) {
            if (c.a0 > b && c.a0 - b <= 4 && (first == null || c.a0 < first.a0)) {
                first = c;
            }
        }
        if (first == null) {
            return null;
        }
        for (Cand c : cands) {
            if (c.a0 > first.a1 && wordsBetween(first.a1, c.a0) <= 2 && !c.a.actor().id().equals(first.a.actor().id())
                    && (second == null || c.a0 < second.a0)) {
                second = c;
            }
        }
        return new Roles(first.a, second == null ? null : second.a);
    }

    /** Words strictly between tokens a and b, punctuation not counted («الشيشاني، ومسلحين يقودهم أبو»: 2). */
    private int wordsBetween(int a, int b) {
        int n = 0;
        for (int i = a + 1; i < b; i++) {
            n += idx.get(i).kind() == org.marsad.document.Token.Kind.PUNCT ? 0 : 1;
        }
        return n;
    }

    private static final String[] PERFORMED = {"نفذ", "نفذت", "نفذوا", "شن", "شنت", "شنوا", "ارتكب", "ارتكبت",
        "ارتكبوا", "تبني", "تبنت", "تبنوا"};

    /** «مجزرتين نفذهما طيران النظام»، «هجوم تبناه التنظيم»: the actor right after such a verb. */
    private ActorMention performerAfter(List<Cand> cands, int t1) {
        for (int i = t1 + 1; i < Math.min(idx.size(), t1 + 10); i++) {
            org.marsad.document.Token t = idx.get(i);
            if (t.kind() == org.marsad.document.Token.Kind.PUNCT && !idx.norm(i).equals("،")) {
                return null;
            }
            boolean verb = in(t.key(), PERFORMED);
            for (String b : t.bases()) {
                verb |= in(b, PERFORMED);
            }
            if (verb) {
                for (Cand c : cands) {
                    if (c.a0 > i && c.a0 - i <= 2) {
                        return c.a;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** How far back «قام» may stand: its subject is often followed by a long apposition of places and dates. */
    private static final int QAMA_WINDOW = 60;

    /** «قام X ... بالهرب»: the actor right after «قام/قيام» before a trigger with «بـ». */
    private ActorMention qamaAgent(List<Cand> cands, int t0) {
        String n = idx.norm(t0);
        if (!(n.startsWith("\u0628") || n.startsWith("\u0648\u0628"))) {
            return null;
        }
        for (int i = t0 - 1; i >= 0 && t0 - i <= QAMA_WINDOW; i--) {
            if (strongBetween(i, t0)) {
                return null; // crossed a strong boundary (commas of an apposition do not count)
            }
            String k = idx.get(i).key();
            if (k.equals("قام") || k.equals("قامت") || k.equals("قاموا") || k.equals("قيام") || k.equals("يقوم")
                    || k.equals("تقوم")) {
                for (Cand c : cands) {
                    if (c.a0 > i && c.a0 - i <= 4 && c.a1 < t0) {
                        return c.a;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Specificity of a kind of place: the smaller the area, the higher. */
    static int specificity(PlaceKind k) {
        return switch (k) {
            case FACILITY -> 6;
            case NEIGHBOURHOOD -> 6;
            case CITY -> 4;
            case ADMIN2 -> 3;
            case REGION -> 2;
            case ADMIN1 -> 2;
            case COUNTRY -> 0;
        };
    }

    static final int MAX_PLACE_DISTANCE = 30;
    static final int MAX_DATE_DISTANCE = 25;

    Optional<Scored<PlaceMention>> place(List<PlaceMention> places, int t0, int t1, List<ActorMention> actors,
                                         EventType type) {
        Scored<PlaceMention> best = null;
        int quote = openingQuote(t0);
        for (PlaceMention p : places) {
            if (insideActorName(p, actors)) {
                continue;
            }
            int p0 = idx.first(p);
            int p1 = idx.last(p);
            if ((p1 >= t0 && p0 <= t1) || isSeat(p0, p1) || (quote >= 0 && p1 < quote)) {
                continue; // «قال X، المسؤول في الموصل: «فجر ... في قضاء بعاج»»: the speaker's place
            }
            boolean after = p0 > t1;
            int d = after ? distance(t1, p0) : distance(p1, t0);
            if (d > MAX_PLACE_DISTANCE || (after && strongBetween(t1, p0))) {
                continue; // a later clause speaks of something else
            }
            double s = 2 * specificity(p.place().kind()) - d / 3.0;
            String prep = preposition(p0);
            if (prep.equals("في") || prep.equals("ب")) {
                s += 3;
            } else if (prep.equals("target") && after && type.family().equals("assault")) {
                s += 3; // «العدوان على الشمال السوري»: the place attacked
            } else if (prep.equals("من") || prep.equals("الي") || prep.equals("عن")) {
                s += 0.5;
            }
            if (after) {
                s += 1.5;
            }
            if (isReferencePoint(p0)) {
                s -= 12;
            }
            if (best == null || s > best.score) {
                best = new Scored<>(p, s);
            }
        }
        if (best != null && best.score < -8) {
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    /** The « that opens the quotation the token {@code i} is in, within the sentence; -1 if none. */
    int openingQuote(int i) {
        for (int k = i - 1; k >= s0; k--) {
            char c = idx.original(k);
            if (c == '\u00BB') {
                return -1;
            }
            if (c == '\u00AB') {
                return k;
            }
        }
        return -1;
    }

    /**
     * «المرصد ومقره بريطانيا», «ومقرها في لندن», «يتخذ من لندن مقرا له»: where an organization
     * is based, not where anything happened.
     */
    boolean isSeat(int p0, int p1) {
        int p = previousWord(p0);
        if (p >= 0 && idx.get(p).key().equals("في")) {
            p = previousWord(p);
        }
        if (p >= 0) {
            List<String> stems = idx.get(p).stems();
            for (int q = 0; q < stems.size(); q++) {
                if (in(stems.get(q), SEATS)) {
                    return true;
                }
            }
        }
        int n = p1 + 1;
        return n < idx.size() && idx.get(n).stems().contains("مقرا");
    }

    /** «بغرب العراق», «شمال سوريا»: a direction word, with or without a proclitic, right before. */
    private boolean afterDirection(int a0) {
        int p = previousWord(a0);
        return p >= 0 && idx.get(p).stems().stream().anyMatch(w -> in(w, DIRECTIONS));
    }

    /** «شمالي العاصمة بغداد», «قرب X»: the place locates another one and is not the site. */
    boolean isReferencePoint(int p0) {
        int p = previousWord(p0);
        for (int k = 0; k < 2 && p >= 0; k++) {
            String w = idx.get(p).key();
            if (in(w, DIRECTIONS)) {
                return true;
            }
            if (!(w.equals("العاصمه") || w.equals("عاصمه") || w.equals("مدينه") || w.equals("محافظه"))) {
                break;
            }
            p = previousWord(p);
        }
        return false;
    }

    /**
     * A place named inside an organization's name («قوات سوريا الديمقراطية») is not a site; nor is
     * a capital that stands for its government («النظام في أنقرة»).
     */
    private static boolean insideActorName(PlaceMention p, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (a.contains(p) && ((a.length() > p.length() && a.actor().type() != ActorType.STATE)
                    || a.how().equals("metonymy"))) {
                return true;
            }
        }
        return false;
    }

    Optional<TimeExpression> date(List<TimeExpression> times, int t0, int t1) {
        TimeExpression best = null;
        int bestD = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (t.range().isEmpty()) {
                continue;
            }
            int a0 = idx.first(t);
            int a1 = idx.last(t);
            int d = a0 > t1 ? distance(t1, a0) : a1 < t0 ? distance(a1, t0) + 1 : 0;
            if (a0 > t1 && strongBetween(t1, a0)) {
                continue;
            }
            if (d <= MAX_DATE_DISTANCE && d < bestD) {
                bestD = d;
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The nearest resolved date of the sentence that no later clause separates from the trigger. */
    Optional<TimeExpression> anyDate(List<TimeExpression> times, int t0, int t1) {
        TimeExpression best = null;
        int bestD = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (t.range().isEmpty()) {
                continue;
            }
            int a0 = idx.first(t);
            int a1 = idx.last(t);
            if (a0 > t1 && strongBetween(t1, a0)) {
                continue;
            }
            if (a1 < t0 && strongBetween(a1, t0)) {
                continue;
            }
            int d = a0 > t1 ? distance(t1, a0) : distance(a1, t0) + 1;
            if (d < bestD) {
                bestD = d;
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    static Participant participant(ActorMention a) {
        return new Participant(a.begin(), a.end(), a.text(), a.actor().name(), Optional.of(a.actor().id()));
    }
}
