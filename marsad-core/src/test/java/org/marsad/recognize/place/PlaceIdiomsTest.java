package org.marsad.recognize.place;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.knowledge.KnowledgeException;

/** A bad idioms file is refused with the file, the line and the problem. */
class PlaceIdiomsTest {
    @Test
    void aOneWordIdiomIsRefusedNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("places"));
        Files.writeString(dir.resolve("places/bad-idioms.txt"), "# comment\nمسقط رأس\nمسقط\n");
        String before = System.getProperty("marsad.knowledge");
        System.setProperty("marsad.knowledge", dir.toString());
        try {
            KnowledgeException e = assertThrows(KnowledgeException.class, () -> PlaceIdioms.load("places/bad-idioms.txt"));
            assertTrue(e.getMessage().contains("places/bad-idioms.txt:3"), e.getMessage());
            assertTrue(e.getMessage().contains("two words"), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("marsad.knowledge");
            } else {
                System.setProperty("marsad.knowledge", before);
            }
        }
    }
}
