package org.marsad.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of Marsad's search index, used alike for documents and queries:
 * <ol>
 *   <li>{@link StandardTokenizer} (Unicode word breaks; Arabic words, numbers, Latin words);</li>
 *   <li>{@link FoldFilter}: the pipeline's normalization ({@code org.marsad.text.ArabicNormalizer});</li>
 *   <li>{@link CliticFilter}: the pipeline's clitic keys ({@code org.marsad.text.Clitics}), stacked;</li>
 *   <li>Lucene's {@link ArabicStemFilter}: light stemming of suffixes (ات، ون، ين، ه ...) so that
 *       «المتظاهرين» finds «متظاهرون»;</li>
 *   <li>{@link RemoveDuplicatesTokenFilter}: stacked keys that stem alike count once.</li>
 * </ol>
 * Thread-safe, as every Lucene analyzer.
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream t = new FoldFilter(source);
        t = new CliticFilter(t);
        t = new ArabicStemFilter(t);
        t = new RemoveDuplicatesTokenFilter(t);
        return new TokenStreamComponents(source, t);
    }
}
