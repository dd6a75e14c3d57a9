package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command: one subcommand class per verb. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Arabic news in, sourced and structured event data out.",
        subcommands = {
            ExtractCommand.class,
            EvalCommand.class,
            EvalGsrCommand.class,
            ExportCommand.class,
            ExplainCommand.class,
            ActorCandidatesCommand.class,
            BuildGazetteerCommand.class,
            LinkCommand.class,
            TrainNerCommand.class,
            NerClustersCommand.class,
            EvalNerCommand.class,
            IngestCommand.class,
            ReindexCommand.class,
            ReprocessCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            BenchSearchCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests: no {@code System.exit}). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
