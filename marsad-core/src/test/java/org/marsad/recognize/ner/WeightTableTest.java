package org.marsad.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class WeightTableTest {
    @Test
    void hashingPartsEqualsHashingTheJoinedString() {
        assertEquals(WeightTable.hash(WeightTable.OFFSET, "w=بغداد"), WeightTable.hash("w=", "بغداد"));
        assertEquals(WeightTable.hash(WeightTable.OFFSET, "pos=PERS-start|بوش"), WeightTable.hash("pos=", "PERS-start", "بوش"));
    }

    @Test
    void sinksOfStringsAndOfWeightsAgree() {
        Map<String, Context> predicates = new LinkedHashMap<>();
        predicates.put("w=بغداد", new Context(new int[] {0, 2}, new double[] {1.5, -0.5}));
        predicates.put("ss-=في|غداد", new Context(new int[] {1}, new double[] {2}));
        WeightTable table = new WeightTable(predicates, 3);
        double[] scores = new double[3];
        FeatureSink weights = table.scorer(scores);
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
}
