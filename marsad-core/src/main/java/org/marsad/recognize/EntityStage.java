package org.marsad.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layer;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.pipeline.Stage;

/**
 * Runs the mention finders and merges their output into one {@link Layers#MENTIONS} layer. Merge
 * rules, in order:
 * <ol>
 *   <li>finders earlier in the list win: when two mentions of the same type overlap, the one from
 *       the earlier finder is kept (dictionaries come before the statistical model);</li>
 *   <li>among mentions of one finder and one type that overlap, the longest is kept;</li>
 *   <li>mentions of different types may nest (a LOCATION inside a FACILITY «سجن الحسكة») but
 *       may not cross: the later-found of two crossing mentions is dropped.</li>
 * </ol>
 * Immutable and thread-safe when its finders are.
 */
public final class EntityStage implements Stage {
    private final List<MentionFinder> finders;

    public EntityStage(List<MentionFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.STRUCTURE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.MENTIONS);
    }

    @Override
    public Document apply(Document doc) {
        List<Mention> kept = new ArrayList<>();
        for (MentionFinder f : finders) {
            List<Mention> found = new ArrayList<>(f.find(doc));
            found.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::begin));
            for (Mention m : found) {
                if (compatible(m, kept)) {
                    kept.add(m);
                }
            }
        }
        kept.sort(Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        return doc.with(Layers.MENTIONS, List.copyOf(kept));
    }

    private static boolean compatible(Mention m, List<Mention> kept) {
        for (Mention k : kept) {
            if (!k.overlaps(m)) {
                continue;
            }
            if (k.type() == m.type()) {
                return false;
            }
            boolean nested = k.contains(m) || m.contains(k);
            if (!nested) {
                return false;
            }
            if (k.begin() == m.begin() && k.end() == m.end() && !(isPlaceLike(k.type()) ^ isPlaceLike(m.type()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlaceLike(EntityType t) {
        return t == EntityType.LOCATION || t == EntityType.FACILITY;
    }
}
