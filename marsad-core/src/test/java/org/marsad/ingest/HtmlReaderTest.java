package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.document.Document;
import org.marsad.document.Metadata;

class HtmlReaderTest {
    static final String PAGE = """
            <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
            <title>فرار سجناء من سجن في الحسكة - موقع الأخبار</title>
            <meta property="article:published_time" content="2022-01-21T08:30:00+03:00">
            <script>var x = "لا تقرأني";</script><style>p{color:red}</style></head>
            <body>
              <header class="site-header"><a href="/">الرئيسية</a> <a href="/s">سياسة</a></header>
              <nav><ul><li><a href="/1">أخبار</a></li><li><a href="/2">رياضة</a></li></ul></nav>
              <div class="layout">
                <div class="sidebar"><h3>الأكثر قراءة</h3><p>خبر جانبي طويل بما يكفي ليبدو فقرة في الشريط الجانبي للموقع.</p></div>
                <div class="story">
                  <h1>فرار سجناء من سجن في الحسكة</h1>
                  <p>قالت مصادر محلية إن عددا من السجناء فروا من سجن غويران في مدينة الحسكة بعد هجوم شنه مسلحون ليل الخميس.</p>
                  <div class="read-also-box"><strong>اقرأ أيضاً:</strong> <a href="/x">اشتباكات في دير الزور</a></div>
                  <p>وأضافت المصادر أن قوات سوريا الديمقراطية فرضت طوقا أمنيا حول السجن<br>وبدأت عمليات تمشيط في الأحياء المجاورة.</p>
                  <p><b>اقرأ أيضاً</b></p>
                  <ul><li><a href="/y">عنوان مرتبط أول</a></li><li><a href="/z">عنوان مرتبط ثان</a></li></ul>
                  <p>ولم تصدر حصيلة رسمية للقتلى حتى الآن، بحسب <a href="/src">المرصد</a> السوري.</p>
                </div>
              </div>
              <div class="share-buttons"><a href="#">فيسبوك</a><a href="#">تويتر</a></div>
              <footer>جميع الحقوق محفوظة ٢٠٢٢ لموقع الأخبار وشركائه في المنطقة العربية.</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void extractsTitleDateAndBodyWithoutBoilerplate() {
        Document d = HtmlReader.parse("page.html", PAGE.getBytes(StandardCharsets.UTF_8), null, "http://news.example/a",
                "a", Metadata.EMPTY);
        String t = d.text();
        assertTrue(t.startsWith("فرار سجناء من سجن في الحسكة\n\nقالت مصادر محلية"), t);
        assertEquals(LocalDate.of(2022, 1, 21), d.metadata().published().orElseThrow());
        assertEquals("http://news.example/a", d.metadata().url().orElseThrow());
        assertTrue(t.contains("ولم تصدر حصيلة رسمية للقتلى حتى الآن، بحسب المرصد السوري."), t);
        for (String junk : List.of("الرئيسية", "رياضة", "الأكثر قراءة", "اقرأ", "اشتباكات في دير الزور",
                "عنوان مرتبط", "فيسبوك", "الحقوق", "لا تقرأني", "color")) {
            assertFalse(t.contains(junk), junk + " leaked into: " + t);
        }
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesAndBreaksSplitLines() {
        Document d = HtmlReader.parse("p", PAGE.getBytes(StandardCharsets.UTF_8), null, "", "a", Metadata.EMPTY);
        List<String> paras = List.of(d.text().split("\n\n"));
        assertEquals("فرار سجناء من سجن في الحسكة", paras.get(0));
        assertTrue(paras.contains("وبدأت عمليات تمشيط في الأحياء المجاورة."), paras.toString());
        assertFalse(d.text().contains("\n\n\n"));
    }

    @Test
    void titleFallsBackToPageTitleWithoutSiteName() {
        String html = "<html><head><title>انفجار في بغداد | موقع</title></head><body><div>"
                + "<p>قتل ثلاثة أشخاص في انفجار عبوة ناسفة في حي الكرادة وسط بغداد مساء الأحد وفق مصادر أمنية.</p>"
                + "</div></body></html>";
        Document d = HtmlReader.parse("p", html.getBytes(StandardCharsets.UTF_8), null, "", "b", Metadata.EMPTY);
        assertEquals("انفجار في بغداد", d.metadata().title().orElseThrow());
    }

    @Test
    void dateFromJsonLdAndTimeElement() {
        String ld = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2019-10-09T10:00:00Z\"}</script></head><body><article><p>"
                + "نص طويل بما يكفي ليكون متن المقالة الرئيسي في هذه الصفحة الصغيرة جدا.</p></article></body></html>";
        assertEquals(LocalDate.of(2019, 10, 9), HtmlReader.parse("p", ld.getBytes(StandardCharsets.UTF_8), null, "",
                "c", Metadata.EMPTY).metadata().published().orElseThrow());
        String time = "<html><body><article><time datetime=\"2018-07-15\">١٥ يوليو</time><p>"
                + "نص طويل بما يكفي ليكون متن المقالة الرئيسي في هذه الصفحة الصغيرة جدا.</p></article></body></html>";
        assertEquals(LocalDate.of(2018, 7, 15), HtmlReader.parse("p", time.getBytes(StandardCharsets.UTF_8), null, "",
                "d", Metadata.EMPTY).metadata().published().orElseThrow());
    }

    @Test
    void articleBodyMarkupWinsOverLongerBoilerplate() {
        StringBuilder html = new StringBuilder("<html><body><div id='comments-area'>");
        for (int i = 0; i < 10; i++) {
            html.append("<p>تعليق طويل من أحد القراء لا علاقة له بمتن الخبر المنشور في الصفحة رقم ").append(i)
                    .append("</p>");
        }
        html.append("</div><div itemprop='articleBody'><p>أعلنت وزارة الداخلية الليبية اعتقال خلية مسلحة في طرابلس"
                + " بعد مداهمة منزل في حي سوق الجمعة صباح الإثنين.</p></div></body></html>");
        Document d = HtmlReader.parse("p", html.toString().getBytes(StandardCharsets.UTF_8), null, "", "e",
                Metadata.EMPTY);
        assertTrue(d.text().contains("أعلنت وزارة الداخلية الليبية"));
        assertFalse(d.text().contains("تعليق"));
    }

    @Test
    void aBoilerplateClassThatHoldsTheArticleIsKept() {
        String html = "<html><body><div class='widget Blog'><h1>اشتباكات في درعا</h1>"
                + "<p>اندلعت اشتباكات بين مسلحين محليين وقوات حكومية في مدينة درعا جنوب سوريا مساء الثلاثاء.</p>"
                + "<p>وقالت مصادر محلية إن الاشتباكات استمرت ساعات وأسفرت عن سقوط جرحى من الطرفين.</p></div>"
                + "<div class='widget Sidebar'><p>روابط</p></div></body></html>";
        Document d = HtmlReader.parse("p", html.getBytes(StandardCharsets.UTF_8), null, "", "w", Metadata.EMPTY);
        assertTrue(d.text().contains("وقالت مصادر محلية"), d.text());
        assertFalse(d.text().contains("روابط"), d.text());
    }

    @Test
    void readsDeclaredCharsetAndSidecar() throws Exception {
        String html = "<html><head><meta charset=\"windows-1256\"><title>خبر</title></head><body><p>"
                + "اندلعت احتجاجات في البصرة للمطالبة بالخدمات وفرص العمل وسط انتشار أمني كثيف.</p></body></html>";
        Path f = dir.resolve("basra.html");
        Files.write(f, html.getBytes(Charset.forName("windows-1256")));
        Files.writeString(dir.resolve("basra.meta.json"), "{\"published\":\"2018-07-14\",\"source\":\"test\"}");
        Document d = HtmlReader.read(f);
        assertEquals("basra", d.id());
        assertTrue(d.text().contains("اندلعت احتجاجات في البصرة"), d.text());
        assertEquals(LocalDate.of(2018, 7, 14), d.metadata().published().orElseThrow());
        assertEquals("test", d.metadata().source().orElseThrow());
    }

    @Test
    void pageWithoutTextIsAnErrorNamingIt() {
        InputException e = assertThrows(InputException.class, () -> HtmlReader.parse("empty.html",
                "<html><body><nav><a href='/'>x</a></nav></body></html>".getBytes(StandardCharsets.UTF_8), null, "",
                "x", Metadata.EMPTY));
        assertTrue(e.getMessage().startsWith("empty.html: no article text"), e.getMessage());
    }

    @Test
    void relatedHeadlinesAreReported() {
        HtmlArticle a = HtmlExtractor.standard().extract(Jsoup.parse(PAGE));
        assertTrue(a.related().contains("اشتباكات في دير الزور"), a.related().toString());
        assertTrue(a.related().contains("عنوان مرتبط أول"), a.related().toString());
    }
}
