package org.marsad.recognize.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.document.Token;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.knowledge.ActorRole;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.PhraseMatcher;

/**
 * Finds names of persons the dictionary does not know, from the way news introduces people. The
 * patterns, where NAME is one to four name words (no function word, verb, role word or punctuation):
 * <ol>
 *   <li>TITLE NAME: a rank or honorific right before the name, commas allowed between
 *       («العقيد دلشاد مولود»، «الكولونيل، مايلز كاجينز،»);</li>
 *   <li>ROLE COMPLEMENT NAME: an office or function, its complement (definite words, «باسم X»,
 *       country adjectives) and a name that starts with a known given name
 *       («مدير المرصد رامي عبد الرحمن»، «نائب رئيس المجلس التنفيذي في حزب الله نبيل قاووق»);</li>
 *   <li>NAME ROLE: a name that starts with a known given name, then (after a comma) a role
 *       («مصطفى بالي، المتحدث باسم»، «فالح العيساوي عضو مجلس»);</li>
 *   <li>VERB NAME: a reporting verb, then a name that starts with a known given name and ends at a
 *       comma, a colon or a relative pronoun («ذكر غزال عبد الله الذي»);</li>
 *   <li>VERB «NAME»: a reporting verb, then one to three quoted words and a colon («وأضاف «إيرنست»:»).</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class PersonNames {
    /** A name found and the role phrase that introduced it (token indices, inclusive), if any. */
    public record Found(int first, int last, int roleFirst, int roleLast) {
    }

    static final Set<String> STOP = fold(java.util.Arrays.asList("في", "من", "على", "عن", "الى", "إلى", "مع", "ان", "أن", "إن",
            "قد", "لقد", "كان", "كانت", "الذي", "التي", "الذين", "ما", "لا", "لم", "لن", "هذا", "هذه", "ذلك", "تلك",
            "بعد", "قبل", "خلال", "حيث", "كما", "او", "أو", "ثم", "حتى", "منذ", "عند", "لدى", "بين", "أمس", "اليوم",
            "أيضا", "إنه", "أنه", "إنها", "أنها", "هو", "هي", "هم", "وقت", "بينما", "فيما", "إذ", "إذا", "لكن",
            "غير", "كل", "بعض", "عدد", "أحد", "إحدى", "نحو", "ضد", "عبر", "وفق", "حسب", "بحسب", "لدى", "لما", "ذلك",
            "يوم", "العام", "عام", "الماضي", "الحالي", "الجاري", "المقبل", "أول", "أمام", "تحت", "فوق", "مساء", "صباح",
            "ليل", "الليلة", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين"));
    static final Set<String> VERBS = fold(java.util.Arrays.asList("قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "ذكر", "ذكرت",
            "أوضح", "أوضحت", "أشار", "أشارت", "أفاد", "أفادت", "صرح", "صرحت", "كشف", "كشفت", "نفى", "نفت", "اعتبر",
            "اعتبرت", "أضاف", "أضافت", "تابع", "تابعت", "شدد", "شددت", "لفت", "لفتت", "بين", "بينت", "أردف", "رأى",
            "رأت", "دعا", "دعت", "طالب", "طالبت", "حذر", "حذرت", "زعم", "ادعى", "اتهم", "اتهمت", "يقول", "تقول",
            "يرى", "أبلغ", "أبلغت", "أكمل", "استطرد", "وصف", "وصفت", "قتل", "اعتقل", "التقى", "زار", "استقبل",
            "بحث", "ناقش", "وقال", "وأكد"));
    private static final org.marsad.text.KeyFilter VERB_FILTER = org.marsad.text.KeyFilter.of(VERBS);
    private static final Set<String> RELATIVE = fold(java.util.Arrays.asList("الذي", "التي", "الذين"));
    private static final String BISM = ArabicNormalizer.fold("باسم");

    private final ActorDictionary dict;

    public PersonNames(ActorDictionary dict) {
        this.dict = dict;
    }

    private static Set<String> fold(java.util.Collection<String> words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(ArabicNormalizer.fold(w));
        }
        return Set.copyOf(out);
    }

    /** Names found by the patterns; they may overlap dictionary names, which the caller prefers. */
    public List<Found> find(List<Token> tokens) {
        List<Found> out = new ArrayList<>();
        boolean[] roleToken = new boolean[tokens.size()];
        List<PhraseMatcher.Match<ActorRole.Form>> roles = longest(dict.roleForms().findAll(tokens));
        for (PhraseMatcher.Match<ActorRole.Form> r : roles) {
            for (int i = r.first(); i <= r.last(); i++) {
                roleToken[i] = true;
            }
        }
        for (PhraseMatcher.Match<ActorRole.Form> r : roles) {
            ActorRole role = r.values().get(0).role();
            int after = skipPunct(tokens, r.last() + 1, true);
            if (role.kind() == ActorRole.Kind.TITLE) {
                int end = nameEnd(tokens, after, roleToken);
                if (end >= after && (isGiven(tokens.get(after)) || quotedOrComma(tokens, after, end))) {
                    out.add(new Found(after, end, r.first(), r.last()));
                }
            } else {
                int start = skipComplement(tokens, after, role);
                start = skipPunct(tokens, start, true);
                if (start < tokens.size() && isGiven(tokens.get(start)) && !roleToken[start]) {
                    int end = nameEnd(tokens, start, roleToken);
                    if (end > start) {
                        out.add(new Found(start, end, r.first(), r.last()));
                    }
                } else if (start < tokens.size() && start > after && isQuoteTok(tokens.get(start - 1))) {
                    int end = nameEnd(tokens, start, roleToken);
                    if (end >= start && end - start < 3 && end + 1 < tokens.size() && isQuoteTok(tokens.get(end + 1))) {
                        out.add(new Found(start, end, r.first(), r.last()));
                    }
                }
                int before = r.first() - 1;
                boolean comma = before >= 0 && tokens.get(before).norm().equals("\u060C");
                if (comma) {
                    before--;
                }
                int begin = nameBegin(tokens, before, roleToken);
                if (begin >= 0 && begin < before && isGiven(tokens.get(begin))) {
                    out.add(new Found(begin, before, r.first(), r.last()));
                } else if (comma && before >= 1) {
                    int from = before;
                    while (from > 0 && before - from < 2 && tokens.get(from - 1).kind() == Token.Kind.WORD
                            && !isVerb(tokens.get(from - 1)) && !isStop(tokens.get(from - 1)) && !roleToken[from - 1]) {
                        from--;
                    }
                    if (from > 0 && from < before && isVerb(tokens.get(from - 1)) && !roleToken[from]
                            && tokens.get(from).kind() == Token.Kind.WORD && !DictionaryNames.definite(tokens.get(from))) {
                        out.add(new Found(from, before, r.first(), r.last()));
                    }
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD || !isVerb(t)) {
                continue;
            }
            int s = i + 1;
            if (s < tokens.size() && isQuoteTok(tokens.get(s))) {
                int end = nameEnd(tokens, s + 1, roleToken);
                if (end >= s + 1 && end - s <= 3 && end + 2 < tokens.size() && isQuoteTok(tokens.get(end + 1))
                        && tokens.get(end + 2).norm().equals(":")) {
                    out.add(new Found(s + 1, end, -1, -1));
                }
                continue;
            }
            if (s < tokens.size() && isGiven(tokens.get(s)) && !roleToken[s]) {
                int end = nameEnd(tokens, s, roleToken);
                if (end > s && end + 1 < tokens.size()) {
                    Token n = tokens.get(end + 1);
                    if (n.norm().equals("\u060C") || n.norm().equals(":") || n.norm().equals(",")
                            || (n.kind() == Token.Kind.WORD && RELATIVE.contains(n.norm()))) {
                        out.add(new Found(s, end, -1, -1));
                    }
                }
            }
        }
        return out;
    }

    private static <V> List<PhraseMatcher.Match<V>> longest(List<PhraseMatcher.Match<V>> ms) {
        List<PhraseMatcher.Match<V>> out = new ArrayList<>();
        int coveredTo = -1;
        for (PhraseMatcher.Match<V> m : ms) {
            if (m.first() <= coveredTo) {
                continue;
            }
            out.add(m);
            coveredTo = m.last();
        }
        return out;
    }

    /** Skips an office's or function's complement: «باسم X», definite words, adjectives, «في X». */
    private int skipComplement(List<Token> tokens, int i, ActorRole role) {
        int limit = Math.min(tokens.size(), i + 9);
        int j = i;
        while (j < limit) {
            Token t = tokens.get(j);
            if (isQuoteTok(t)) {
                j++;
                continue;
            }
            if (t.kind() != Token.Kind.WORD) {
                break;
            }
            String n = t.norm();
            boolean definite = n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال") || n.startsWith("وال");
            if (definite || n.equals(BISM) || n.equals("في") || n.equals("لدى") || isCountryWord(tokens, j)
                    || dict.forms().matchAt(tokens, j).size() > 0) {
                if (isGiven(t) && j > i) {
                    break;
                }
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    private boolean isCountryWord(List<Token> tokens, int j) {
        return !dict.countryForms().matchAt(tokens, j).isEmpty();
    }

    /** The last token of a name starting at {@code i}, or {@code i - 1} when there is none. */
    private int nameEnd(List<Token> tokens, int i, boolean[] roleToken) {
        int j = i;
        while (j < tokens.size() && j - i < 4) {
            Token t = tokens.get(j);
            if (t.kind() != Token.Kind.WORD || roleToken[j] || isStop(t) || isVerb(t)) {
                break;
            }
            j++;
        }
        return j - 1;
    }

    /** The first token of a name ending at {@code last}, scanning back; -1 when there is none. */
    private int nameBegin(List<Token> tokens, int last, boolean[] roleToken) {
        if (last < 0) {
            return -1;
        }
        int j = last;
        while (j >= 0 && last - j < 4) {
            Token t = tokens.get(j);
            if (t.kind() != Token.Kind.WORD || roleToken[j] || isStop(t) || isVerb(t)) {
                break;
            }
            j--;
        }
        int begin = j + 1;
        while (begin < last && !isGiven(tokens.get(begin))) {
            begin++;
        }
        return begin <= last ? begin : -1;
    }

    private boolean isGiven(Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        for (String s : t.stems()) {
            if (dict.isGivenName(s)) {
                return true;
            }
        }
        return dict.isGivenName(t.norm());
    }

    static boolean isStop(Token t) {
        for (String s : t.stems()) {
            if (STOP.contains(s) || STOP.contains("ال" + s)) {
                return true;
            }
        }
        return STOP.contains(t.norm());
    }

    static boolean isVerb(Token t) {
        return isVerbKey(t.norm()) || (t.stems().size() > 1 && isVerbKey(t.stems().get(t.stems().size() - 1)));
    }

    /** {@link #VERBS}, asked through {@link #VERB_FILTER} first (most words are not among them). */
    private static boolean isVerbKey(String key) {
        return VERB_FILTER.mightContain(key) && VERBS.contains(key);
    }

    private static boolean quotedOrComma(List<Token> tokens, int first, int last) {
        boolean before = first > 0 && isQuoteTok(tokens.get(first - 1));
        boolean after = last + 1 < tokens.size() && isQuoteTok(tokens.get(last + 1));
        return before && after;
    }

    static boolean isQuoteTok(Token t) {
        return DictionaryNames.isQuote(t);
    }

    private static int skipPunct(List<Token> tokens, int i, boolean commas) {
        int j = i;
        while (j < tokens.size() && (isQuoteTok(tokens.get(j)) || (commas && tokens.get(j).norm().equals("\u060C")))) {
            j++;
        }
        return j;
    }
}
