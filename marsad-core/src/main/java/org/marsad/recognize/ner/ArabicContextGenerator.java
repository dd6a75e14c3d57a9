package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's view of the recognizer's features while training: the token's own features
 * ({@link ArabicNerFeatures}) plus the previous decision ({@link ArabicNerFeatures#addPrevious}).
 * Only the previous tag is used (a first-order model), so that {@link NerDecoder} can find the
 * best tag sequence exactly. Generators that OpenNLP adds for its "additional context" are
 * ignored: Marsad passes none.
 *
 * <p>Not thread-safe (the features cache the current sentence).
 */
final class ArabicContextGenerator implements NameContextGenerator {
    static final String OTHER = "other";
    private final ArabicNerFeatures features;

    ArabicContextGenerator(ArabicNerFeatures features) {
        this.features = features;
    }

    ArabicNerFeatures features() {
        return features;
    }

    @Override
    public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
        List<String> f = new ArrayList<>(64);
        features.createFeatures(f, tokens, index, preds);
        String previous = index > 0 && preds != null ? preds[index - 1] : OTHER;
        features.addPrevious(f, index, previous);
        return f.toArray(new String[0]);
    }

    @Override
    public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
        // OpenNLP adds a generator for additional context here; Marsad never passes any.
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        features.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        features.clearAdaptiveData();
    }
}
