package dev.newsmon.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a withdrawal (or deadline) is spoken of; written in lower case on the wire. */
public enum AlertMode {
    REPORTED,
    PLANNED,
    REFUSED,
    DEMANDED,
    CONDITIONAL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AlertMode fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
