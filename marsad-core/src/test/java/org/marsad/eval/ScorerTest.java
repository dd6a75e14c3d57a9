package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.testing.SharedData;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return M.readTree(s.replace('\'', '"'));
    }

    private final Scorer scorer = new Scorer(CanonicalNames.plain());

    @Test
    void entitiesCompareFoldedSurfaceWithoutQuotes() throws Exception {
        JsonNode g = json("{'entities':[{'text':'سجن «التسفيرات»','type':'FACILITY'},{'text':'أنقرة','type':'LOCATION'}]}");
        JsonNode s = json("{'entities':[{'text':'سجن التسفيرات','type':'FACILITY'},{'text':'انقرة','type':'ORGANIZATION'}]}");
        FileScore f = scorer.score("x", g, s, "");
        assertEquals(new Prf(1, 1, 1), f.entities());
    }

    @Test
    void eventsNeedTypePlaceAndOverlappingDate() throws Exception {
        JsonNode g = json("{'events':[{'type':'ESCAPE','actor':'ISIS','place':{'country':'SY','lat':36.5,'lon':40.75},"
                + "'date':{'start':'2020-03-29','end':'2020-03-29'}}]}");
        JsonNode right = json("{'events':[{'type':'ESCAPE','actor':{'canonical':'Islamic State'},"
                + "'place':{'country':'SY','lat':36.4,'lon':40.9},'date':{'start':'2020-03-01','end':'2020-03-31'}}]}");
        JsonNode far = json("{'events':[{'type':'ESCAPE','place':{'country':'SY','lat':35.0,'lon':38.0},"
                + "'date':{'start':'2020-03-29','end':'2020-03-29'}}]}");
        JsonNode early = json("{'events':[{'type':'ESCAPE','place':{'country':'SY','lat':36.5,'lon':40.75},"
                + "'date':{'start':'2019-03-29','end':'2019-03-29'}}]}");
        Scorer withAliases = new Scorer(aliases());
        FileScore ok = withAliases.score("x", g, right, "");
        assertEquals(new Prf(1, 0, 0), ok.events());
        assertEquals(new Ratio(1, 1), ok.actor());
        assertEquals(new Prf(0, 1, 1), scorer.score("x", g, far, "").events());
        assertEquals(new Prf(0, 1, 1), scorer.score("x", g, early, "").events());
    }

    @Test
    void nullGoldDateMatchesAnyDate() throws Exception {
        JsonNode g = json("{'events':[{'type':'ARREST','place':{'country':'TR'},'date':null}]}");
        JsonNode s = json("{'events':[{'type':'ARREST','place':{'country':'TR','lat':39,'lon':35},"
                + "'date':{'start':'2020-01-01','end':'2020-01-01'}}]}");
        assertEquals(new Prf(1, 0, 0), scorer.score("x", g, s, "").events());
    }

    @Test
    void eventsArePairedOneToOne() throws Exception {
        JsonNode g = json("{'events':[{'type':'CLASH','place':{'country':'IQ'}}]}");
        JsonNode s = json("{'events':[{'type':'CLASH','place':{'country':'IQ'}},{'type':'CLASH','place':{'country':'IQ'}}]}");
        assertEquals(new Prf(1, 1, 0), scorer.score("x", g, s, "").events());
    }

    @Test
    void claimsSkipUnnamedAndCompareChannelKinds() throws Exception {
        JsonNode g = json("{'claims':[{'speaker':'Rami Abdulrahman','organization':'SOHR','channel':'AFP interview'},"
                + "{'speaker':'Local sources','unnamed':true}]}");
        JsonNode s = json("{'claims':[{'speaker':{'canonical':'Rami Abdulrahman'},'organization':{'canonical':'SOHR'},"
                + "'channel':'interview'},{'speaker':{'canonical':'Local sources'},'unnamed':true}]}");
        FileScore f = scorer.score("x", g, s, "");
        assertEquals(new Prf(1, 0, 0), f.claims());
        assertEquals(new Ratio(1, 1), f.channel());
        assertEquals(new Ratio(1, 1), f.organization());
    }

    @Test
    void datesNeedOverlappingTextAndTheSameInterval() throws Exception {
        JsonNode g = json("{'dates':[{'text':'نهاية نوفمبر 2019','start':'2019-11-21','end':'2019-11-30'}]}");
        JsonNode ok = json("{'dates':[{'text':'نوفمبر 2019','start':'2019-11-21','end':'2019-11-30'}]}");
        JsonNode wrong = json("{'dates':[{'text':'نهاية نوفمبر 2019','start':'2019-11-01','end':'2019-11-30'}]}");
        assertEquals(new Ratio(1, 1), scorer.score("x", g, ok, "").dates());
        assertEquals(new Ratio(0, 1), scorer.score("x", g, wrong, "").dates());
    }

    @Test
    void canonicalNamesDropArticleHyphensAndFollowAliases() {
        CanonicalNames n = aliases();
        assertTrue(n.same("Al-Hasakah", "hasakah"));
        assertTrue(n.same("ISIS", "Daesh"));
        assertTrue(n.same(null, null));
        assertTrue(!n.same("ISIS", null));
    }

    private static CanonicalNames aliases() {
        try {
            Path p = Files.createTempFile("aliases", ".json");
            Files.writeString(p, "{\"ISIS\":[\"Islamic State\",\"Daesh\"],\"Al-Hasakah\":[\"Hasakah\"]}");
            return CanonicalNames.load(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Gold used as system output scores 1.0 on every dev file; a damaged copy scores less. */
    @Test
    void goldAsOutputIsPerfectAndDamageIsPenalized() {
        Path goldDir = SharedData.resolve("gold/dev");
        Scorer s = new Scorer(CanonicalNames.load(SharedData.resolve("gold/aliases.json")));
        Evaluation.Report perfect = Evaluation.run(goldDir, d -> gold(goldDir, d.id()), s);
        FileScore t = perfect.total();
        assertEquals(1.0, t.entities().f1(), 1e-9);
        assertEquals(1.0, t.events().f1(), 1e-9);
        assertEquals(1.0, t.claims().f1(), 1e-9);
        assertEquals(1.0, t.dates().value(), 1e-9);
        assertEquals(1.0, t.places().value(), 1e-9);
        assertEquals(1.0, t.actor().value(), 1e-9);
        Evaluation.Report damaged = Evaluation.run(goldDir, d -> damage(gold(goldDir, d.id())), s);
        FileScore u = damaged.total();
        assertTrue(u.events().f1() < 0.9, "events " + u.events());
        assertTrue(u.entities().f1() < 1.0);
        assertTrue(u.claims().f1() < 1.0);
        assertTrue(u.dates().value() < 1.0);
        assertTrue(u.actor().value() < 1.0);
    }

    private static JsonNode gold(Path dir, String id) {
        return Evaluation.readJson(dir.resolve(id + ".gold.json"));
    }

    /** Drops the first entity, claim and date; shifts every event a year; renames actors. */
    private static JsonNode damage(JsonNode g) {
        ObjectNode o = g.deepCopy();
        for (String f : new String[] {"entities", "claims", "dates"}) {
            ArrayNode a = (ArrayNode) o.get(f);
            if (a.size() > 0) {
                a.remove(0);
            }
        }
        for (JsonNode e : o.get("events")) {
            ObjectNode ev = (ObjectNode) e;
            ev.put("actor", "Somebody else");
            if (ev.hasNonNull("date")) {
                ObjectNode d = (ObjectNode) ev.get("date");
                d.put("start", "1990-01-01");
                d.put("end", "1990-01-02");
            }
        }
        return o;
    }
}
