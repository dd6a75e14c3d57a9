package org.marsad.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared} (gold files and corpora) for tests. A user's clone has no such folder:
 * tests that need it are skipped with a message. CI sets {@code MARSAD_REQUIRE_SHARED=1} (or the
 * system property {@code marsad.requireShared=true}), which turns its absence into a failure.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder, or a skipped (or, in CI, failed) test when it is absent. */
    public static Path dir() {
        Path p = locate();
        if (p == null) {
            String msg = "../shared (gold and corpora) not found: set -Dmarsad.shared=PATH or MARSAD_SHARED";
            if (required()) {
                throw new AssertionError(msg + " (required because MARSAD_REQUIRE_SHARED is set)");
            }
            Assumptions.abort("skipped: " + msg);
        }
        return p;
    }

    /** A file or folder under the shared folder, with the same skip/fail rule when it is missing. */
    public static Path resolve(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.exists(p)) {
            String msg = "shared data missing: " + p;
            if (required()) {
                throw new AssertionError(msg);
            }
            Assumptions.abort("skipped: " + msg);
        }
        return p;
    }

    private static Path locate() {
        String prop = System.getProperty("marsad.shared");
        String env = System.getenv("MARSAD_SHARED");
        for (String c : new String[] {prop, env, "../shared", "../../shared"}) {
            if (c != null && Files.isDirectory(Path.of(c).resolve("gold"))) {
                return Path.of(c).toAbsolutePath().normalize();
            }
        }
        return null;
    }

    private static boolean required() {
        String env = System.getenv("MARSAD_REQUIRE_SHARED");
        return "true".equalsIgnoreCase(System.getProperty("marsad.requireShared"))
                || (env != null && !env.isBlank() && !env.equals("0") && !env.equalsIgnoreCase("false"));
    }
}
