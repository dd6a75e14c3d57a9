package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.document.Document;

class FeedReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsRssItems() throws Exception {
        Path f = dir.resolve("feed.rss");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>وكالة الأنباء</title><link>http://agency.example</link>
                <item><title>غارة جوية على ريف إدلب</title><link>http://agency.example/1</link>
                  <pubDate>Tue, 10 Mar 2020 14:00:00 GMT</pubDate>
                  <description>ملخص قصير</description>
                  <content:encoded><![CDATA[<p>قتل مدنيان في غارة جوية استهدفت بلدة في ريف إدلب الجنوبي.</p><p>اقرأ أيضا: خبر آخر</p><p>وقال الدفاع المدني إن فرقه انتشلت الضحايا.</p>]]></content:encoded>
                </item>
                <item><title>بلا نص</title><link>http://agency.example/2</link></item>
                <item><title>احتجاجات في طرابلس</title><link>http://agency.example/3</link>
                  <description>&lt;p&gt;تظاهر مئات في طرابلس احتجاجا على انقطاع الكهرباء.&lt;/p&gt;</description></item>
                </channel></rss>
                """);
        List<ArticleInput> in = FeedReader.inputs(f);
        assertEquals(3, in.size());
        Document d = in.get(0).read();
        assertEquals("غارة جوية على ريف إدلب\n\nقتل مدنيان في غارة جوية استهدفت بلدة في ريف إدلب الجنوبي."
                + "\n\nوقال الدفاع المدني إن فرقه انتشلت الضحايا.", d.text());
        assertEquals(LocalDate.of(2020, 3, 10), d.metadata().published().orElseThrow());
        assertEquals("وكالة الأنباء", d.metadata().source().orElseThrow());
        assertEquals("http://agency.example/1", d.metadata().url().orElseThrow());
        assertEquals(LayoutText.idOf("http://agency.example/1"), d.id());
        InputException e = assertThrows(InputException.class, () -> in.get(1).read());
        assertTrue(e.getMessage().contains("feed.rss#2") && e.getMessage().contains("no text"), e.getMessage());
        assertTrue(in.get(2).read().text().endsWith("تظاهر مئات في طرابلس احتجاجا على انقطاع الكهرباء."));
    }

    @Test
    void readsAtomEntries() throws Exception {
        Path f = dir.resolve("feed.atom");
        Files.writeString(f, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title>
                <entry><title>اعتقالات في عدن</title>
                  <link rel="alternate" href="http://site.example/aden"/>
                  <published>2021-05-02T09:00:00Z</published>
                  <content type="html">&lt;p&gt;اعتقلت قوات الأمن في عدن خمسة أشخاص بتهمة التخطيط لهجمات.&lt;/p&gt;</content>
                </entry></feed>
                """);
        Document d = FeedReader.inputs(f).get(0).read();
        assertEquals("اعتقالات في عدن\n\nاعتقلت قوات الأمن في عدن خمسة أشخاص بتهمة التخطيط لهجمات.", d.text());
        assertEquals(LocalDate.of(2021, 5, 2), d.metadata().published().orElseThrow());
        assertEquals("http://site.example/aden", d.metadata().url().orElseThrow());
    }

    @Test
    void notAFeedIsNamed() throws Exception {
        Path f = dir.resolve("x.xml");
        Files.writeString(f, "<?xml version=\"1.0\"?><config><a>1</a></config>");
        InputException e = assertThrows(InputException.class, () -> FeedReader.inputs(f).get(0).read());
        assertTrue(e.getMessage().contains("x.xml") && e.getMessage().contains("not an RSS or Atom feed"));
    }
}
