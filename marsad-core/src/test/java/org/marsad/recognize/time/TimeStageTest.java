package org.marsad.recognize.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.document.Layers;
import org.marsad.document.TimeExpression;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.number.CasualtyStage;
import org.marsad.recognize.number.QuantityStage;
import org.marsad.text.TextStage;

class TimeStageTest {
    @Test
    void declaresItsLayers() {
        TimeStage s = TimeStage.standard();
        assertTrue(s.requires().containsAll(List.of(Layers.NORMALIZED, Layers.TOKENS, Layers.SENTENCES, Layers.STRUCTURE)));
        assertEquals(java.util.Set.of(Layers.TIMES), s.provides());
    }

    @Test
    void thePipelineRejectsStagesOutOfOrder() {
        assertThrows(IllegalStateException.class, () -> Pipeline.builder().add(LayoutStage.standard())
                .add(new TextStage()).add(QuantityStage.standard()).add(TimeStage.standard()).build());
        assertThrows(IllegalStateException.class, () -> Pipeline.builder().add(LayoutStage.standard())
                .add(new TextStage()).add(CasualtyStage.standard()).build());
        Pipeline.builder().add(LayoutStage.standard()).add(new TextStage()).add(TimeStage.standard())
                .add(QuantityStage.standard()).add(CasualtyStage.standard()).build();
    }

    @Test
    void findsDatesInTitlesAndRelatedLinksToo() {
        String text = "هجوم على سجن الحسكة أمس\nقال المتحدث إن الوضع هادئ اليوم.\nللمزيد: ما حدث في مارس 2019 في الباغوز\n";
        List<TimeExpression> times = TimeForms.times(text, LocalDate.of(2020, 3, 30));
        assertEquals(List.of("أمس", "اليوم", "مارس 2019"), times.stream().map(TimeExpression::text).toList());
    }

    @Test
    void neverJoinsWordsAcrossSentences() {
        List<TimeExpression> times = TimeForms.times("وصل الوفد في 12.\nمارس الضغط على الحكومة.", LocalDate.of(2015, 7, 22));
        assertEquals(List.of(), times);
    }
}
