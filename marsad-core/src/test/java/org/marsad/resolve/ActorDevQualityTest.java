package org.marsad.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marsad.document.ActorMention;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.knowledge.ActorDictionary;
import org.marsad.testing.SharedData;

/**
 * What the actor layer offers the event and claim extractors on the dev gold, measured without
 * them: (1) of the actors and targets of gold events, the share that the ACTORS layer of the same
 * article names (by canonical name through gold/aliases.json); (2) of named gold claim speakers that
 * are persons, the share found with the gold organization. Printed and pinned.
 */
class ActorDevQualityTest {
    static final double MIN_EVENT_ACTOR_COVERAGE = 0.85;
    static final double MIN_SPEAKER_ORGANIZATION = 0.93;

    @Test
    void devGoldActorsAndSpeakerOrganizations() throws IOException {
        Path shared = SharedData.dir();
        ObjectMapper json = new ObjectMapper();
        Map<String, String> alias = aliases(json.readTree(SharedData.resolve("gold/aliases.json").toFile()));
        List<Path> golds;
        try (Stream<Path> s = Files.list(SharedData.resolve("gold/dev"))) {
            golds = s.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
        int actorsWanted = 0;
        int actorsFound = 0;
        int speakers = 0;
        int speakersRight = 0;
        StringBuilder report = new StringBuilder();
        for (Path g : golds) {
            JsonNode gold = json.readTree(g.toFile());
            String text = Files.readString(shared.resolve(gold.get("text_file").asText()), StandardCharsets.UTF_8);
            Metadata meta = gold.hasNonNull("published")
                    ? Metadata.EMPTY.withPublished(LocalDate.parse(gold.get("published").asText())) : Metadata.EMPTY;
            List<ActorMention> ms = ActorStageTest.PIPELINE.apply(Document.of(gold.get("id").asText(), text, meta))
                    .get(Layers.ACTORS);
            Set<String> named = new HashSet<>();
            Set<String> persons = new HashSet<>();
            Map<String, Set<String>> orgsOf = new HashMap<>();
            for (ActorMention m : ms) {
                String k = key(m.actor().name(), alias);
                named.add(k);
                if (m.actor().type().name().equals("PERSON")) {
                    persons.add(k);
                }
                m.organization().ifPresent(o -> orgsOf.computeIfAbsent(k, x -> new HashSet<>()).add(key(o.name(), alias)));
                for (String a : m.actor().aliases()) {
                    named.add(key(a, alias));
                }
            }
            Set<String> wanted = new HashSet<>();
            for (JsonNode e : gold.get("events")) {
                for (String f : new String[] {"actor", "target"}) {
                    if (e.hasNonNull(f)) {
                        wanted.add(key(e.get(f).asText(), alias));
                    }
                }
            }
            for (String w : wanted) {
                actorsWanted++;
                if (named.contains(w)) {
                    actorsFound++;
                } else {
                    report.append(g.getFileName()).append(" event actor not named: ").append(w).append('\n');
                }
            }
            for (JsonNode c : gold.get("claims")) {
                if (c.path("unnamed").asBoolean(false) || !c.hasNonNull("organization")) {
                    continue;
                }
                String sp = key(c.get("speaker").asText(), alias);
                boolean person = ActorDictionary.standard().byName(c.get("speaker").asText())
                        .map(a -> a.type().name().equals("PERSON")).orElse(persons.contains(sp));
                if (!person) {
                    continue;
                }
                speakers++;
                String org = key(c.get("organization").asText(), alias);
                if (orgsOf.getOrDefault(sp, Set.of()).contains(org)) {
                    speakersRight++;
                } else {
                    report.append(g.getFileName()).append(" speaker ").append(sp).append(" organization ")
                            .append(orgsOf.get(sp)).append(" want ").append(org).append('\n');
                }
            }
        }
        double coverage = actorsFound / (double) Math.max(1, actorsWanted);
        double orgs = speakersRight / (double) Math.max(1, speakers);
        System.out.print(report);
        System.out.printf(Locale.ROOT, "event actors/targets named in ACTORS: %d/%d = %.3f; person speakers with the gold "
                + "organization: %d/%d = %.3f%n", actorsFound, actorsWanted, coverage, speakersRight, speakers, orgs);
        assertTrue(coverage >= MIN_EVENT_ACTOR_COVERAGE, "coverage " + coverage);
        assertTrue(orgs >= MIN_SPEAKER_ORGANIZATION, "organizations " + orgs);
    }

    static Map<String, String> aliases(JsonNode n) {
        Map<String, String> out = new HashMap<>();
        n.fields().forEachRemaining(e -> {
            String canon = ActorDictionary.nameKey(e.getKey());
            out.put(canon, canon);
            e.getValue().forEach(v -> out.put(ActorDictionary.nameKey(v.asText()), canon));
        });
        return out;
    }

    static String key(String name, Map<String, String> alias) {
        String k = ActorDictionary.nameKey(name);
        return alias.getOrDefault(k, k);
    }
}
