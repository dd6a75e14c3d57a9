package org.marsad.resolve;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.document.ActorMention;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Mention;
import org.marsad.document.Metadata;
import org.marsad.ingest.LayoutStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.recognize.ActorNameFinder;
import org.marsad.recognize.EntityStage;
import org.marsad.text.TextStage;

/**
 * Random texts built from actor names, roles, agents, clitics, quotes, diacritics and noise: every
 * mention and actor mention stays inside the text, non-empty, and the actor layer is in order.
 */
class ActorOffsetsPropertyTest {
    private static final Pipeline PIPELINE = Pipeline.builder().add(LayoutStage.standard()).add(new TextStage())
            .add(new EntityStage(List.of(ActorNameFinder.standard()))).add(ActorStage.standard()).build();

    private static final List<String> PIECES = List.of("داعش", "تنظيم", "«", "»", "قسد", "قوات سوريا الديمقراطية",
            "المتحدث باسم", "الرئيس", "التركي", "أردوغان", "أنقرة", "سعي", "النظام في", "الشرطة", "العراقية",
            "عناصر", "التنظيم", "المتحدث", "مصطفى بالي", "،", ".", ":", "للحزب", "الديمقراطي", "الكردستاني", "و", "ب",
            "ل", "ـ", "\u064E", "\u0651", "العقيد", "سامر", "حداد", "رئيس الوزراء", "قال", "الدواعش", "الشرق الأوسط",
            "\n", " ", "  ", "2020", "x", "\u200F", "ﻻ", "عبد", "الرحمن", "رامي", "مدير", "المرصد", "التحالف");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(60)
                .map(ps -> String.join(" ", ps) + (ps.size() % 3 == 0 ? "" : "\u0640"));
    }

    @Property(tries = 300)
    void offsetsStayInsideTheText(@ForAll("texts") String body) {
        String text = "عنوان\n" + body;
        Document d = PIPELINE.apply(Document.of("r", text, Metadata.EMPTY));
        for (Mention m : d.get(Layers.MENTIONS)) {
            check(text, m.begin(), m.end());
        }
        int prev = -1;
        for (ActorMention a : d.get(Layers.ACTORS)) {
            check(text, a.begin(), a.end());
            if (a.begin() < prev) {
                throw new AssertionError("actors out of order at " + a);
            }
            prev = a.begin();
        }
    }

    private static void check(String text, int begin, int end) {
        if (begin < 0 || end > text.length() || begin >= end) {
            throw new AssertionError("bad span [" + begin + ", " + end + ") in text of length " + text.length());
        }
    }
}
