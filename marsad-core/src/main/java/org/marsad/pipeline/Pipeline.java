package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;

/**
 * An ordered list of stages, checked when it is built: every stage's required layers must be
 * provided by an earlier stage (or be among the layers the input already has).
 *
 * <p>Immutable and thread-safe when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Set<Layer<?>> provides;

    private Pipeline(List<Stage> stages, Set<Layer<?>> provides) {
        this.stages = List.copyOf(stages);
        this.provides = Set.copyOf(provides);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs every stage in order. */
    public Document apply(Document document) {
        Document d = document;
        for (Stage s : stages) {
            d = s.apply(d);
        }
        return d;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Every layer a document has after this pipeline. */
    public Set<Layer<?>> provides() {
        return provides;
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Layer<?>> given = new LinkedHashSet<>();

        /** Declares layers that input documents already carry (for pipelines that start midway). */
        public Builder given(Layer<?>... layers) {
            given.addAll(List.of(layers));
            return this;
        }

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        /**
         * @throws IllegalStateException naming the first stage whose requirements no earlier stage provides
         */
        public Pipeline build() {
            Set<Layer<?>> available = new LinkedHashSet<>(given);
            for (Stage s : stages) {
                for (Layer<?> need : s.requires()) {
                    if (!available.contains(need)) {
                        throw new IllegalStateException("stage " + s.name() + " requires layer '" + need
                                + "' but no earlier stage provides it (available: " + available + ")");
                    }
                }
                available.addAll(s.provides());
            }
            return new Pipeline(stages, available);
        }
    }
}
