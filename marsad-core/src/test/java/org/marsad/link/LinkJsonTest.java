package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class LinkJsonTest {
    @Test
    void clustersThreadsAndDuplicatesOfTheDevSet() {
        ObjectNode o = LinkJson.write(DevSet.link(DevSet.goldArticles()), true);
        assertEquals("1", o.get("schema").asText());
        assertEquals(DevSet.texts().size(), o.get("articles").asInt());
        JsonNode riot = null;
        for (JsonNode c : o.get("clusters")) {
            if (c.get("type").asText().equals("RIOT")) {
                riot = c;
            }
        }
        assertEquals("Ghwayran prison", riot.get("facility").asText());
        assertEquals("2020-03-29", riot.get("date").get("start").asText());
        assertEquals(6, riot.get("num_articles").asInt(), "five reports and one copy");
        assertEquals(5, riot.get("num_sources").asInt(), "dev-aljisr reported it in 2020 and recalled it in 2022");
        assertEquals("2020-03-30", riot.get("first_reported").asText());
        assertEquals("2022-01-21", riot.get("last_reported").asText(), "recalled as background in 2022");
        assertEquals(5, riot.get("reports").size());
        assertEquals("hasakah-2020-a", riot.get("copies").get(0).get("copy_of").asText());
        assertEquals("date", riot.get("disagreements").get(0).get("field").asText());
        assertTrue(riot.get("thread").isTextual());
        JsonNode t = o.get("threads").get(0);
        assertTrue(t.get("timeline").size() >= 2);
        assertEquals(2, o.get("near_duplicates").size());
        JsonNode lean = LinkJson.write(DevSet.link(DevSet.goldArticles()), false).get("clusters").get(0);
        assertTrue(!lean.has("reports") && !lean.has("copies"));
    }
}
