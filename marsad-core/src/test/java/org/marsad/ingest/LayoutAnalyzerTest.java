package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.marsad.document.Block;
import org.marsad.document.Structure;
import org.junit.jupiter.api.Test;

/** One test per layout rule. */
class LayoutAnalyzerTest {
    private final LayoutAnalyzer layout = new LayoutAnalyzer(List.of("للمزيد", "اقرأ أيضا"));

    private static List<Block.Kind> kinds(Structure s) {
        return s.blocks().stream().map(Block::kind).toList();
    }

    @Test
    void firstShortLineIsTheTitle() {
        Structure s = layout.analyze("عنوان الخبر\nنص الخبر هنا.\n");
        assertEquals(List.of(Block.Kind.TITLE, Block.Kind.PARAGRAPH), kinds(s));
    }

    @Test
    void aSingleLineIsNoTitle() {
        assertEquals(List.of(Block.Kind.PARAGRAPH), kinds(layout.analyze("نص واحد فقط.")));
    }

    @Test
    void hardWrappedLinesJoinIntoOneParagraph() {
        String t = "عنوان\nبدأ الخبر في سطر،\nواستمر في سطر ثان\nوانتهى هنا.\nفقرة ثانية.";
        Structure s = layout.analyze(t);
        assertEquals(List.of(Block.Kind.TITLE, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH), kinds(s));
        Block p = s.blocks().get(1);
        assertEquals("بدأ الخبر في سطر،\nواستمر في سطر ثان\nوانتهى هنا.", t.substring(p.begin(), p.end()));
    }

    @Test
    void relatedLinkLinesAreCapturedNotRead() {
        String t = "عنوان\nنص.\nللمزيد: عنوان مقال آخر\nاقرأ أيضاً: مقال ثالث\nنص آخر.";
        Structure s = layout.analyze(t);
        assertEquals(List.of(Block.Kind.TITLE, Block.Kind.PARAGRAPH, Block.Kind.RELATED_LINK,
                Block.Kind.RELATED_LINK, Block.Kind.PARAGRAPH), kinds(s));
        assertEquals(List.of("عنوان مقال آخر", "مقال ثالث"),
                s.relatedLinks().stream().map(Structure.RelatedLink::text).toList());
    }

    @Test
    void aRelatedLinkCueIsFoundAtTheStartOfALongLineWithDiacritics() {
        String headline = "عنوان مقال طويل ".repeat(20).strip();
        String t = "عنوان\nنص.\nاقْرَأْ أَيْضًا: " + headline + "\nنص آخر.";
        Structure s = layout.analyze(t);
        assertEquals(List.of(headline), s.relatedLinks().stream().map(Structure.RelatedLink::text).toList());
    }

    @Test
    void shortUnpunctuatedLineAfterAFinishedBlockIsAHeading() {
        String t = "عنوان\nفقرة أولى تنتهي.\nهروب السجناء\nفقرة ثانية.";
        assertEquals(List.of(Block.Kind.TITLE, Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH),
                kinds(layout.analyze(t)));
    }

    @Test
    void shortLineInsideAParagraphIsNoHeading() {
        String t = "عنوان\nبدأ الخبر\nفي سطر قصير\nوانتهى.";
        assertEquals(List.of(Block.Kind.TITLE, Block.Kind.PARAGRAPH), kinds(layout.analyze(t)));
    }

    @Test
    void blankLinesSeparateParagraphs() {
        String t = "عنوان\n\nفقرة طويلة بلا نقطة في آخرها تمتد إلى كلمات كثيرة\n\nفقرة أخرى";
        assertEquals(List.of(Block.Kind.TITLE, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH), kinds(layout.analyze(t)));
    }
}
