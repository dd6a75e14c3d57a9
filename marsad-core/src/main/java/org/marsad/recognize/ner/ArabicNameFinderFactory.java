package org.marsad.recognize.ner;

import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name finder factory recorded in Marsad's NER models: it builds {@link ArabicContextGenerator}
 * from the model's feature descriptor, whose single generator must be {@link ArabicNerFeatures}.
 * OpenNLP instantiates it by class name, so it stays public with a no-argument constructor.
 */
public final class ArabicNameFinderFactory extends TokenNameFinderFactory {
    public ArabicNameFinderFactory() {
        super();
    }

    @Override
    public NameContextGenerator createContextGenerator() {
        AdaptiveFeatureGenerator g = createFeatureGenerators();
        if (!(g instanceof ArabicNerFeatures features)) {
            throw new IllegalStateException("NER model's feature descriptor must hold exactly one "
                    + ArabicNerFeaturesFactory.class.getName() + ", found " + g);
        }
        return new ArabicContextGenerator(features);
    }
}
