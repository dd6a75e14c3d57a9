package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.knowledge.Place;
import org.marsad.knowledge.PlaceKind;

/**
 * Fixed phrases in which a trigger word names no happening (the blocking entries of
 * {@code events/triggers.tsv}): each sentence names a place, so the trigger would otherwise make
 * an event there.
 */
class FiguresOfSpeechTest {
    static final Place IDLIB = Fixture.place("idlib", "Idlib", PlaceKind.CITY, "SY", 35.93, 36.63);

    record Case(String form, String sentence, String type) {
        @Override
        public String toString() {
            return form;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("high-explosive", "وسقطت على مدينة إدلب صواريخ شديدة الانفجار أمس.", "BOMBING"),
                new Case("high-explosive, masculine", "وأطلق على إدلب صاروخ شديد الانفجار.", "BOMBING"),
                new Case("dropping a surprise", "وفجّر المحامي مفاجأة في إدلب بالكشف عن الوثائق.", "BOMBING"),
                new Case("dropping a surprise, feminine", "وفجرت الصحيفة مفاجأة في إدلب حين نشرت الوثائق.", "BOMBING"),
                new Case("asking not to be named", "وقال مسؤول أمني في إدلب، طالبا عدم الإشارة إلى اسمه، إن الوضع هادئ.", "DEMAND"),
                new Case("asking not to be named, feminine", "وقالت ناشطة في إدلب، طالبة عدم ذكر اسمها، إن الطريق مفتوح.", "DEMAND"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void makesNoEvent(Case k) {
        Document d = new Fixture("عنوان\n" + k.sentence(), java.time.LocalDate.parse("2015-08-10"))
                .place("إدلب", IDLIB).run();
        List<Event> ev = d.get(Layers.EVENTS);
        assertTrue(ev.stream().noneMatch(e -> e.type().name().equals(k.type())), ev.toString());
    }
}
