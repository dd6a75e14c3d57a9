package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code marsad extract}: articles in, one JSON object per article out. Placeholder until the output writer lands. */
@Command(name = "extract", description = "Extract entities, dates, places, events and claims as JSONL.")
final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
