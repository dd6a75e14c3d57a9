package org.marsad.resolve.geo;

import java.util.List;
import java.util.Optional;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Sentence;
import org.marsad.document.Token;
import org.marsad.recognize.place.PlaceCandidate;
import org.marsad.recognize.place.PlaceScanner;

/**
 * The place candidates of a document and their resolutions, computed once and shared by the
 * {@code PlaceNameFinder} and the {@code Geocoder}, which run one after the other on the same
 * document in the same thread: the last analysis of each thread is kept and reused while the
 * document's token list (compared by identity) and the scanner and resolver are the same.
 *
 * @param candidates  what {@link PlaceScanner#scan(String, List, List)} found
 * @param resolutions one per candidate, from {@link PlaceResolver#resolve(List, List)}
 */
public record PlaceAnalysis(List<PlaceCandidate> candidates, List<Optional<Resolution>> resolutions) {
    private record Key(List<Token> tokens, String text, PlaceScanner scanner, PlaceResolver resolver) {
        boolean same(List<Token> t, String s, PlaceScanner sc, PlaceResolver r) {
            return tokens == t && text == s && scanner == sc && resolver == r;
        }
    }

    private record Entry(Key key, PlaceAnalysis analysis) {
    }

    private static final ThreadLocal<Entry> LAST = new ThreadLocal<>();

    public PlaceAnalysis {
        candidates = List.copyOf(candidates);
        resolutions = List.copyOf(resolutions);
    }

    /** The analysis of a document with tokens (and, if present, sentences). Thread-safe. */
    public static PlaceAnalysis of(Document doc, PlaceScanner scanner, PlaceResolver resolver) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        Entry e = LAST.get();
        if (e != null && e.key().same(tokens, doc.text(), scanner, resolver)) {
            return e.analysis();
        }
        List<Sentence> sentences = doc.find(Layers.SENTENCES).orElse(List.of());
        List<PlaceCandidate> cands = sentences.isEmpty() ? scanner.scan(doc.text(), tokens)
                : scanner.scan(doc.text(), tokens, sentences);
        PlaceAnalysis a = new PlaceAnalysis(cands, resolver.resolve(cands, tokens));
        LAST.set(new Entry(new Key(tokens, doc.text(), scanner, resolver), a));
        return a;
    }
}
