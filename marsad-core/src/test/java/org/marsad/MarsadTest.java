package org.marsad;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class MarsadTest {
    @Test
    void aPreloadAndCallersOnSeveralThreadsShareOneStandardPipeline() throws Exception {
        Marsad.preload();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Marsad>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(CompletableFuture.supplyAsync(Marsad::standard, pool));
            }
            Marsad.preload(); // a second preload starts nothing new
            Marsad here = Marsad.standard();
            for (CompletableFuture<Marsad> c : calls) {
                assertSame(here, c.get());
            }
            assertSame(here.pipeline(), Marsad.standard().pipeline());
        } finally {
            pool.shutdown();
        }
    }
}
