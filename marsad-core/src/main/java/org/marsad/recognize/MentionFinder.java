package org.marsad.recognize;

import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Mention;

/**
 * One source of named-entity mentions: a dictionary, a gazetteer, a pattern set or a trained model.
 * {@link EntityStage} runs several finders and merges what they find.
 *
 * <p>Implementations must be thread-safe.
 */
public interface MentionFinder {
    /**
     * Mentions in the document, which has at least tokens and sentences. The returned list need not
     * be sorted; mentions may overlap.
     */
    List<Mention> find(Document document);
}
