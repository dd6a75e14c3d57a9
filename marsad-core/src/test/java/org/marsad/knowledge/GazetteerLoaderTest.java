package org.marsad.knowledge;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad curated data gives an error that names the file and the line. */
class GazetteerLoaderTest {
    private static KnowledgeException loadWith(Path dir, String file, String content) throws Exception {
        Path places = dir.resolve("places");
        Files.createDirectories(places);
        Files.writeString(places.resolve(file), content, StandardCharsets.UTF_8);
        String before = System.getProperty("marsad.knowledge");
        System.setProperty("marsad.knowledge", dir.toString());
        try {
            return assertThrows(KnowledgeException.class, Gazetteer::load);
        } finally {
            if (before == null) {
                System.clearProperty("marsad.knowledge");
            } else {
                System.setProperty("marsad.knowledge", before);
            }
        }
    }

    @Test
    void unknownCountryInARegion(@TempDir Path dir) throws Exception {
        KnowledgeException e = loadWith(dir, "regions.tsv",
                "# header\nmr:ZZ:x\tREGION\tNowhere\tZZ\t1\t2\t\tمكان\tnote\n");
        assertTrue(e.getMessage().contains("regions.tsv:2") && e.getMessage().contains("unknown country ZZ"),
                e.getMessage());
    }

    @Test
    void badCoordinate(@TempDir Path dir) throws Exception {
        KnowledgeException e = loadWith(dir, "facilities.tsv",
                "mr:SY:x\tFACILITY\tX prison\tSY\tnorth\t40\t\tسجن إكس\tnote\n");
        assertTrue(e.getMessage().contains("facilities.tsv:1") && e.getMessage().contains("bad number"), e.getMessage());
    }

    @Test
    void unknownKind(@TempDir Path dir) throws Exception {
        KnowledgeException e = loadWith(dir, "localities.tsv",
                "mr:SY:x\tVILLAGE\tX\tSY\t35\t40\t\tإكس\tnote\n");
        assertTrue(e.getMessage().contains("localities.tsv:1") && e.getMessage().contains("unknown place kind"),
                e.getMessage());
    }

    @Test
    void overrideOfAMissingGeoNamesEntry(@TempDir Path dir) throws Exception {
        KnowledgeException e = loadWith(dir, "geonames-overrides.tsv", "gn:1\tname\tNowhere\n");
        assertTrue(e.getMessage().contains("geonames-overrides.tsv:1"), e.getMessage());
    }
}
