package org.marsad.recognize.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.DatePrecision;
import org.marsad.document.DateRange;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Layers;
import org.marsad.document.Sentence;
import org.marsad.document.TimeExpression;
import org.marsad.document.Token;
import org.marsad.pipeline.Stage;
import org.marsad.recognize.number.Spans;

/**
 * Adds {@link Layers#TIMES}: every date expression of the document (title and related links
 * included), resolved where possible. Anchoring, in order:
 * <ol>
 *   <li>an expression that names its year resolves alone ({@code anchor = "explicit"});</li>
 *   <li>others resolve against the publication date ({@code "publication"}), quotes included;</li>
 *   <li>without a publication date, against the last explicit date earlier in the text — for
 *       day-relative expressions the last explicit day ({@code "context"});</li>
 *   <li>«منذ ذلك الحين» runs from the last date resolved before it that lies before the anchor
 *       («منذ سقوط أريحا في مايو») up to the anchor;</li>
 *   <li>a clock time takes the day of the nearest day expression of its sentence, else the anchor day;</li>
 *   <li>with no anchor the expression stays unresolved ({@code range} empty, {@code anchor = "none"}):
 *       no date is invented.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class TimeStage implements Stage {
    private final TimeRecognizer recognizer;

    public TimeStage(TimeRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    public static TimeStage standard() {
        return new TimeStage(TimeRecognizer.standard());
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.NORMALIZED, Layers.TOKENS, Layers.SENTENCES, Layers.STRUCTURE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TIMES);
    }

    @Override
    public Document apply(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<Sentence> sentences = doc.get(Layers.SENTENCES);
        List<TimeRecognizer.Found> found = recognizer.find(tokens, sentences);
        return doc.with(Layers.TIMES, List.copyOf(resolve(doc, tokens, sentences, found)));
    }

    private static List<TimeExpression> resolve(Document doc, List<Token> tokens, List<Sentence> sentences,
            List<TimeRecognizer.Found> found) {
        LocalDate published = doc.metadata().published().orElse(null);
        int n = found.size();
        DateRange[] ranges = new DateRange[n];
        String[] anchors = new String[n];
        DateRange lastExplicit = null;
        DateRange lastExplicitDay = null;
        for (int k = 0; k < n; k++) {
            TimeSpec spec = found.get(k).spec();
            DateRange r = null;
            String anchor = "none";
            if (spec.explicit()) {
                r = DateResolver.resolve(spec).orElse(null);
                anchor = "explicit";
            } else {
                LocalDate a = published;
                anchor = "publication";
                if (a == null) {
                    DateRange ctx = spec.needsDay() || spec instanceof TimeSpec.SinceReference ? lastExplicitDay : lastExplicit;
                    a = ctx == null ? null : ctx.start();
                    anchor = "context";
                }
                if (a != null && !(spec instanceof TimeSpec.Clock)) {
                    if (spec instanceof TimeSpec.SinceReference) {
                        r = since(ranges, k, a);
                    } else {
                        r = DateResolver.resolve(spec, a).orElse(null);
                    }
                } else if (a != null) {
                    r = DateRange.day(a); // a clock time: refined below
                }
            }
            ranges[k] = r;
            anchors[k] = r == null ? "none" : anchor;
            if (r != null) {
                if (spec.explicit()) {
                    lastExplicit = r;
                    if (r.precision() == DatePrecision.DAY) {
                        lastExplicitDay = r;
                    }
                }
            }
        }
        attachClocks(tokens, sentences, found, ranges, anchors);
        List<TimeExpression> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            TimeRecognizer.Found f = found.get(k);
            int begin = tokens.get(f.first()).begin();
            int end = Spans.extendOverMarks(doc.text(), tokens.get(f.last()).end());
            out.add(new TimeExpression(begin, end, doc.text().substring(begin, end), Optional.ofNullable(ranges[k]),
                    anchors[k]));
        }
        return out;
    }

    /** «منذ ذلك الحين» refers to the last date before it that lies in the past of the anchor. */
    private static DateRange since(DateRange[] ranges, int k, LocalDate anchor) {
        for (int m = k - 1; m >= 0; m--) {
            if (ranges[m] != null && ranges[m].end().isBefore(anchor)) {
                return DateResolver.since(ranges[m], anchor).orElse(null);
            }
        }
        return null;
    }

    /** A clock time belongs to the nearest day expression of its sentence. */
    private static void attachClocks(List<Token> tokens, List<Sentence> sentences, List<TimeRecognizer.Found> found,
            DateRange[] ranges, String[] anchors) {
        for (int k = 0; k < found.size(); k++) {
            if (!(found.get(k).spec() instanceof TimeSpec.Clock)) {
                continue;
            }
            int sentence = sentenceOf(sentences, tokens.get(found.get(k).first()).begin());
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int m = 0; m < found.size(); m++) {
                DateRange r = ranges[m];
                if (m == k || r == null || r.precision() != DatePrecision.DAY || found.get(m).spec() instanceof TimeSpec.Clock
                        || sentenceOf(sentences, tokens.get(found.get(m).first()).begin()) != sentence) {
                    continue;
                }
                int d = Math.abs(found.get(m).first() - found.get(k).first());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = m;
                }
            }
            if (best >= 0) {
                ranges[k] = ranges[best];
                anchors[k] = anchors[best];
            }
        }
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
