package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.store.Page;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.search.SearchIndex;
import org.marsad.store.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench-search}: measures search latency on the store's own index with queries made
 * from the stored titles (one and two words, with and without filters), after a warm-up, and prints
 * the median, p95 and maximum. The figures in docs/PERFORMANCE.md come from this command.
 */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = "Measure search latency (p50/p95/max) with queries drawn from the stored articles.")
final class BenchSearchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--queries", paramLabel = "N", description = "Measured queries (default 500).")
    int queries = 500;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed for the query mix (default 1).")
    long seed = 1;

    @Override
    public Integer call() {
        try (Store s = store.openStore(); SearchIndex index = store.openIndex()) {
            index.sync(s);
            List<String> words = words(s);
            if (words.isEmpty()) {
                System.err.println("marsad bench-search: the store has no articles to draw queries from");
                return 2;
            }
            Random rnd = new Random(seed);
            for (int i = 0; i < 100; i++) {
                index.search(request(words, rnd));
            }
            double[] ms = new double[queries];
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                SearchRequest r = request(words, rnd);
                long t0 = System.nanoTime();
                hits += index.search(r).total();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%d queries over %d indexed documents: p50 %.2f ms, p95 %.2f ms, "
                            + "max %.2f ms (mean hits %.1f)%n", queries, index.size(), ms[queries / 2],
                    ms[(int) Math.ceil(queries * 0.95) - 1], ms[queries - 1], hits / (double) queries);
            return 0;
        } catch (StoreException e) {
            System.err.println("marsad bench-search: " + e.getMessage());
            return 2;
        }
    }

    /** Words of at least four letters from the titles of up to 1000 articles. */
    private static List<String> words(Store s) {
        Set<String> out = new LinkedHashSet<>();
        Page<ObjectNode> p = s.articles(Optional.empty(), Optional.empty(), Optional.empty(), 1, 200);
        for (int page = 1; page <= 5 && !p.items().isEmpty(); page++) {
            for (ObjectNode a : p.items()) {
                for (String w : a.path("title").asText("").split("[\\s\\p{Punct}«»،؛]+")) {
                    if (w.length() >= 4) {
                        out.add(w);
                    }
                }
            }
            p = s.articles(Optional.empty(), Optional.empty(), Optional.empty(), page + 1, 200);
        }
        return new ArrayList<>(out);
    }

    private static SearchRequest request(List<String> words, Random rnd) {
        String q = words.get(rnd.nextInt(words.size()));
        if (rnd.nextBoolean()) {
            q = q + " " + words.get(rnd.nextInt(words.size()));
        }
        SearchRequest r = SearchRequest.of(rnd.nextInt(4) == 0 ? "" : q);
        return switch (rnd.nextInt(3)) {
            case 0 -> r.withKind("article");
            case 1 -> r.withKind("event");
            default -> r;
        };
    }
}
