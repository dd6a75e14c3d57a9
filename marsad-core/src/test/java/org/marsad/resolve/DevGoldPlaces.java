package org.marsad.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Metadata;
import org.marsad.document.PlaceMention;
import org.marsad.ingest.LayoutStage;
import org.marsad.knowledge.Geo;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.EntityStage;
import org.marsad.recognize.PlaceNameFinder;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextStage;

/**
 * Scores place resolution on the dev gold the way gold/FORMAT.md says: a gold place with coordinates
 * counts as resolved when a mention of it (a gold entity text with that canonical name, or a system
 * place with that canonical name) is geocoded to a point within 25 km; a mention of it geocoded to
 * another country counts as a wrong-country error.
 */
final class DevGoldPlaces {
    static final double RADIUS_KM = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Outcome(String file, String canonical, boolean resolved, boolean wrongCountry, String detail) {
    }

    record Score(int total, int resolved, int wrongCountry, List<Outcome> outcomes, int entityTp, int entityFp,
                 int entityFn, List<String> entityErrors, int regions, int regionsResolved, List<String> regionMisses) {
        double share() {
            return total == 0 ? 0 : (double) resolved / total;
        }
    }

    static Pipeline pipeline() {
        return Pipeline.builder().add(LayoutStage.standard()).add(new TextStage())
                .add(new EntityStage(List.of(PlaceNameFinder.standard()))).add(Geocoder.standard()).build();
    }

    static Score score(Path shared) {
        Pipeline p = pipeline();
        List<Outcome> outcomes = new ArrayList<>();
        int total = 0;
        int ok = 0;
        int wrong = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> errors = new ArrayList<>();
        int regions = 0;
        int regionsOk = 0;
        List<String> regionMisses = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(shared.resolve("gold/dev"), "*.gold.json")) {
            List<Path> files = new ArrayList<>();
            ds.forEach(files::add);
            files.sort(null);
            for (Path f : files) {
                JsonNode g = JSON.readTree(f.toFile());
                Path text = shared.resolve(g.get("text_file").asText());
                String s = Files.readString(text, StandardCharsets.UTF_8);
                Metadata meta = Metadata.EMPTY;
                if (g.hasNonNull("published")) {
                    meta = meta.withPublished(LocalDate.parse(g.get("published").asText()));
                }
                Document d = p.apply(Document.of(g.get("id").asText(), s, meta));
                List<PlaceMention> places = d.get(Layers.PLACES);
                Set<String> goldEntities = new HashSet<>();
                for (JsonNode e : g.get("entities")) {
                    String type = e.get("type").asText();
                    if (type.equals("LOCATION") || type.equals("FACILITY")) {
                        goldEntities.add(type + " " + norm(e.get("text").asText()));
                    }
                }
                Set<String> sysEntities = new HashSet<>();
                for (Mention m : d.get(Layers.MENTIONS)) {
                    if (m.type() == EntityType.LOCATION || m.type() == EntityType.FACILITY) {
                        sysEntities.add(m.type() + " " + norm(m.text()));
                    }
                }
                for (String e : sysEntities) {
                    if (goldEntities.contains(e)) {
                        tp++;
                    } else {
                        fp++;
                        errors.add(f.getFileName() + " FP " + e);
                    }
                }
                for (String e : goldEntities) {
                    if (!sysEntities.contains(e)) {
                        fn++;
                        errors.add(f.getFileName() + " FN " + e);
                    }
                }
                for (JsonNode gp : g.get("places")) {
                    if (!gp.has("lat")) {
                        // a region: the right country and region name
                        regions++;
                        String rc = canon(gp.get("canonical").asText());
                        boolean found = places.stream().anyMatch(pm -> canon(pm.place().name()).equals(rc)
                                && pm.place().country().equals(gp.get("country").asText()));
                        if (found) {
                            regionsOk++;
                        } else {
                            regionMisses.add(f.getFileName() + " " + gp.get("canonical").asText());
                        }
                        continue;
                    }
                    total++;
                    String canonical = gp.get("canonical").asText();
                    Set<String> texts = new HashSet<>();
                    for (JsonNode e : g.get("entities")) {
                        if (canon(e.get("canonical").asText()).equals(canon(canonical))) {
                            texts.add(norm(e.get("text").asText()));
                        }
                    }
                    boolean hit = false;
                    boolean wrongCountry = false;
                    StringBuilder detail = new StringBuilder();
                    for (PlaceMention pm : places) {
                        boolean mine = texts.contains(norm(pm.text())) || canon(pm.place().name()).equals(canon(canonical));
                        if (!mine) {
                            continue;
                        }
                        double km = Geo.distanceKm(gp.get("lat").asDouble(), gp.get("lon").asDouble(),
                                pm.place().lat(), pm.place().lon());
                        boolean sameCountry = pm.place().country().equals(gp.get("country").asText());
                        if (km <= RADIUS_KM && sameCountry) {
                            hit = true;
                        }
                        if (!sameCountry) {
                            wrongCountry = true;
                        }
                        detail.append(String.format(Locale.ROOT, " [%s→%s %s %.0fkm]", pm.text(), pm.place().name(),
                                pm.place().country(), km));
                    }
                    if (hit) {
                        ok++;
                    }
                    if (wrongCountry) {
                        wrong++;
                    }
                    outcomes.add(new Outcome(f.getFileName().toString(), canonical, hit, wrongCountry,
                            detail.length() == 0 ? " no mention" : detail.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Score(total, ok, wrong, outcomes, tp, fp, fn, errors, regions, regionsOk, regionMisses);
    }

    static String canon(String s) {
        String c = s.toLowerCase(Locale.ROOT).strip();
        for (String p : new String[] {"al-", "el-", "the "}) {
            if (c.startsWith(p)) {
                c = c.substring(p.length());
            }
        }
        return c.replace("-", "").replace(" ", "");
    }

    static String norm(String s) {
        return ArabicNormalizer.fold(s).replace("\"", "").replace("'", "").strip();
    }
}
