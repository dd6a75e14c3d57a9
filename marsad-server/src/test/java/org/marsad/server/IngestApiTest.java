package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/ingest}, on a server of its own (it changes the store the other API tests read). */
class IngestApiTest {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer(dir, false, List.of());
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return ApiTest.json(r);
    }

    static String enc(String s) {
        return ApiTest.enc(s);
    }

    @Test
    void ingestNeedsTheTokenAndIsIdempotent() throws Exception {
        String body = "{\"id\":\"api-1\",\"title\":\"اعتقالات في عدن\",\"text\":\"اعتقلت قوات الأمن في عدن خمسة أشخاص.\","
                + "\"published\":\"2021-05-02\",\"source\":\"api-test\"}";
        assertEquals(401, t.post("/api/ingest", body, null).statusCode());
        assertEquals(401, t.post("/api/ingest", body, "wrong").statusCode());
        HttpResponse<String> ok = t.post("/api/ingest", body, TestServer.TOKEN);
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(1, json(ok).get("ingested").asInt());
        JsonNode again = json(t.post("/api/ingest", body, TestServer.TOKEN));
        assertEquals(0, again.get("ingested").asInt());
        assertEquals(1, again.get("duplicates").asInt());
        JsonNode found = json(t.get("/api/search?q=" + enc("عدن") + "&kind=article"));
        assertEquals(1, found.get("total").asInt(), "indexed at once");
        assertEquals("api-1", found.get("hits").get(0).get("article").asText());
        HttpResponse<String> bad = t.post("/api/ingest", "{not json", TestServer.TOKEN);
        assertEquals(400, bad.statusCode());
        JsonNode partial = json(t.post("/api/ingest", "[{\"title\":\"بلا نص\"}]", TestServer.TOKEN));
        assertEquals(1, partial.get("failed").asInt());
        assertTrue(partial.get("failures").get(0).get("reason").asText().contains("no text"));
    }

}
