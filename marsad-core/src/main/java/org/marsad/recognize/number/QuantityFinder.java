package org.marsad.recognize.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.marsad.document.Quantity;
import org.marsad.document.Token;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.PhraseMatcher;

/**
 * Finds quantities in a token list. The rules, tried at each token not claimed by a date:
 * <ol>
 *   <li>an approximation before a number («نحو»، «قرابة»، «أكثر من»، «ما لا يقل عن») marks it
 *       {@code approx}; the value stays the number (ACLED codes the lower bound);</li>
 *   <li>a number in digits or words ({@link NumberParser}), optionally followed by «على الأقل» or
 *       «تقريبا» (approx; also after the counted noun: «20 قتيلا على الأقل») and by a percent sign or
 *       «في المائة» (percent);</li>
 *   <li>a vague quantity («عدد من» = several, «عشرات» = tens, «آلاف» = thousands) carries its label
 *       and no value;</li>
 *   <li>a fraction with the article or a preposition («للنصف»، «إلى الثلث») is a percentage (50, 33);
 *       before a scale word it multiplies («نصف مليون» = 500000).</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class QuantityFinder {
    enum Role { LOWER, ABOUT, UPPER, VAGUE, SIGN, FRACTION }

    // the roles asked about together, made once (a varargs call makes its array at every call)
    private static final Role[] BOUNDS = {Role.LOWER, Role.ABOUT, Role.UPPER};
    private static final Role[] APPROXIMATIONS = {Role.LOWER, Role.ABOUT};
    private static final Role[] SIGN = {Role.SIGN};
    private static final Role[] VAGUE = {Role.VAGUE};
    private static final Role[] FRACTION = {Role.FRACTION};

    record Word(Role role, boolean after, String label, long value) {
    }

    private final NumberParser numbers;
    private final PhraseMatcher<Word> words;

    QuantityFinder(NumberParser numbers, PhraseMatcher<Word> words) {
        this.numbers = numbers;
        this.words = words;
    }

    public static QuantityFinder standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final QuantityFinder STANDARD = load(NumberParser.standard());
    }

    public static QuantityFinder load(NumberParser numbers) {
        PhraseMatcher.Builder<Word> b = PhraseMatcher.builder(PhraseMatcher.Mode.STEMS);
        for (ResourceFiles.Line l : ResourceFiles.lines("numbers/approximators.txt")) {
            String[] f = l.fields();
            if (f.length < 3) {
                throw l.error("expected phrase, kind and position");
            }
            Role r;
            try {
                r = Role.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw l.error("unknown kind '" + f[1] + "'");
            }
            if (r != Role.LOWER && r != Role.ABOUT && r != Role.UPPER) {
                throw l.error("kind must be lower, about or upper");
            }
            String pos = f[2].strip();
            if (!pos.equals("before") && !pos.equals("after")) {
                throw l.error("position must be before or after");
            }
            b.add(f[0].strip(), new Word(r, pos.equals("after"), null, 0));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("numbers/vague.txt")) {
            String[] f = l.fields();
            if (f.length < 2 || f[1].isBlank()) {
                throw l.error("expected phrase and label");
            }
            b.add(f[0].strip(), new Word(Role.VAGUE, false, f[1].strip(), 0));
        }
        for (ResourceFiles.Line l : ResourceFiles.lines("numbers/percent.txt")) {
            String[] f = l.fields();
            if (f.length < 2) {
                throw l.error("expected phrase and kind");
            }
            switch (f[1].strip()) {
                case "sign" -> b.add(f[0].strip(), new Word(Role.SIGN, true, null, 0));
                case "fraction" -> {
                    if (f.length < 3) {
                        throw l.error("a fraction needs its value");
                    }
                    try {
                        b.add(f[0].strip(), new Word(Role.FRACTION, false, null, Long.parseLong(f[2].strip())));
                    } catch (NumberFormatException e) {
                        throw l.error("not a number: '" + f[2] + "'");
                    }
                }
                default -> throw l.error("kind must be sign or fraction");
            }
        }
        return new QuantityFinder(numbers, b.build());
    }

    public NumberParser numbers() {
        return numbers;
    }

    /**
     * Quantities in the tokens; {@code claimed[i]} marks tokens that belong to a date and are
     * skipped (may be null). Offsets point into {@code text}.
     */
    public List<Quantity> find(String text, List<Token> tokens, boolean[] claimed) {
        List<Quantity> out = new ArrayList<>();
        List<List<PhraseMatcher.Match<Word>>> at = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            at.add(List.of());
        }
        for (PhraseMatcher.Match<Word> m : words.findAll(tokens)) {
            List<PhraseMatcher.Match<Word>> b = at.get(m.first());
            if (b.isEmpty()) {
                b = new ArrayList<>(2);
                at.set(m.first(), b);
            }
            b.add(m);
        }
        Scan scan = new Scan(text, tokens, claimed, at, out);
        int i = 0;
        while (i < tokens.size()) {
            int next = scan.readAt(i);
            i = next > i ? next : i + 1;
        }
        return out;
    }

    /** One document's search, with the word matches computed once. Not thread-safe. */
    private final class Scan {
        private final String text;
        private final List<Token> tokens;
        private final boolean[] claimed;
        private final List<List<PhraseMatcher.Match<Word>>> at;
        private final List<Quantity> out;

        Scan(String text, List<Token> tokens, boolean[] claimed, List<List<PhraseMatcher.Match<Word>>> at, List<Quantity> out) {
            this.text = text;
            this.tokens = tokens;
            this.claimed = claimed;
            this.at = at;
            this.out = out;
        }

        int readAt(int i) {
            return QuantityFinder.this.readAt(text, tokens, claimed, i, out, at);
        }
    }

    /** Reads a quantity at token {@code i}; returns the token after it, or {@code i} when there is none. */
    private int readAt(String text, List<Token> tokens, boolean[] claimed, int i, List<Quantity> out,
            List<List<PhraseMatcher.Match<Word>>> at) {
        if (free(claimed, i) && tokens.get(i).kind() == Token.Kind.PUNCT && !tokens.get(i).norm().equals("%")) {
            return i;
        }
        if (!free(claimed, i)) {
            return i;
        }
        int j = i;
        boolean approx = false;
        Word before = word(at, tokens, i, false, BOUNDS);
        int beforeLast = -1;
        if (before != null) {
            beforeLast = lastOf(at, tokens, i, before);
            j = beforeLast + 1;
            approx = true;
        }
        if (j < tokens.size() && free(claimed, j)) {
            var n = numbers.parseAt(tokens, j);
            if (n.isPresent() && free(claimed, n.get().last())) {
                int last = n.get().last();
                boolean percent = false;
                Word sign = word(at, tokens, last + 1, true, SIGN);
                if (sign != null) {
                    percent = true;
                    last = lastOf(at, tokens, last + 1, sign);
                }
                Word after = word(at, tokens, last + 1, true, APPROXIMATIONS);
                if (after != null && after.after) {
                    approx = true;
                    last = lastOf(at, tokens, last + 1, after);
                } else if (last + 2 < tokens.size() && tokens.get(last + 1).kind() == Token.Kind.WORD) {
                    Word later = word(at, tokens, last + 2, true, APPROXIMATIONS);
                    approx |= later != null && later.after; // «20 قتيلا على الأقل»: the noun stands between
                }
                out.add(quantity(text, tokens, i, last, OptionalLong.of(n.get().value()), null, approx, percent));
                return last + 1;
            }
            Word vague = word(at, tokens, j, false, VAGUE);
            if (vague != null) {
                int last = lastOf(at, tokens, j, vague);
                out.add(quantity(text, tokens, i, last, OptionalLong.empty(), vague.label, approx, false));
                return last + 1;
            }
        }
        if (before != null) {
            return i; // «نحو» without a number: nothing
        }
        Word frac = word(at, tokens, i, false, FRACTION);
        if (frac != null) {
            int last = lastOf(at, tokens, i, frac);
            var scale = last + 1 < tokens.size() ? numbers.parseAt(tokens, last + 1) : java.util.Optional.<NumberParser.Parsed>empty();
            if (scale.isPresent() && scale.get().value() >= 1000 && scale.get().first() == scale.get().last()
                    && tokens.get(last + 1).kind() == Token.Kind.WORD) {
                long v = scale.get().value() * frac.value / 100;
                out.add(quantity(text, tokens, i, scale.get().last(), OptionalLong.of(v), null, false, false));
                return scale.get().last() + 1;
            }
            String n = tokens.get(i).norm();
            boolean marked = n.startsWith("\u0627\u0644") || n.startsWith("\u0644\u0644") || n.startsWith("\u0628\u0627\u0644")
                    || (i > 0 && (tokens.get(i - 1).norm().equals("\u0627\u0644\u064A") || tokens.get(i - 1).norm().equals("\u0627\u0644\u0649")));
            if (marked) {
                out.add(quantity(text, tokens, i, last, OptionalLong.of(frac.value), null, false, true));
                return last + 1;
            }
        }
        return i;
    }

    private static boolean free(boolean[] claimed, int i) {
        return claimed == null || i >= claimed.length || !claimed[i];
    }

    private Word word(List<List<PhraseMatcher.Match<Word>>> at, List<Token> tokens, int i, boolean after, Role[] roles) {
        if (i >= tokens.size()) {
            return null;
        }
        List<PhraseMatcher.Match<Word>> ms = at.get(i);
        for (int a = 0; a < ms.size(); a++) {
            List<Word> ws = ms.get(a).values();
            for (int b = 0; b < ws.size(); b++) {
                Word w = ws.get(b);
                for (Role r : roles) {
                    if (w.role == r && (r == Role.SIGN || r == Role.FRACTION || r == Role.VAGUE || w.after == after)) {
                        return w;
                    }
                }
            }
        }
        if (i < tokens.size() && tokens.get(i).kind() == Token.Kind.PUNCT && tokens.get(i).norm().equals("%")) {
            for (Role r : roles) {
                if (r == Role.SIGN) {
                    return new Word(Role.SIGN, true, null, 0);
                }
            }
        }
        return null;
    }

    private int lastOf(List<List<PhraseMatcher.Match<Word>>> at, List<Token> tokens, int i, Word w) {
        if (tokens.get(i).kind() == Token.Kind.PUNCT) {
            return i;
        }
        int last = i;
        for (PhraseMatcher.Match<Word> m : at.get(i)) {
            if (m.values().contains(w)) {
                last = Math.max(last, m.last());
            }
        }
        return last;
    }

    private static Quantity quantity(String text, List<Token> tokens, int first, int last, OptionalLong value,
            String vague, boolean approx, boolean percent) {
        int b = tokens.get(first).begin();
        int e = Spans.extendOverMarks(text, tokens.get(last).end());
        return new Quantity(b, e, text.substring(b, e), value, vague, approx, percent);
    }
}
