package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class ArticleSourcesTest {
    @TempDir
    Path dir;

    static List<ArticleInput> all(List<String> args) {
        List<ArticleInput> out = new ArrayList<>();
        try (ArticleSources s = ArticleSources.open(args, new UrlFetcher(Duration.ofSeconds(5)))) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void folderExpandsToEveryKnownFileSortedWithoutSidecars() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/b.txt"), "عنوان\n\nنص.");
        Files.writeString(dir.resolve("in/b.meta.json"), "{\"published\":\"2020-01-01\"}");
        Files.writeString(dir.resolve("in/a.html"), HtmlReaderTest.PAGE);
        Files.writeString(dir.resolve("in/notes.md"), "ignored");
        Files.writeString(sub.resolve("c.jsonl"), "{\"text\":\"س\"}\n{\"text\":\"ص\"}\n");
        WarcArticlesTest.write(sub.resolve("d.warc.gz"), WarcCompression.GZIP);
        List<ArticleInput> in = all(List.of(dir.resolve("in").toString()));
        assertEquals(List.of("html", "text", "json", "json", "warc", "warc"), in.stream().map(ArticleInput::format).toList());
        in.forEach(ArticleInput::read);
    }

    @Test
    void missingAndUnknownInputsFailWithTheirNames() throws Exception {
        Path odd = dir.resolve("x.docx");
        Files.writeString(odd, "?");
        List<ArticleInput> in = all(List.of(dir.resolve("nope.txt").toString(), odd.toString()));
        assertEquals(2, in.size());
        InputException a = assertThrows(InputException.class, () -> in.get(0).read());
        assertTrue(a.getMessage().contains("nope.txt: no such file or folder"), a.getMessage());
        InputException b = assertThrows(InputException.class, () -> in.get(1).read());
        assertTrue(b.getMessage().contains("x.docx: unknown kind of input"), b.getMessage());
    }

    @Test
    void urlListsAreFetchedFromALocalServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", ex -> {
            byte[] b = HtmlReaderTest.PAGE.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path list = dir.resolve("list.urls");
            Files.writeString(list, "# pages\n" + base + "/page\n\n" + base + "/gone\nftp://x\n");
            List<ArticleInput> in = all(List.of(list.toString()));
            assertEquals(3, in.size());
            assertTrue(in.get(0).read().text().startsWith("فرار سجناء من سجن في الحسكة"));
            assertEquals(base + "/page", in.get(0).read().metadata().url().orElseThrow());
            InputException gone = assertThrows(InputException.class, () -> in.get(1).read());
            assertTrue(gone.getMessage().contains("/gone: HTTP status 404"), gone.getMessage());
            InputException ftp = assertThrows(InputException.class, () -> in.get(2).read());
            assertTrue(ftp.getMessage().contains("list.urls:5: not an http(s) URL"), ftp.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
