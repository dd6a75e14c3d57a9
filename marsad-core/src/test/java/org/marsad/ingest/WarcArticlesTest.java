package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.document.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticlesTest {
    @TempDir
    Path dir;

    static void write(Path file, WarcCompression compression) throws Exception {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(response("http://news.example/1", 200, "text/html; charset=utf-8", HtmlReaderTest.PAGE));
            w.write(response("http://news.example/logo.png", 200, "image/png", "PNG"));
            w.write(response("http://news.example/missing", 404, "text/html", "<html><body><p>غير موجود</p></body></html>"));
            w.write(response("http://news.example/2", 200, "text/html",
                    "<html><head><title>خبر ثان</title></head><body><article><p>أعلنت السلطات اليمنية في مأرب "
                    + "اعتقال عشرة أشخاص يشتبه بانتمائهم إلى خلية مسلحة خططت لهجمات.</p></article></body></html>"));
        }
    }

    static WarcResponse response(String url, int status, String type, String body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).date(Instant.parse("2022-01-22T10:00:00Z")).body(http).build();
    }

    @Test
    void readsHtmlResponsesOnly() throws Exception {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path f = dir.resolve(c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
            write(f, c);
            List<Document> docs = new ArrayList<>();
            try (WarcArticles w = WarcArticles.open(f)) {
                w.forEachRemaining(in -> {
                    assertTrue(in.origin().startsWith(f + "@"), in.origin());
                    docs.add(in.read());
                });
            }
            assertEquals(2, docs.size(), c.toString());
            Document a = docs.get(0);
            assertTrue(a.text().startsWith("فرار سجناء من سجن في الحسكة\n\n"));
            assertEquals("http://news.example/1", a.metadata().url().orElseThrow());
            assertEquals(LocalDate.of(2022, 1, 21), a.metadata().published().orElseThrow(), "page date wins");
            assertEquals("news.example", a.metadata().source().orElseThrow());
            assertEquals(LayoutText.idOf("http://news.example/1"), a.id());
            Document b = docs.get(1);
            assertEquals(LocalDate.of(2022, 1, 22), b.metadata().published().orElseThrow(), "capture date stands in");
            assertTrue(b.text().startsWith("خبر ثان\n\nأعلنت السلطات اليمنية"), b.text());
        }
    }
}
