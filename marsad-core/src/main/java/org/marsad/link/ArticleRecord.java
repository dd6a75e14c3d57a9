package org.marsad.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.knowledge.Codebook;

/**
 * One article as the linker takes it: its id, outlet, publication date, the events it reports, and
 * the text that near-duplicate detection compares.
 *
 * @param dedupText the text whose shingles are compared with other articles': the full article
 *                  when known, else its title and the evidence sentences of its events and claims
 * @param fullText  whether {@code dedupText} is the full article
 * @param signature the MinHash signature of the text when the caller made it already (from a
 *                  document's tokens, made by {@link MinHasher#standard()}); empty to let the
 *                  linker compute it from {@code dedupText}
 */
public record ArticleRecord(String id, Optional<String> outlet, Optional<LocalDate> published, Optional<String> title,
                            String dedupText, boolean fullText, List<EventMention> mentions,
                            Optional<Signature> signature) {

    public ArticleRecord {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("an article needs an id");
        }
        outlet = outlet == null ? Optional.empty() : outlet.filter(s -> !s.isBlank());
        published = published == null ? Optional.empty() : published;
        title = title == null ? Optional.empty() : title;
        dedupText = dedupText == null ? "" : dedupText;
        mentions = List.copyOf(mentions);
        signature = signature == null ? Optional.empty() : signature;
        for (EventMention m : mentions) {
            if (!m.article().equals(id)) {
                throw new IllegalArgumentException("article " + id + " holds a mention of article " + m.article());
            }
        }
    }

    /** The article's outlet, or its id when the outlet is unknown. */
    public String sourceKey() {
        return outlet.orElse("article:" + id);
    }

    /** An article without a precomputed signature. */
    public ArticleRecord(String id, Optional<String> outlet, Optional<LocalDate> published, Optional<String> title,
                         String dedupText, boolean fullText, List<EventMention> mentions) {
        this(id, outlet, published, title, dedupText, fullText, mentions, Optional.empty());
    }

    /**
     * A processed document: its events (none if the pipeline made no event layer) and full text;
     * the signature is made from its tokens when it has a token layer (no second tokenization).
     */
    public static ArticleRecord of(Document doc) {
        return of(doc, doc.find(Layers.TOKENS).map(t -> MinHasher.standard().signature(t)));
    }

    /**
     * As {@link #of(Document)} with the signature of its tokens made earlier by
     * {@link MinHasher#standard()} (for instance right after the pipeline, while the tokens were in
     * the CPU's caches); the caller vouches that it is that document's.
     */
    public static ArticleRecord of(Document doc, Signature signature) {
        return of(doc, Optional.of(signature));
    }

    private static ArticleRecord of(Document doc, Optional<Signature> sig) {
        List<EventMention> ms = new ArrayList<>();
        for (Event e : doc.find(Layers.EVENTS).orElse(List.of())) {
            ms.add(EventMention.of(e, doc));
        }
        return new ArticleRecord(doc.id(), doc.metadata().source(), doc.metadata().published(),
                doc.metadata().title(), doc.text(), true, ms, sig);
    }

    /**
     * One article object of {@code marsad extract}'s output.
     *
     * @param text the article's full text when the caller has it; without it, near-duplicate
     *             detection compares the title and the evidence sentences only
     * @throws IllegalArgumentException naming the article (and event) when a field is malformed
     */
    public static ArticleRecord fromJson(JsonNode article, Codebook codebook, Optional<String> text) {
        if (article == null || !article.isObject()) {
            throw new IllegalArgumentException("an article must be a JSON object");
        }
        String id = EventMention.text(article, "id")
                .orElseThrow(() -> new IllegalArgumentException("article without an \"id\""));
        Optional<LocalDate> published;
        try {
            published = EventMention.date(article, "published");
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("article " + id + ": bad \"published\" date: " + e.getParsedString(), e);
        }
        List<EventMention> ms = new ArrayList<>();
        JsonNode events = article.get("events");
        if (events != null && events.isArray()) {
            for (JsonNode ev : events) {
                ms.add(EventMention.fromJson(article, ev, codebook));
            }
        }
        Optional<String> title = EventMention.text(article, "title");
        String dedup = text.orElseGet(() -> evidenceText(article, title));
        return new ArticleRecord(id, EventMention.text(article, "source"), published, title, dedup, text.isPresent(), ms);
    }

    private static String evidenceText(JsonNode article, Optional<String> title) {
        Set<String> parts = new LinkedHashSet<>();
        title.ifPresent(parts::add);
        for (String field : new String[] {"events", "claims"}) {
            JsonNode arr = article.get(field);
            if (arr != null && arr.isArray()) {
                for (JsonNode n : arr) {
                    EventMention.text(n, "evidence").ifPresent(parts::add);
                }
            }
        }
        return String.join("\n", parts);
    }
}
