package org.marsad.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.output.JsonOutput;

/**
 * The gold answer for linking: which event reports are one happening, which articles are
 * near-duplicates, which happenings form one story. The file layout:
 * <pre>{@code
 * {"clusters": {"hasakah-riot-2020": ["cnn-1#e1", "arab-2#e1"], ...},
 *  "near_duplicates": [["arab-2", "arab-2-copy"]],
 *  "threads": [["hasakah-riot-2020", "ghwayran-attack-2022"]]}
 * }</pre>
 * A report is {@code article#event}; every report belongs to exactly one gold cluster.
 *
 * @param clusterOf      gold cluster id of each report
 * @param nearDuplicates groups of articles that are copies of one another
 * @param threads        groups of gold cluster ids that make one story
 */
public record GoldLinks(Map<String, String> clusterOf, List<Set<String>> nearDuplicates, List<Set<String>> threads) {
    public GoldLinks {
        clusterOf = Map.copyOf(clusterOf);
        nearDuplicates = nearDuplicates.stream().map(Set::copyOf).toList();
        threads = threads.stream().map(Set::copyOf).toList();
    }

    /**
     * @throws IllegalArgumentException naming the file when it is malformed, a report is listed
     *                                  twice, or a thread names an unknown cluster
     */
    public static GoldLinks read(Path file) {
        JsonNode root;
        try {
            root = JsonOutput.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read gold links: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("clusters").isObject()) {
            throw new IllegalArgumentException(file + ": gold links need a \"clusters\" object");
        }
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("clusters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                throw new IllegalArgumentException(file + ": cluster " + e.getKey() + " must list its reports");
            }
            for (JsonNode r : e.getValue()) {
                String id = r.asText();
                if (!id.contains("#")) {
                    throw new IllegalArgumentException(file + ": report '" + id + "' is not article#event");
                }
                String before = clusterOf.put(id, e.getKey());
                if (before != null) {
                    throw new IllegalArgumentException(file + ": report " + id + " is in clusters " + before
                            + " and " + e.getKey());
                }
            }
        }
        List<Set<String>> dups = groups(file, root, "near_duplicates");
        List<Set<String>> threads = groups(file, root, "threads");
        Set<String> known = new LinkedHashSet<>(clusterOf.values());
        for (Set<String> t : threads) {
            for (String c : t) {
                if (!known.contains(c)) {
                    throw new IllegalArgumentException(file + ": thread names unknown cluster " + c);
                }
            }
        }
        return new GoldLinks(clusterOf, dups, threads);
    }

    private static List<Set<String>> groups(Path file, JsonNode root, String field) {
        List<Set<String>> out = new ArrayList<>();
        JsonNode arr = root.get(field);
        if (arr == null || arr.isNull()) {
            return out;
        }
        if (!arr.isArray()) {
            throw new IllegalArgumentException(file + ": \"" + field + "\" must be an array of arrays");
        }
        for (JsonNode g : arr) {
            if (!g.isArray() || g.size() < 2) {
                throw new IllegalArgumentException(file + ": each group of \"" + field + "\" needs two or more ids");
            }
            Set<String> s = new LinkedHashSet<>();
            g.forEach(x -> s.add(x.asText()));
            out.add(s);
        }
        return out;
    }

    /** The articles that gold reports come from. */
    public Set<String> articles() {
        Set<String> s = new LinkedHashSet<>();
        clusterOf.keySet().forEach(r -> s.add(r.substring(0, r.indexOf('#'))));
        nearDuplicates.forEach(s::addAll);
        return s;
    }
}
