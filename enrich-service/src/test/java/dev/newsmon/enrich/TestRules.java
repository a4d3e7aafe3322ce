package dev.newsmon.enrich;

/** A rule file the tests publish: "zero hour" is a deadline the built-in detector does not know. */
final class TestRules {

    static final String ZERO_HOUR = """
            rules:
              - id: zero-hour
                kind: DEADLINE
                phrases: {any: [zero hour]}
                severity: high
            """;

    private TestRules() {}
}
