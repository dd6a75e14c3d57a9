package org.marsad.recognize.number;

import java.util.List;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Layers;
import org.marsad.document.TimeExpression;
import org.marsad.document.Token;
import org.marsad.pipeline.Stage;

/**
 * Adds {@link Layers#QUANTITIES} (see {@link QuantityFinder} for the rules). Numbers inside date
 * expressions («29 مارس 2020»، «الساعة 04:00») are dates, not quantities, so this stage runs after
 * the time stage and skips the tokens of {@link Layers#TIMES}.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuantityStage implements Stage {
    private final QuantityFinder finder;

    public QuantityStage(QuantityFinder finder) {
        this.finder = finder;
    }

    public static QuantityStage standard() {
        return new QuantityStage(QuantityFinder.standard());
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.TIMES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.QUANTITIES);
    }

    @Override
    public Document apply(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        boolean[] claimed = claimed(tokens, doc.get(Layers.TIMES));
        return doc.with(Layers.QUANTITIES, List.copyOf(finder.find(doc.text(), tokens, claimed)));
    }

    /** Marks the tokens inside the given spans. */
    static boolean[] claimed(List<Token> tokens, List<TimeExpression> times) {
        boolean[] c = new boolean[tokens.size()];
        int t = 0;
        for (TimeExpression x : times) {
            while (t < tokens.size() && tokens.get(t).end() <= x.begin()) {
                t++;
            }
            for (int k = t; k < tokens.size() && tokens.get(k).begin() < x.end(); k++) {
                c[k] = true;
            }
        }
        return c;
    }
}
