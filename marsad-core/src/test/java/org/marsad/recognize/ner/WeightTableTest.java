package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightTableTest {
    private static WeightTable table() {
        long[] f = {WeightTable.hash(WeightTable.OFFSET, "w=بغداد"), WeightTable.hash(WeightTable.OFFSET, "ss-=في|غداد")};
        float[] w = {1.5f, 0, -0.5f, 0, 2, 0};
        return new WeightTable(f, w, 3);
    }

    @Test
    void hashingPartsEqualsHashingTheJoinedString() {
        assertEquals(WeightTable.hash(WeightTable.OFFSET, "w=بغداد"), WeightTable.hash("w=", "بغداد"));
        assertEquals(WeightTable.hash(WeightTable.OFFSET, "pos=PERS-start|بوش"), WeightTable.hash("pos=", "PERS-start", "بوش"));
    }

    @Test
    void sinksOfStringsAndOfWeightsAgree() {
        double[] scores = new double[3];
        FeatureSink weights = table().scorer(scores);
        List<String> strings = new ArrayList<>();
        FeatureSink text = FeatureSink.strings(strings);
        for (FeatureSink s : List.of(weights, text)) {
            s.add("w=", "بغداد");
            s.add("ss-=", "في", "غداد");
            s.add("w=", "unknown");
        }
        assertEquals(List.of("w=بغداد", "ss-=في|غداد", "w=unknown"), strings);
        assertArrayEquals(new double[] {1.5, 2, -0.5}, scores, 1e-6);
    }

    @Test
    void writtenTableReadsBackAsItsQuantizedSelf() throws Exception {
        WeightTable t = table();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        t.write(new DataOutputStream(bytes));
        WeightTable back = WeightTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        double[] a = new double[3];
        double[] b = new double[3];
        long h = WeightTable.hash("w=", "بغداد");
        back.add(h, a);
        t.quantized().add(h, b);
        assertArrayEquals(b, a, 0);
        assertArrayEquals(new double[] {1.5, 0, -0.5}, a, 2.0 / Short.MAX_VALUE);
    }

    @Test
    void aFeatureListedTwiceIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new WeightTable(new long[] {5, 5}, new float[2], 1));
        assertThrows(IllegalArgumentException.class, () -> new WeightTable(new long[] {5}, new float[2], 1));
    }

    @Test
    void theMeanOfTablesAveragesEveryFeature() {
        WeightTable a = new WeightTable(new long[] {1, 2}, new float[] {2, 4, 6, 8}, 2);
        WeightTable b = new WeightTable(new long[] {2, 3}, new float[] {2, 0, 10, 10}, 2);
        WeightTable m = WeightTable.mean(List.of(a, b));
        assertEquals(3, m.size());
        double[] s = new double[2];
        m.add(1, s);
        assertArrayEquals(new double[] {1, 2}, s, 1e-6);
        s = new double[2];
        m.add(2, s);
        assertArrayEquals(new double[] {4, 4}, s, 1e-6);
        s = new double[2];
        m.add(3, s);
        assertArrayEquals(new double[] {5, 5}, s, 1e-6);
    }
}
