package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ActorCandidatesCommandTest {
    @Test
    void listsFrequentUnknownNamesFromTextFilesAndJsonArrays(@TempDir Path dir) throws IOException {
        String article = "عنوان\nقال العقيد سامر حداد إن «لواء الفجر الجديد» هاجم القرية، وأكدت حركة «أحرار الجبل» ذلك. "
                + "وأعلن تنظيم داعش مسؤوليته.";
        Files.writeString(dir.resolve("a.txt"), article, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), article, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("corpus.json"), "[{\"title\":\"خبر\",\"content\":\"" + article.replace("\n", " ")
                .replace("\"", "\\\"") + "\",\"date_extracted\":\"2015-07-21 02:51:48\"}]", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine("");
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = cl.execute("actor-candidates", "--min-count", "3", dir.toString());
        assertEquals(0, code);
        String tsv = out.toString();
        assertTrue(tsv.startsWith("count\tdocuments\ttype\tname"), tsv);
        assertTrue(tsv.contains("3\t3\tPERSON\tسامر حداد"), tsv);
        assertTrue(tsv.contains("ORGANIZATION\tلواء «الفجر الجديد»") || tsv.contains("أحرار الجبل"), tsv);
        assertTrue(tsv.lines().noneMatch(l -> l.split("\t")[3].contains("داعش")), "known actors are no candidates: " + tsv);
    }
}
