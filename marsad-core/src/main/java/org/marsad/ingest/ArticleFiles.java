package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user names into article files: a file stands for itself, a folder for
 * every {@code .txt} file under it (sorted, so runs are repeatable). A missing path is reported,
 * not skipped silently.
 */
public final class ArticleFiles {
    private ArticleFiles() {
    }

    /** The files, and the paths that do not exist as problems. */
    public record Expansion(List<Path> files, List<InputException> problems) {
    }

    public static Expansion expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    problems.add(new InputException(p, "cannot list folder: " + e.getMessage(), e));
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                problems.add(new InputException(p, "no such file or folder"));
            }
        }
        return new Expansion(files, problems);
    }
}
