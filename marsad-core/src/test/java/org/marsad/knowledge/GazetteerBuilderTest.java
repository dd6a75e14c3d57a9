package org.marsad.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule of {@link GazetteerBuilder}. */
class GazetteerBuilderTest {
    private static String row(long id, String ascii, String alternates, double lat, double lon, String fcode, String cc,
                              String admin1, long pop) {
        return id + "\t" + ascii + "\t" + ascii + "\t" + alternates + "\t" + lat + "\t" + lon + "\tP\t" + fcode + "\t" + cc
                + "\t\t" + admin1 + "\t\t\t\t" + pop + "\t\t0\tAsia/Baghdad\t2020-01-01";
    }

    @Test
    void rule1ArabicNamesOnly() {
        assertEquals(List.of("الموصل"), GazetteerBuilder.arabicNames("Mosul,الموصل,Мосул"));
        assertEquals(List.of(), GazetteerBuilder.arabicNames("چابهار"), "Persian letter: not an Arabic name");
        assertNull(GazetteerBuilder.clean("Abu Ghraib - أبو غريب"), "mixed scripts: not a clean Arabic name");
    }

    @Test
    void rule2DiacriticsRemovedAndFoldedDuplicatesDropped() {
        assertEquals("داريا", GazetteerBuilder.clean("داريّا"));
        assertEquals(List.of("أريحا"), GazetteerBuilder.arabicNames("أريحا,اريحا"));
        assertNull(GazetteerBuilder.clean("ب"), "one letter is not a name");
    }

    @Test
    void rule3DesignatorPrefixedNamesDropped() {
        assertEquals(List.of("إدلب"), GazetteerBuilder.arabicNames("إدلب,محافظة إدلب"));
        assertEquals(List.of("تلكيف"), GazetteerBuilder.arabicNames("تلكيف,قضاء تلكيف"));
    }

    @Test
    void rule5EnglishNameJoinsTheArticle() {
        assertEquals("Al-Bab", GazetteerBuilder.englishName("Al Bab"));
        assertEquals("Ma'arratmisrin", GazetteerBuilder.englishName("Ma`arratmisrin"));
        assertEquals("Mosul", GazetteerBuilder.englishName("Mosul"));
    }

    @Test
    void rules4to7BuildsSortedRowsWithParents(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("cities500.txt");
        Files.write(in, List.of(
                row(99072, "Mosul", "Mosul,الموصل", 36.335, 43.11889, "PPLA", "IQ", "15", 1683000),
                row(99071, "Al Mawsil al Jadidah", "الموصل الجديدة", 36.33, 43.10, "PPLX", "IQ", "15", 1000),
                row(2643743, "London", "London", 51.5, -0.12, "PPLC", "GB", "ENG", 8961989)),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out/geonames-ar.tsv.gz");
        GazetteerBuilder.Stats s = GazetteerBuilder.build(in, out);
        assertEquals(3, s.rows());
        assertEquals(2, s.written(), "London has no Arabic name");
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(out)),
                StandardCharsets.UTF_8))) {
            lines = r.lines().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
        }
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("99071\tAl-Mawsil al Jadidah\tالموصل الجديدة\t36.33\t43.1\tPPLX\tIQ\t15\t1000\tgn:99072"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("99072\tMosul\tالموصل\t"), lines.get(1));
    }

    @Test
    void malformedRowNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("cities500.txt");
        Files.write(in, List.of("123\tbroken"), StandardCharsets.UTF_8);
        KnowledgeException e = assertThrows(KnowledgeException.class,
                () -> GazetteerBuilder.build(in, dir.resolve("x.gz")));
        assertTrue(e.getMessage().contains("cities500.txt:1"), e.getMessage());
    }
}
