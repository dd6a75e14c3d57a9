package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.output.JsonOutput;
import org.marsad.store.Annotated;

/** Articles stored by someone else (another process's ingest) become searchable by themselves. */
class ServerSyncTest {
    @TempDir
    Path dir;

    @Test
    void theIndexCatchesUpWithTheStore() throws Exception {
        try (TestServer t = new TestServer(dir, false, List.of(), 1)) {
            String q = "/api/search?q=" + URLEncoder.encode("بنغازي", StandardCharsets.UTF_8);
            assertEquals(0, JsonOutput.mapper().readTree(t.get(q).body()).get("total").asInt());
            t.store.save(List.of(Annotated.article("benghazi", "اشتباكات في بنغازي\n\nاندلعت اشتباكات في بنغازي.",
                    LocalDate.of(2014, 5, 16), "elsewhere").processed("other-process")));
            long deadline = System.currentTimeMillis() + 10_000;
            int total = 0;
            while (total == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                total = JsonOutput.mapper().readTree(t.get(q).body()).get("total").asInt();
            }
            assertEquals(1, total);
            assertTrue(t.index.lastSeq() == t.store.lastSeq());
        }
    }
}
