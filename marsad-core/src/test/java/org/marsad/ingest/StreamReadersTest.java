package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.document.Document;
import org.marsad.document.Metadata;
import org.netpreserve.jwarc.WarcCompression;

/** The readers' stream and byte entries (for files on HDFS or S3) give what their path entries give. */
class StreamReadersTest {
    @TempDir
    Path dir;

    private static List<Document> all(java.util.Iterator<ArticleInput> it) {
        List<Document> out = new ArrayList<>();
        it.forEachRemaining(a -> out.add(a.read()));
        return out;
    }

    @Test
    void plainTextFromBytesIsTheFileRead() throws Exception {
        Path f = dir.resolve("a1.txt");
        Files.writeString(f, "\uFEFFعنوان\nنص.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a1.meta.json"), "{\"published\": \"2020-03-30\", \"source\": \"x\"}");
        Document fromPath = PlainTextReader.read(f);
        Document fromBytes = PlainTextReader.read("hdfs://nn/corpus/a1.txt", Files.readAllBytes(f),
                () -> PlainTextReader.parseSidecar("hdfs://nn/corpus/a1.meta.json",
                        "{\"published\": \"2020-03-30\", \"source\": \"x\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(fromPath.id(), fromBytes.id());
        assertEquals(fromPath.text(), fromBytes.text());
        assertEquals(fromPath.metadata(), fromBytes.metadata());
        InputException e = assertThrows(InputException.class, () -> PlainTextReader.parseSidecar("s3a://b/a1.meta.json",
                "[1]".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("s3a://b/a1.meta.json: "), e.getMessage());
        assertEquals(Metadata.EMPTY, PlainTextReader.read("x/b.txt", "نص".getBytes(StandardCharsets.UTF_8),
                () -> Metadata.EMPTY).metadata());
    }

    @Test
    void jsonAndWarcFromStreamsAreTheFilesRead() throws Exception {
        Path json = dir.resolve("a.jsonl");
        Files.writeString(json, "{\"id\": \"j1\", \"text\": \"خبر أول.\"}\n{\"id\": \"j2\", \"text\": \"خبر ثان.\"}\n");
        List<Document> fromPath;
        try (JsonArticles j = JsonArticles.open(json)) {
            fromPath = all(j);
        }
        try (JsonArticles j = JsonArticles.open("s3a://b/a.jsonl", new ByteArrayInputStream(Files.readAllBytes(json)))) {
            List<Document> fromStream = all(j);
            assertEquals(fromPath.stream().map(Document::text).toList(), fromStream.stream().map(Document::text).toList());
        }
        Path warc = dir.resolve("crawl.warc.gz");
        WarcArticlesTest.write(warc, WarcCompression.GZIP);
        List<Document> warcPath;
        try (WarcArticles w = WarcArticles.open(warc)) {
            warcPath = all(w);
        }
        List<String> origins = new ArrayList<>();
        try (WarcArticles w = WarcArticles.open("hdfs://nn/crawl.warc.gz", Files.newInputStream(warc))) {
            List<Document> docs = new ArrayList<>();
            w.forEachRemaining(a -> {
                origins.add(a.origin());
                docs.add(a.read());
            });
            assertEquals(warcPath.stream().map(Document::text).toList(), docs.stream().map(Document::text).toList());
        }
        assertEquals(2, origins.size());
        assertTrue(origins.stream().allMatch(o -> o.startsWith("hdfs://nn/crawl.warc.gz@")), origins.toString());
    }
}
