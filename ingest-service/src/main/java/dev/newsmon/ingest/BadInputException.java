package dev.newsmon.ingest;

import java.util.List;

/** Input ingest refuses, with the HTTP status to answer and every reason found. */
public final class BadInputException extends RuntimeException {

    private final int status;
    private final List<String> problems;

    public BadInputException(int status, String message) {
        this(status, message, List.of());
    }

    public BadInputException(int status, String message, List<String> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<String> problems() {
        return problems;
    }
}
