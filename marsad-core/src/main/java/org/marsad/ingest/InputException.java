package org.marsad.ingest;

import java.nio.file.Path;

/** An input article cannot be read; the message names the file and the problem. */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String input;

    public InputException(String input, String problem) {
        super(input + ": " + problem);
        this.input = input;
    }

    public InputException(Path file, String problem) {
        this(file.toString(), problem);
    }

    public InputException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
        this.input = input;
    }

    public InputException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.input = file.toString();
    }

    /** The file or record that failed. */
    public String input() {
        return input;
    }
}
