package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;

/**
 * A happening the text dates more than {@link EventDraft#BACKGROUND_DAYS} days before the
 * article's publication is background to the story; one of the last weeks, or dated by the
 * publication day only, is not.
 */
class BackgroundTest {
    private static final String PUBLISHED = "2015-08-10";

    @Test
    void aBattleOfLastYearIsBackground() {
        assertEquals(List.of(true), background("وقتل 10 مسلحين في اشتباكات مع القوات الحكومية في مدينة إدلب عام 2014."));
        assertEquals(List.of(true), background("وكانت قوات المعارضة قد سيطرت على مدينة إدلب في مارس (آذار) الماضي."));
    }

    @Test
    void aBattleOfThisMonthOrOfNoTextDateIsNews() {
        assertEquals(List.of(false), background("وقتل 10 مسلحين في اشتباكات مع القوات الحكومية في مدينة إدلب أمس."));
        assertEquals(List.of(false), background("وقتل 10 مسلحين في اشتباكات مع القوات الحكومية في مدينة إدلب يوم 20 يوليو (تموز) الماضي."));
        assertEquals(List.of(false), background("وقتل 10 مسلحين في اشتباكات مع القوات الحكومية في مدينة إدلب."));
    }

    private static List<Boolean> background(String sentence) {
        Document d = Marsad.standard().process(Document.of("t", "عنوان\n\n" + sentence,
                Metadata.EMPTY.withPublished(java.time.LocalDate.parse(PUBLISHED))));
        return d.get(Layers.EVENTS).stream().filter(e -> !e.type().name().equals("KILLING")).map(Event::background).toList();
    }
}
