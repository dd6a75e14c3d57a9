package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {
    private static final String[] PEOPLE = {"جورج بوش", "محمد علي", "أنجيلا ميركل", "حسن روحاني"};
    private static final String[] PLACES = {"بغداد", "دمشق", "الموصل", "طهران"};

    /** A CoNLL file of n synthetic sentences: "قال الرئيس PERSON في PLACE ." */
    private static Path corpus(Path dir, String name, int n, long seed) throws Exception {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("قال O");
            lines.add("الرئيس O");
            String[] p = PEOPLE[r.nextInt(PEOPLE.length)].split(" ");
            lines.add(p[0] + " B-PERS");
            lines.add(p[1] + " I-PERS");
            lines.add("في O");
            lines.add(PLACES[r.nextInt(PLACES.length)] + " B-LOC");
            lines.add(". O");
            lines.add("");
        }
        Path f = dir.resolve(name);
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args), String.join(" ", args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void clustersFromTextFeedTraining(@TempDir Path dir) throws Exception {
        Path train = corpus(dir, "train.txt", 60, 1);
        Path clusters = dir.resolve("clusters.txt.gz");
        String built = run("ner-clusters", train + ":0.5", "--sizes", "4,8", "--min-count", "1", "--out", clusters.toString());
        assertTrue(built.contains("train.txt:0.5: 30 sentences"), built);
        Path model = dir.resolve("ner.bin");
        run("train-ner", "--train", train.toString(), "--out", model.toString(), "--iterations", "5", "--folds", "3",
                "--reference", "none", "--clusters", clusters.toString());
        String record = Files.readString(dir.resolve("ner.training.txt"));
        assertTrue(record.contains("clusters: ") && record.contains("clusters=[4, 8]"), record);
    }

    @Test
    void trainThenEvaluate(@TempDir Path dir) throws Exception {
        Path train = corpus(dir, "train.txt", 60, 1);
        Path test = corpus(dir, "test.txt", 20, 2);
        Path model = dir.resolve("m/ner.bin");
        String trained = run("train-ner", "--train", train.toString(), "--out", model.toString(), "--seed", "3",
                "--iterations", "20", "--folds", "3", "--reference", "none", "--dev-fraction", "0.2");
        assertTrue(trained.contains("dev (last 12 sentences"), trained);
        assertTrue(Files.size(model) > 0);
        String record = Files.readString(dir.resolve("m/ner.training.txt"));
        assertTrue(record.startsWith("command: marsad train-ner --train "), record);
        assertTrue(record.contains("sha256="), record);

        String sliced = run("train-ner", "--train", train.toString(), "--out", dir.resolve("m2/ner.bin").toString(),
                "--iterations", "5", "--folds", "3", "--reference", "none", "--dev-fraction", "0.2", "--dev-offset", "0.5");
        assertTrue(sliced.contains("dev (sentences 31-42 of"), sliced);

        JsonNode scores = new ObjectMapper().readTree(run("eval-ner", test.toString(), "--model", model.toString(), "--json"));
        assertEquals(20, scores.get("sentences").asInt());
        assertTrue(scores.get("micro").get("f1").asDouble() > 0.9, scores.toString());
        assertTrue(scores.get("perType").has("PERS"), scores.toString());
        assertTrue(scores.get("labellerTokensPerCpuSecond").asLong() > 0);

        String table = run("eval-ner", test.toString(), "--model", model.toString(), "--doc-sentences", "5", "--types", "LOC");
        assertTrue(table.contains("documents of 5 sentences") && table.contains("LOC") && !table.contains("PERS"), table);
    }
}
