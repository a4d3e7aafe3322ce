package dev.newsmon.core.model;

/** Alert severities, as written in rule files and alerts: "low" < "medium" < "high". */
public final class Severity {

    private Severity() {}

    /** low 1, medium 2, high 3; anything else counts as low. */
    public static int rank(String severity) {
        return switch (severity == null ? "" : severity) {
            case "high" -> 3;
            case "medium" -> 2;
            default -> 1;
        };
    }
}
