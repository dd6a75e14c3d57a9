package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.spark.ReadPlan.Piece;
import org.marsad.spark.SparkInputs.InputFile;
import org.marsad.spark.SparkInputs.Kind;

class ReadPlanTest {
    private static List<Piece> flat(List<List<Piece>> slices) {
        List<Piece> out = new ArrayList<>();
        slices.forEach(out::addAll);
        return out;
    }

    @Test
    void aBigJsonFileIsCutIntoByteRangesThatCoverIt() {
        InputFile f = new InputFile("a.json", Kind.JSON, null, 2_000_000);
        List<List<Piece>> slices = ReadPlan.slices(List.of(f), 8);
        assertEquals(8, slices.size());
        List<Piece> p = flat(slices);
        assertEquals(0, p.get(0).from());
        assertEquals(Long.MAX_VALUE, p.get(p.size() - 1).to());
        for (int i = 1; i < p.size(); i++) {
            assertEquals(p.get(i - 1).to(), p.get(i).from(), "contiguous ranges");
        }
        // no more ranges than the cap, none smaller than the floor
        assertEquals(ReadPlan.MAX_RANGES, flat(ReadPlan.slices(List.of(f), 100)).size());
        assertEquals(1, flat(ReadPlan.slices(List.of(new InputFile("s.json", Kind.JSON, null, 50_000)), 8)).size());
        assertEquals(2, flat(ReadPlan.slices(List.of(new InputFile("s.json", Kind.JSON, null, 140_000)), 8)).size());
    }

    @Test
    void filesAreGroupedInOrderBySize() {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            files.add(new InputFile(String.format("t%03d.txt", i), Kind.TEXT, null, i < 50 ? 1000 : 3000));
        }
        files.add(new InputFile("z.warc.gz", Kind.WARC, null, 5_000_000));
        List<List<Piece>> slices = ReadPlan.slices(files, 4);
        List<Piece> p = flat(slices);
        assertEquals(files, p.stream().map(Piece::file).toList(), "every file once, in order");
        assertTrue(p.stream().allMatch(Piece::whole), "only JSON is cut");
        assertTrue(slices.size() >= 2 && slices.size() <= 4, slices.size() + " slices");
        assertEquals(List.of(files.get(100)).size(), slices.get(slices.size() - 1).size(), "the big file alone");
        List<List<Piece>> texts = ReadPlan.slices(files.subList(0, 100), 4);
        assertEquals(4, texts.size());
        // by bytes, not by count: the first 50 files weigh a third as much as the next 50
        assertTrue(texts.get(0).size() > texts.get(3).size(), texts.get(0).size() + " vs " + texts.get(3).size());
        assertThrows(IllegalArgumentException.class, () -> ReadPlan.slices(files, 0));
    }
}
