package org.marsad.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.document.Casualty;
import org.marsad.document.Casualty.Kind;
import org.marsad.document.Layers;

/**
 * One case per casualty form of issue 6: the text and every casualty expected, as
 * "KIND count|vague [update]".
 */
class CasualtyStageTest {
    record Case(String form, String text, List<String> expected) {
        @Override
        public String toString() {
            return form;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
            new Case("singular victim", "ما أسفر عن مقتل شرطي أحد حراس السجن.", List.of("KILLED 1")),
            new Case("vague injured", "مع وقوع عدد من الجرحى.", List.of("INJURED several")),
            new Case("toll update", "أعلنت الوزارة ارتفاع حصيلة القتلى إلى 27.", List.of("KILLED 27 update")),
            new Case("toll update with noun", "وارتفعت حصيلة ضحايا التفجير إلى 32 قتيلا.", List.of("KILLED 32 update")),
            new Case("count before noun, at least", "وسقط 20 قتيلا على الأقل في البلدة.", List.of("KILLED 20")),
            new Case("subset is not a second toll", "كما سقط 6 قتلى بينهم 4 أطفال في بلدة دارة عزة.", List.of("KILLED 6")),
            new Case("killed and injured together", "هجوم أودى بحياة 32 شخصًا ومائة جريح.", List.of("KILLED 32", "INJURED 100")),
            new Case("count after trigger", "أعلنت الخلية عن مقتل 49 مسلحا من التنظيم.", List.of("KILLED 49")),
            new Case("frame with vague count", "لقي عدد من عناصر تنظيم داعش الإرهابي مصرعهم.", List.of("KILLED several")),
            new Case("frame with dual noun", "لقي شخصان مصرعهما وأصيب 15 آخرون بجروح.", List.of("KILLED 2", "INJURED 15")),
            new Case("frame after its victim", "وأفاد مصدر أن شخصًا لقي مصرعه بانفجار عبوة.", List.of("KILLED 1")),
            new Case("indefinite singular body is one", "عثرت الشرطة على جثة رجل مجهول الهوية.", List.of("KILLED 1")),
            new Case("definite body refers back", "ونقلت الجثة إلى المستشفى.", List.of()),
            new Case("count then verb", "قال المرصد إن 31 شخصًا قتلوا حين سقطت الطائرة.", List.of("KILLED 31")),
            new Case("vague count then verb", "وأفاد المرصد بأن العشرات أصيبوا.", List.of("INJURED tens")),
            new Case("approximate count", "قتل أكثر من 30 مسلحا من التنظيم.", List.of("KILLED 30")),
            new Case("words between verb and count", "قتل خلال اليومين الماضيين أكثر من 30 مسلحا.", List.of("KILLED 30")),
            new Case("number word after dual-looking noun", "ما أدى إلى مقتل ضابط صف واصابة عسكريين اثنين بجروح.", List.of("KILLED 1", "INJURED 2")),
            new Case("shared victims of two verbs", "استشهد وجرح عشرات الاشخاص جراء الغارات.", List.of("KILLED tens", "INJURED tens")),
            new Case("joined counts", "سجل مقتل 34 عنصرا من حزب الله و17 من قوات النظام، بالإضافة إلى عنصرين من الحرس الثوري.",
                    List.of("KILLED 34", "KILLED 17", "KILLED 2")),
            new Case("partitive after count", "إن 7 عناصر من التنظيم قتلوا وجرح أربعة منهم.", List.of("KILLED 7", "INJURED 4")),
            new Case("mixed total gives nothing", "17 قتيلا وجريحًا بحوادث عنف منفصلة.", List.of()),
            new Case("not a person count", "سقط على المدينة 470 برميلا متفجرا.", List.of()),
            new Case("percentage is no toll", "أسفر القصف عن مقتل 90% من السكان.", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsEachForm(Case k) {
        List<Casualty> cs = Pipelines.run(k.text()).get(Layers.CASUALTIES);
        List<String> got = cs.stream().map(CasualtyStageTest::describe).toList();
        assertEquals(k.expected(), got, () -> "in «" + k.text() + "»: " + cs);
        for (Casualty c : cs) {
            assertEquals(k.text().substring(c.begin(), c.end()), c.text());
        }
    }

    static String describe(Casualty c) {
        String n = c.count().isPresent() ? String.valueOf(c.count().getAsLong()) : c.vague().orElse("?");
        return c.kind() + " " + n + (c.update() ? " update" : "");
    }

    @Test
    void keepsTheVictimWords() {
        Casualty c = Pipelines.run("أعلنت الخلية عن مقتل 49 مسلحا من تنظيم داعش.").get(Layers.CASUALTIES).get(0);
        assertEquals(Kind.KILLED, c.kind());
        assertTrue(c.victim().orElseThrow().startsWith("مسلحا"), c.victim().toString());
        assertTrue(c.text().startsWith("مقتل 49"), c.text());
    }
}
