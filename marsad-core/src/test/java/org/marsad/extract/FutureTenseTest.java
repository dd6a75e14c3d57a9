package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.Modality;
import org.marsad.knowledge.TriggerLexicon;
import org.marsad.text.ArabicNormalizer;

/**
 * An announced happening («ستستهدف»، «سوف ينسحب») is planned, and one set as a condition («ما لم يتم
 * إطلاق سراح») hypothetical: neither is asserted.
 */
class FutureTenseTest {
    @Test
    void theFutureFormsOfAVerbEntry() {
        TriggerLexicon.Entry seize = entry("سيطر/يسيطر");
        assertTrue(TriggerLexicon.future(seize, fold("سيسيطر")));
        assertTrue(TriggerLexicon.future(seize, fold("ستسيطر")));
        assertFalse(TriggerLexicon.future(seize, fold("سيطرت"))); // the perfect's own letters
        assertFalse(TriggerLexicon.future(seize, fold("يسيطر")));
        TriggerLexicon.Entry hit = entry("قصف/يقصف");
        assertTrue(TriggerLexicon.future(hit, fold("سيقصفون")));
        assertFalse(TriggerLexicon.future(hit, fold("قصفوا")));
    }

    @Test
    void anAnnouncedAttackIsPlannedAndTheSameAttackDoneIsAsserted() {
        assertEquals(List.of(Modality.PLANNED), modalities("وقال المسؤول إن القوات ستهاجم مواقع التنظيم في مدينة إدلب.", "ATTACK"));
        assertEquals(List.of(Modality.REPORTED), modalities("وقال المسؤول إن القوات هاجمت مواقع التنظيم في مدينة إدلب أمس.", "ATTACK"));
    }

    @Test
    void sawfaMakesAWithdrawalPlanned() {
        assertEquals(List.of(Modality.PLANNED), modalities("وأضاف أن التنظيم سوف ينسحب من مدينة إدلب.", "WITHDRAW"));
    }

    @Test
    void anUnlessClauseIsHypothetical() {
        // a passage of a SaudiNewsNet article (shortened), and the same release told as done
        assertEquals(List.of(Modality.HYPOTHETICAL), modalities("ويهدد التنظيم بإعدامه ما لم يتم إطلاق سراح نساء "
                + "معتقلات في مصر.", "RELEASE"));
        assertEquals(List.of(Modality.ASSERTED), modalities("وتم إطلاق سراح نساء معتقلات في مصر أمس.", "RELEASE"));
    }

    @Test
    void aSeizureIsNoFuture() {
        assertEquals(List.of(Modality.ASSERTED), modalities("وسيطرت القوات الكردية على مدينة إدلب أمس.", "SEIZE_TERRITORY"));
    }

    private static List<Modality> modalities(String sentence, String type) {
        Document d = Marsad.standard().process(Document.of("t", "عنوان\n\n" + sentence,
                Metadata.EMPTY.withPublished(java.time.LocalDate.parse("2015-08-10"))));
        List<Event> ev = new ArrayList<>(d.get(Layers.EVENTS));
        ev.addAll(d.get(Layers.UNLOCATED_EVENTS));
        return ev.stream().filter(e -> e.type().name().equals(type)).map(Event::modality).toList();
    }

    private static TriggerLexicon.Entry entry(String forms) {
        return new TriggerLexicon.Entry(forms.split("/")[0], java.util.Optional.empty(), TriggerLexicon.Kind.VERB,
                java.util.Set.of(), java.util.Optional.empty(), java.util.Optional.empty());
    }

    private static String fold(String s) {
        return ArabicNormalizer.fold(s);
    }
}
