package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {
    @Test
    void aNamedVerbIsTheOnlyOneBuilt() {
        assertEquals(Set.of("extract"), Main.commandLine("extract").getSubcommands().keySet());
        assertEquals(Set.of("ingest"), Main.commandLine("ingest").getSubcommands().keySet());
    }

    @Test
    void anythingElseGetsEveryVerbForItsHelp() {
        for (String first : new String[] {"", "--help", "no-such-verb"}) {
            CommandLine cl = Main.commandLine(first);
            assertEquals(Main.VERBS.size(), cl.getSubcommands().size(), first);
            for (Class<?> v : Main.VERBS) {
                assertTrue(cl.getSubcommands().containsKey(v.getAnnotation(Command.class).name()), v.getName());
            }
        }
    }

    @Test
    void everyVerbIsBuiltByItsOwnName() {
        for (Class<?> v : Main.VERBS) {
            String name = v.getAnnotation(Command.class).name();
            assertEquals(Set.of(name), Main.commandLine(name).getSubcommands().keySet());
        }
    }
}
