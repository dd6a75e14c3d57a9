package org.marsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.output.JsonOutput;

/** What the single-machine tools give for the same articles, to compare the Spark job with. */
final class Reference {
    private Reference() {
    }

    /**
     * The article object of {@code marsad extract} for a document, in this JVM, as read back from
     * its JSON text (so that numbers compare as they do in a file: 170063 is an int node there).
     */
    static JsonNode extract(Document d) {
        try {
            return JsonOutput.mapper().readTree(JsonOutput.write(JsonOutput.toJson(Marsad.standard().process(d))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * {@code marsad extract FILES…} by id: the command-line jar when the build made it
     * ({@code ../marsad-cli/target/marsad.jar}, a separate JVM), else the steps its extract command
     * takes (read, process, write JSON) in this JVM.
     */
    static Map<String, JsonNode> cli(List<Path> inputs) throws IOException, InterruptedException {
        Path jar = Path.of("../marsad-cli/target/marsad.jar");
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (Files.isRegularFile(jar)) {
            Path result = Files.createTempFile("marsad-extract", ".jsonl");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-jar", jar.toString(), "extract", "-o", result.toString()));
            inputs.forEach(p -> cmd.add(p.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("marsad extract failed: " + log);
            }
            for (String line : Files.readAllLines(result, StandardCharsets.UTF_8)) {
                JsonNode n = JsonOutput.mapper().readTree(line);
                out.put(n.get("id").asText(), n);
            }
            Files.delete(result);
            return out;
        }
        for (Path f : org.marsad.ingest.ArticleFiles.expand(inputs).files()) {
            JsonNode n = extract(org.marsad.ingest.PlainTextReader.read(f));
            out.put(n.get("id").asText(), n);
        }
        return out;
    }
}
