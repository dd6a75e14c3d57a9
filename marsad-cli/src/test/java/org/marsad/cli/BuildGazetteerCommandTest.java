package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildGazetteerCommandTest {
    @Test
    void buildsTheResourceFromCities500(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("cities500.txt");
        Files.write(in, List.of("99072\tMosul\tMosul\tMosul,الموصل\t36.335\t43.11889\tP\tPPLA\tIQ\t\t15\t\t\t\t1683000\t\t223\tAsia/Baghdad\t2020-01-01"),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("geonames-ar.tsv.gz");
        assertEquals(0, Main.run("build-gazetteer", "--cities500", in.toString(), "-o", out.toString()));
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void missingInputFails(@TempDir Path dir) {
        assertNotEquals(0, Main.run("build-gazetteer", "--cities500", dir.resolve("none.txt").toString(),
                "-o", dir.resolve("x.gz").toString()));
    }
}
