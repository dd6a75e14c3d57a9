package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.knowledge.KnowledgeException;

/** A bad flag in the modality cues is refused with the file, the line and the problem. */
class ModalityCuesTest {
    @Test
    void anUnknownFlagIsRefused(@TempDir Path dir) throws IOException {
        refused(dir, "دون\tdenied\tbefore\tnoun\n", "bad-cues.tsv:2", "unknown flag 'noun'");
    }

    @Test
    void theNounsFlagIsForDeniedCuesOnly(@TempDir Path dir) throws IOException {
        refused(dir, "سوف\tplanned\tbefore\tnouns\n", "bad-cues.tsv:2", "for denied cues");
    }

    private static void refused(Path dir, String line, String where, String what) throws IOException {
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/bad-cues.tsv"), "لم\tdenied\tbefore\n" + line);
        String before = System.getProperty("marsad.knowledge");
        System.setProperty("marsad.knowledge", dir.toString());
        try {
            KnowledgeException e = assertThrows(KnowledgeException.class, () -> ModalityCues.load("events/bad-cues.tsv"));
            assertTrue(e.getMessage().contains(where), e.getMessage());
            assertTrue(e.getMessage().contains(what), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("marsad.knowledge");
            } else {
                System.setProperty("marsad.knowledge", before);
            }
        }
    }
}
