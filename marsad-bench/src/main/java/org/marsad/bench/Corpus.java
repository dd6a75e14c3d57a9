package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Metadata;

/**
 * The benchmark corpus: the 294 SaudiNewsNet/Asharq Al-Awsat/SPA articles on Syria and Iraq
 * ({@code shared/data/news_saudinewsnet_syria_iraq/}), read at run time and never copied into
 * the repository. Each article is its title, a blank line and its content, published on its
 * {@code date_extracted} day.
 *
 * <p>The file is found through the system property {@code marsad.corpus}, else
 * {@code ../shared/...} or {@code ../../shared/...} from the working directory.
 */
public record Corpus(List<Article> articles) {
    static final String RELATIVE = "data/news_saudinewsnet_syria_iraq/saudinewsnet_aawsat_spa_syria_iraq_subset.json";

    /** One article of the corpus. */
    public record Article(String id, String text, LocalDate published) {
        public Document document() {
            return Document.of(id, text, Metadata.EMPTY.withPublished(published));
        }
    }

    public static Corpus load() {
        return load(locate());
    }

    public static Corpus load(Path json) {
        JsonNode arr;
        try {
            arr = new ObjectMapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark corpus " + json, e);
        }
        if (arr == null || !arr.isArray()) {
            throw new IllegalArgumentException(json + ": expected a JSON array of articles");
        }
        List<Article> out = new ArrayList<>();
        for (JsonNode a : arr) {
            String text = a.path("title").asText("") + "\n\n" + a.path("content").asText("");
            String date = a.path("date_extracted").asText("");
            LocalDate pub = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
            out.add(new Article(String.format("snn-%03d", out.size()), text, pub));
        }
        return new Corpus(List.copyOf(out));
    }

    static Path locate() {
        String p = System.getProperty("marsad.corpus");
        if (p != null) {
            return Path.of(p);
        }
        for (String base : new String[] {"../shared", "../../shared", "/work/shared"}) {
            Path c = Path.of(base).resolve(RELATIVE);
            if (Files.isRegularFile(c)) {
                return c.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("benchmark corpus not found: pass -Dmarsad.corpus=/path/to/"
                + RELATIVE.substring(RELATIVE.lastIndexOf('/') + 1));
    }

    public int size() {
        return articles.size();
    }

    public List<Document> documents() {
        return articles.stream().map(Article::document).toList();
    }
}
