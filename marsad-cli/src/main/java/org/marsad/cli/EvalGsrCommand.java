package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.eval.GsrEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval-gsr}: sentence-level event detection on UniversalPetrarch's Arabic gold sentences. */
@Command(name = "eval-gsr", mixinStandardHelpOptions = true,
        description = "Score ASSAULT/PROTEST detection on the UniversalPetrarch Arabic GSR sentences.")
final class EvalGsrCommand implements Callable<Integer> {
    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "Folder with arabic_assault_gsr_validation.xml and arabic_protest_gsr_validation.xml.")
    Path dir;

    @Override
    public Integer call() {
        List<GsrEvaluation.GsrSentence> all = new ArrayList<>();
        all.addAll(GsrEvaluation.read(dir.resolve("arabic_assault_gsr_validation.xml")));
        all.addAll(GsrEvaluation.read(dir.resolve("arabic_protest_gsr_validation.xml")));
        Marsad m = Marsad.standard();
        System.out.printf(Locale.ROOT, "%d sentences%n", all.size());
        System.out.printf(Locale.ROOT, "%-10s %7s %7s %7s %6s %6s %6s %10s%n", "family", "P", "R", "F1", "tp", "fp",
                "fn", "actor");
        for (GsrEvaluation.FamilyScore f : GsrEvaluation.run(all, m::process)) {
            System.out.printf(Locale.ROOT, "%-10s %7.3f %7.3f %7.3f %6d %6d %6d %5.3f (%d/%d)%n", f.family(),
                    f.detection().precision(), f.detection().recall(), f.detection().f1(), f.detection().tp(),
                    f.detection().fp(), f.detection().fn(), f.actor().value(), f.actor().right(), f.actor().total());
        }
        return 0;
    }
}
