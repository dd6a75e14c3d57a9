package org.marsad.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.marsad.knowledge.Codebook;
import org.marsad.output.JsonOutput;

/** The linking dev set in {@code src/test/resources/linking/}: texts, gold events, gold links. */
final class DevSet {
    private DevSet() {
    }

    static Path dir() {
        try {
            return Path.of(DevSet.class.getResource("/linking/gold.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static GoldLinks gold() {
        return GoldLinks.read(dir().resolve("gold.json"));
    }

    /** Text files of the dev set, by name. */
    static List<Path> texts() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode eventsJson(Path text) {
        String id = text.getFileName().toString().replaceFirst("\\.txt$", "");
        try {
            return JsonOutput.mapper().readTree(Files.readAllBytes(text.resolveSibling(id + ".events.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path text) {
        try {
            return Files.readString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gold reports of every article, with the full text, in publication order (then by id). */
    static List<ArticleRecord> goldArticles() {
        List<ArticleRecord> out = new ArrayList<>();
        for (Path t : texts()) {
            out.add(ArticleRecord.fromJson(eventsJson(t), Codebook.standard(), Optional.of(text(t))));
        }
        out.sort(byPublication());
        return out;
    }

    static Comparator<ArticleRecord> byPublication() {
        return Comparator.comparing((ArticleRecord a) -> a.published().orElse(java.time.LocalDate.MAX))
                .thenComparing(ArticleRecord::id);
    }

    static EventLinker link(List<ArticleRecord> articles) {
        EventLinker l = EventLinker.inMemory();
        articles.forEach(l::add);
        return l;
    }
}
