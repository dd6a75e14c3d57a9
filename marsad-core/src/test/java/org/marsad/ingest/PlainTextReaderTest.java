package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.marsad.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTextAndSidecar() throws Exception {
        Path f = dir.resolve("a1.txt");
        Files.writeString(f, "\uFEFFعنوان\nنص.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a1.meta.json"),
                "{\"published\":\"2020-03-30\",\"url\":\"http://x\",\"source\":\"s\",\"title\":\"t\"}");
        Document d = PlainTextReader.read(f);
        assertEquals("a1", d.id());
        assertEquals("عنوان\nنص.", d.text());
        assertEquals(LocalDate.of(2020, 3, 30), d.metadata().published().orElseThrow());
        assertEquals("http://x", d.metadata().url().orElseThrow());
    }

    @Test
    void missingFileIsNamed() {
        InputException e = assertThrows(InputException.class, () -> PlainTextReader.read(dir.resolve("nope.txt")));
        assertTrue(e.getMessage().contains("nope.txt") && e.getMessage().contains("no such file"));
    }

    @Test
    void nonUtf8IsRejectedWithTheFileName() throws Exception {
        Path f = dir.resolve("latin.txt");
        Files.write(f, new byte[] {(byte) 0xE9, (byte) 0x74, (byte) 0xE9});
        InputException e = assertThrows(InputException.class, () -> PlainTextReader.read(f));
        assertTrue(e.getMessage().contains("latin.txt") && e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void emptyTextIsRejected() throws Exception {
        Path f = dir.resolve("empty.txt");
        Files.writeString(f, "  \n ");
        InputException e = assertThrows(InputException.class, () -> PlainTextReader.read(f));
        assertTrue(e.getMessage().contains("empty text"));
    }

    @Test
    void badSidecarDateIsNamed() throws Exception {
        Path f = dir.resolve("b.txt");
        Files.writeString(f, "نص.");
        Files.writeString(dir.resolve("b.meta.json"), "{\"published\":\"yesterday\"}");
        InputException e = assertThrows(InputException.class, () -> PlainTextReader.read(f));
        assertTrue(e.getMessage().contains("b.meta.json") && e.getMessage().contains("yesterday"), e.getMessage());
    }
}
