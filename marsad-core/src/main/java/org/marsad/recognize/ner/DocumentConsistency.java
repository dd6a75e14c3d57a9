package org.marsad.recognize.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the entities of one document agree with each other, after each sentence has been tagged
 * on its own. A name is usually tagged right somewhere in an article even when another mention of
 * it is missed. Rules, in order:
 * <ol>
 *   <li>every tagged entity votes for its type under its key: the stems of its tokens
 *       ({@link WordAnalysis#stem}, so «وأوبرا» and «أوبرا» agree);</li>
 *   <li>an entity whose key has a type with more votes than its own type takes that type;</li>
 *   <li>an untagged run of tokens whose stems form a key (longest first) becomes an entity of the
 *       key's winning type, when it does not touch a tagged entity; its confidence is the highest
 *       of the key's tagged mentions.</li>
 * </ol>
 * A part of a name alone (a surname after the full name) is not tagged: tried, it lowered the
 * scores on AQMAR and on the dev gold, because it spreads the words of wrongly tagged "names".
 *
 * <p>Stateless and thread-safe.
 */
final class DocumentConsistency {
    private static final int MAX_KEY = 6;

    private DocumentConsistency() {
    }

    /**
     * @param sentences the document's sentences of normalized tokens
     * @param tagged    the entities found in each sentence (same order)
     * @return the entities of each sentence after the rules
     */
    static List<List<NerSpan>> apply(List<String[]> sentences, List<List<NerSpan>> tagged) {
        List<String[]> stems = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            String[] st = new String[s.length];
            for (int i = 0; i < s.length; i++) {
                st[i] = WordAnalysis.stemOf(s[i]);
            }
            stems.add(st);
        }
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<String, Double> confidence = new HashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            String[] st = stems.get(k);
            for (NerSpan e : tagged.get(k)) {
                String key = key(st, e.start(), e.end());
                vote(votes, key, e.type());
                confidence.merge(key, e.confidence(), Math::max);
            }
        }
        Map<String, String> winner = new HashMap<>();
        votes.forEach((key, v) -> winner.put(key, best(v)));
        java.util.Set<String> firstStems = new java.util.HashSet<>();
        for (int k = 0; k < sentences.size(); k++) {
            for (NerSpan e : tagged.get(k)) {
                firstStems.add(stems.get(k)[e.start()]);
            }
        }
        List<List<NerSpan>> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            String[] st = stems.get(k);
            String[] norms = sentences.get(k);
            boolean[] used = new boolean[st.length];
            List<NerSpan> spans = new ArrayList<>();
            for (NerSpan e : tagged.get(k)) {
                String key = key(st, e.start(), e.end());
                Map<String, Integer> v = votes.get(key);
                String w = winner.get(key);
                String type = v.get(w) > v.getOrDefault(e.type(), 0) ? w : e.type();
                spans.add(e.withType(type));
                for (int i = e.start(); i < e.end(); i++) {
                    used[i] = true;
                }
            }
            for (int i = 0; i < st.length; i++) {
                if (used[i] || WordAnalysis.kind(norms[i]) != org.marsad.document.Token.Kind.WORD || st[i].length() < 2) {
                    continue;
                }
                if (i > 0 && used[i - 1] || !firstStems.contains(st[i])) {
                    continue;
                }
                for (int end = Math.min(st.length, i + MAX_KEY); end > i; end--) {
                    if (touches(used, i, end)) {
                        continue;
                    }
                    String key = key(st, i, end);
                    String w = winner.get(key);
                    if (w != null) {
                        spans.add(new NerSpan(i, end, w, confidence.get(key)));
                        for (int j = i; j < end; j++) {
                            used[j] = true;
                        }
                        i = end - 1;
                        break;
                    }
                }
            }
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.add(spans);
        }
        return out;
    }

    private static boolean touches(boolean[] used, int from, int to) {
        for (int j = from; j < to; j++) {
            if (used[j]) {
                return true;
            }
        }
        return to < used.length && used[to];
    }


    private static void vote(Map<String, Map<String, Integer>> votes, String key, String type) {
        votes.computeIfAbsent(key, k -> new HashMap<>()).merge(type, 1, Integer::sum);
    }

    private static String best(Map<String, Integer> v) {
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(v).entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    private static String key(String[] stems, int from, int to) {
        if (to - from == 1) {
            return stems[from];
        }
        return String.join(" ", java.util.Arrays.copyOfRange(stems, from, to));
    }
}
