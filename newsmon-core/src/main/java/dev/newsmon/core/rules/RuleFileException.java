package dev.newsmon.core.rules;

/** A rule file that cannot be used, with the line where the problem is (1-based, 0 when unknown). */
public final class RuleFileException extends RuntimeException {

    private final int line;
    private final String reason;

    public RuleFileException(int line, String reason) {
        super(line > 0 ? "line " + line + ": " + reason : reason);
        this.line = line;
        this.reason = reason;
    }

    /** What is wrong, without the line. */
    public String reason() {
        return reason;
    }

    public int line() {
        return line;
    }
}
