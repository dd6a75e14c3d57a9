package org.marsad.cli;

import java.util.List;
import org.marsad.Marsad;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command: one subcommand class per verb. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Arabic news in, sourced and structured event data out.")
public final class Main implements Runnable {
    /** The verbs, in the order {@code marsad --help} lists them. */
    static final List<Class<?>> VERBS = List.of(
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
            BenchSearchCommand.class);
    /** Verbs that always run the standard pipeline (unless asked for the name model or for help). */
    private static final List<String> PIPELINE_VERBS = List.of("extract", "ingest", "explain");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs a command line and returns its exit code (for tests: no {@code System.exit}). Start-up
     * of a short run (docs/PERFORMANCE.md): when the first argument names a verb, only that verb's
     * options are built (picocli reads every registered command's annotations first), and a verb
     * that needs the standard pipeline has its resources loading on other threads meanwhile.
     */
    public static int run(String... args) {
        String verb = args.length > 0 ? args[0] : "";
        if (PIPELINE_VERBS.contains(verb) && List.of(args).stream().noneMatch(
                a -> a.equals("--ner") || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"))) {
            Marsad.preload();
        }
        return commandLine(verb).execute(args);
    }

    /** The command line with the verb named {@code verb} only, or with every verb when none is so named. */
    static CommandLine commandLine(String verb) {
        CommandLine cl = new CommandLine(new Main());
        List<Class<?>> named = VERBS.stream().filter(v -> v.getAnnotation(Command.class).name().equals(verb)).toList();
        for (Class<?> v : named.isEmpty() ? VERBS : named) {
            cl.addSubcommand(v);
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
