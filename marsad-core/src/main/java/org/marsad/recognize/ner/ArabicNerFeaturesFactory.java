package org.marsad.recognize.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Builds {@link ArabicNerFeatures} from the model's feature descriptor (XML). Parameters:
 * {@code <str name="gazetteer">} names the model's gazetteer resource (optional), {@code <int name="window">} (default 2), {@code <str name="off">} a comma-separated
 * list of feature groups to leave out. OpenNLP instantiates it by class name, so it must stay
 * public with a no-argument constructor; {@link NerModel} registers this package with OpenNLP's
 * extension loader.
 */
public final class ArabicNerFeaturesFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    public ArabicNerFeaturesFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        Gazetteer gazetteer = resource("gazetteer", Gazetteer.class, new Gazetteer(java.util.List.of()));
        String offList = getStr("off", "");
        Set<String> off = new HashSet<>(Arrays.asList(offList.split(",")));
        off.remove("");
        return new ArabicNerFeatures(gazetteer, getInt("window", 2), off);
    }

    private <T> T resource(String param, Class<T> type, T absent) throws InvalidFormatException {
        String key = getStr(param, "");
        if (key.isEmpty()) {
            return absent;
        }
        Object r = resourceManager == null ? null : resourceManager.getResource(key);
        if (!type.isInstance(r)) {
            throw new InvalidFormatException("NER model has no " + type.getSimpleName() + " resource '" + key + "'");
        }
        return type.cast(r);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        Map<String, ArtifactSerializer<?>> m = new HashMap<>();
        String g = getStr("gazetteer", "");
        if (!g.isEmpty()) {
            m.put(g, new Gazetteer.Serializer());
        }
        return m;
    }
}
