package org.marsad.text;

import java.util.List;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Layers;
import org.marsad.document.NormalizedText;
import org.marsad.document.Sentence;
import org.marsad.document.Token;
import org.marsad.pipeline.Stage;

/**
 * Adds the normalized view, tokens and sentences. Stateless and thread-safe.
 */
public final class TextStage implements Stage {
    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.STRUCTURE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.NORMALIZED, Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Document apply(Document doc) {
        NormalizedText view = ArabicNormalizer.normalize(doc.text());
        List<Token> tokens = Tokenizer.tokenize(view);
        List<Sentence> sentences = SentenceSplitter.split(tokens, doc.get(Layers.STRUCTURE));
        return doc.with(Layers.NORMALIZED, view)
                .with(Layers.TOKENS, List.copyOf(tokens))
                .with(Layers.SENTENCES, List.copyOf(sentences));
    }
}
