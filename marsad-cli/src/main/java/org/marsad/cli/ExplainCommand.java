package org.marsad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.extract.EventStage;
import org.marsad.ingest.InputException;
import org.marsad.ingest.PlainTextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad explain}: why each event word of an article did or did not become an event — the
 * question an analyst asks when a row is missing or wrong.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain, trigger by trigger, why events were or were not extracted from an article.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "An article (.txt).")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date if the sidecar gives none.")
    String published;

    @Override
    public Integer call() {
        try {
            Document d = PlainTextReader.read(file);
            if (published != null && d.metadata().published().isEmpty()) {
                LocalDate p = PlainTextReader.parseDate("--published", published);
                d = d.withMetadata(d.metadata().withPublished(p));
            }
            Document done = Marsad.standard().process(d);
            for (String line : EventStage.standard().explain(done)) {
                System.out.println(line);
            }
            return 0;
        } catch (InputException e) {
            System.err.println("marsad explain: " + e.getMessage());
            return 1;
        }
    }
}
