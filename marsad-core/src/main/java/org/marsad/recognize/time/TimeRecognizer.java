package org.marsad.recognize.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marsad.document.DateRange;
import org.marsad.document.Sentence;
import org.marsad.document.Token;
import org.marsad.recognize.number.NumberParser;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Tokenizer;

/**
 * Finds date expressions in a token list: every form of {@link DateGrammar}, read left to right,
 * longest first, never across a sentence boundary. The result says what each expression means
 * ({@link TimeSpec}); {@link DateResolver} places it on the calendar.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeRecognizer {
    /** An expression found in tokens {@code first..last} (inclusive). */
    public record Found(int first, int last, TimeSpec spec) {
    }

    private final TimeLexicon lexicon;
    private final NumberParser numbers;

    public TimeRecognizer(TimeLexicon lexicon, NumberParser numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
    }

    /** The recognizer with the bundled lexicons (loaded once, shared). */
    public static TimeRecognizer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final TimeRecognizer STANDARD = new TimeRecognizer(TimeLexicon.standard(), NumberParser.standard());
    }

    /** Expressions in the tokens of one document, sentence by sentence, in text order. */
    public List<Found> find(List<Token> tokens, List<Sentence> sentences) {
        return find(tokens, limits(tokens, sentences));
    }

    /** Expressions in a token list taken as one sentence. */
    public List<Found> find(List<Token> tokens) {
        int[] limit = new int[tokens.size()];
        Arrays.fill(limit, tokens.size() - 1);
        return find(tokens, limit);
    }

    private List<Found> find(List<Token> tokens, int[] limit) {
        List<Found> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        List<List<TimeLexicon.Hit>> hits = lexicon.at(tokens);
        DateGrammar g = new DateGrammar(tokens, hits, limit, numbers);
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            // every rule starts at a lexicon word, a number or an ordinal («الثالث من يوليو»)
            boolean may = !hits.get(i).isEmpty() || t.kind() == Token.Kind.NUMBER
                    || (t.kind() == Token.Kind.WORD && numbers.mayStartWord(t));
            DateGrammar.Read r = may ? g.at(i) : null;
            if (r == null) {
                i++;
                continue;
            }
            out.add(new Found(r.first(), r.last(), r.spec()));
            i = r.last() + 1;
        }
        return out;
    }

    /**
     * Resolves the first date expression of a short text against an anchor day: a convenience for
     * other components («نهاية نوفمبر 2019»، «أمس»). Empty when the text holds no expression or
     * the expression cannot be placed.
     */
    public Optional<DateRange> resolve(String expression, LocalDate anchor) {
        List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(expression));
        List<Found> found = find(tokens);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TimeSpec spec = found.get(0).spec();
        return anchor == null ? DateResolver.resolve(spec) : DateResolver.resolve(spec, anchor);
    }

    /** For each token, the index of the last token of its sentence. */
    static int[] limits(List<Token> tokens, List<Sentence> sentences) {
        int[] limit = new int[tokens.size()];
        Arrays.fill(limit, tokens.size() - 1);
        int t = 0;
        for (Sentence s : sentences) {
            while (t < tokens.size() && tokens.get(t).begin() < s.begin()) {
                limit[t] = t; // a token outside every sentence stands alone
                t++;
            }
            int first = t;
            while (t < tokens.size() && tokens.get(t).end() <= s.end()) {
                t++;
            }
            for (int k = first; k < t; k++) {
                limit[k] = t - 1;
            }
        }
        return limit;
    }
}
