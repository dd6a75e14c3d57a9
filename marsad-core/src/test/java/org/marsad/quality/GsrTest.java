package org.marsad.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.eval.GsrEvaluation;
import org.marsad.testing.SharedData;

/** Sentence-level detection on UniversalPetrarch's Arabic GSR sentences, pinned under docs/QUALITY.md's figures. */
class GsrTest {
    @Test
    void bothFamiliesAreDetected() {
        List<GsrEvaluation.GsrSentence> all = new ArrayList<>();
        all.addAll(GsrEvaluation.read(SharedData.resolve("data/universalpetrarch_arabic/arabic_assault_gsr_validation.xml")));
        all.addAll(GsrEvaluation.read(SharedData.resolve("data/universalpetrarch_arabic/arabic_protest_gsr_validation.xml")));
        assertTrue(all.size() == 645, "sentences read: " + all.size());
        for (GsrEvaluation.FamilyScore f : GsrEvaluation.run(all, Marsad.standard()::process)) {
            double floor = f.family().equals("assault") ? 0.85 : 0.93;
            assertTrue(f.detection().f1() >= floor, f.family() + " " + f.detection());
        }
    }
}
